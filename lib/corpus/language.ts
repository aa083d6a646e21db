// Which of the product's languages a text is written in, if any: the pipeline reads Russian and English.

import type { Lang } from '../model';

const RUSSIAN_FUNCTION_WORDS = new Set([
  'и',
  'в',
  'во',
  'не',
  'на',
  'что',
  'с',
  'со',
  'по',
  'к',
  'а',
  'это',
  'как',
  'из',
  'о',
  'об',
  'для',
  'от',
  'за',
  'он',
  'она',
  'они',
  'его',
  'ее',
  'её',
  'их',
  'был',
  'была',
  'были',
  'также',
  'который',
  'которые',
  'при',
  'до',
  'но',
  'же',
  'или',
  'у',
  'между',
  'после',
]);
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'was',
  'for',
  'on',
  'that',
  'with',
  'as',
  'by',
  'at',
  'from',
  'his',
  'her',
  'it',
  'an',
  'are',
  'were',
  'be',
  'has',
  'have',
  'said',
  'will',
  'this',
  'which',
  'their',
  'its',
  'not',
]);
/** Letters of other Cyrillic languages (Ukrainian, Kazakh, Belarusian…) that Russian does not use. */
const NON_RUSSIAN_CYRILLIC = /[іїєґәғқңөұүһўђјљњћџ]/giu;

/** 'ru', 'en', or null for a text in another language (or too short to tell). */
export function detectLanguage(text: string): Lang | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return null;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  // Too short to count function words: the script decides.
  const short = words.length < 20;
  if (cyrillic >= latin) {
    if ((text.match(NON_RUSSIAN_CYRILLIC)?.length ?? 0) > cyrillic * 0.01) return null;
    const share = words.filter((w) => RUSSIAN_FUNCTION_WORDS.has(w)).length / words.length;
    return short || share >= 0.06 ? 'ru' : null;
  }
  const share = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  return short || share >= 0.08 ? 'en' : null;
}
