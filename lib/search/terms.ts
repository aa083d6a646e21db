// How words become search terms: folded for entity names, stemmed for passages (Snowball, by script).

import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/** The words of a text as MiniSearch's default tokenizer sees them: runs between spaces and punctuation. */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

export function words(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case, ё→е, soft hyphens and accents dropped: "Токаёв", "Tokáyev" and "tokayev" compare equal. */
export function foldTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\u00AD/g, '')
    .normalize('NFD')
    .replace(/(?<=[a-z])\p{M}+/gu, '')
    .normalize('NFC');
}

const STOP_WORDS = new Set([
  // Russian function words
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'к',
  'ко',
  'по',
  'о',
  'об',
  'от',
  'до',
  'за',
  'из',
  'у',
  'а',
  'но',
  'же',
  'не',
  'ни',
  'что',
  'как',
  'это',
  'для',
  'при',
  'то',
  'ее',
  'её',
  'его',
  'их',
  'ли',
  'бы',
  'же',
  'так',
  // English function words
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'is',
  'are',
  'was',
  'be',
  'as',
  'that',
  'this',
  'it',
]);

const CYRILLIC = /[\u0400-\u04FF]/;

/** Stemming is the costly part of indexing; a corpus repeats its words, so each is stemmed once. */
const stems = new Map<string, string | null>();
const STEM_CACHE_LIMIT = 200_000;

/** A passage term: folded, stop words dropped, stemmed with the Snowball stemmer of its script. */
export function stemTerm(term: string): string | null {
  const known = stems.get(term);
  if (known !== undefined) return known;
  const folded = foldTerm(term);
  let stem: string | null;
  if (!folded || STOP_WORDS.has(folded)) stem = null;
  else if (/^\d+$/.test(folded)) stem = folded;
  else stem = CYRILLIC.test(folded) ? stemRussian(folded) : stemEnglish(folded);
  if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
  stems.set(term, stem);
  return stem;
}
