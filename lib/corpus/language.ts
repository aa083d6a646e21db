// Which language an article is written in, and whether it is one the pipeline reads (Russian, English).
// franc-min (trigram profiles of 82 languages) judges the prose paragraph by paragraph (short ones joined
// with their neighbours of the same script); names in spellings of their own, numbers and quotations are
// taken out first, and the article's language is the one most of its prose is written in, so an English
// quote, a Kazakh name, a results table or a list of names does not change it.
import { francAll } from 'franc-min';
import type { Lang } from '../model';

export { languageName } from './language-name';

/** ISO 639-3 code as franc-min gives it ('rus', 'eng', 'kaz', 'azj', 'fra'), or 'und' for undetermined. */
export type LanguageCode = string;

export interface LanguageVerdict {
  /** The language the pipeline reads the article in; null when it is written in another one. */
  lang: Lang | null;
  /** The language identified ('und' when the text has too little prose to tell: the script decided). */
  identified: LanguageCode;
}

const READ: Record<string, Lang> = { rus: 'ru', eng: 'en' };
/**
 * Paragraphs are judged in chunks of at least this many letters of prose (consecutive paragraphs of one
 * script): franc's trigram profiles confuse Russian with Bulgarian or Serbian on a 100-letter paragraph,
 * and are sure of it by 300.
 */
const CHUNK_LETTERS = 300;
/** Less prose than this in the whole text: the script decides. */
const MIN_PROSE_LETTERS = 40;
/** On a short chunk of plain a–z, English is taken when franc scores it this close to its best guess. */
const SHORT_ENGLISH_MARGIN = 0.85;
/**
 * A name in a spelling of its own (Нұрғалиева, Һүсејнов, Hüseynov): a capitalised word with letters
 * outside the Russian and English alphabets. It says nothing about the language around it, so franc never
 * sees it; neither does a number.
 */
const CAPITALISED_WORD = /[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*/gu;
const PLAIN_WORD = /^[a-zA-Zа-яёА-ЯЁ'’-]+$/u;
const NUMBER = /\p{N}[\p{L}\p{M}\p{N}'’-]*/gu;
/** Letters of Cyrillic languages that Russian does not use; a short text without them is not one of them. */
const NON_RUSSIAN_CYRILLIC = /[ѐѝіїєґәғқңөұүһўђјљњћџҗҙҫҡҳҷӣӯҹ]/u;
const NON_ENGLISH_LATIN = /[^a-zA-Z]/u;
/** A quotation: someone else's words, maybe in another language, not the article's own. */
const QUOTATION = /«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|"[^"]*"/gu;

/** The text's prose: names in spellings of their own, numbers and punctuation left out. */
function proseOf(text: string): string {
  return text
    .replace(NUMBER, ' ')
    .replace(CAPITALISED_WORD, (word) => (PLAIN_WORD.test(word) ? word : ' '))
    .replace(/[^\p{L}\p{M}'’-]+/gu, ' ')
    .trim();
}

const LETTERS = /\p{L}+/gu;
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Letters (code points), counted by runs: a match per letter cost more than judging the language. */
function letterCount(text: string): number {
  let n = 0;
  for (const m of text.matchAll(LETTERS)) n += m[0].length;
  return n === 0 || !/[\uD800-\uDBFF]/.test(text) ? n : n - (text.match(SURROGATES)?.length ?? 0);
}

type Script = 'cyrillic' | 'latin' | 'other';

// Both scripts are in the Basic Multilingual Plane: a run's length is its count of letters.
const CYRILLIC_RUNS = /\p{Script=Cyrillic}+/gu;
const LATIN_RUNS = /\p{Script=Latin}+/gu;
function runLength(text: string, runs: RegExp): number {
  let n = 0;
  for (const m of text.matchAll(runs)) n += m[0].length;
  return n;
}

function scriptOf(text: string): Script {
  const cyrillic = runLength(text, CYRILLIC_RUNS);
  const latin = runLength(text, LATIN_RUNS);
  const letters = letterCount(text);
  if (cyrillic + latin < letters / 2) return 'other';
  return cyrillic >= latin ? 'cyrillic' : 'latin';
}

/** Consecutive paragraphs of one script joined until each piece has a chunk's prose (the last may not). */
function chunksOf(proses: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  let script: Script | null = null;
  for (const prose of proses) {
    const own = scriptOf(prose);
    if (script !== null && own !== script && current) {
      chunks.push(current);
      current = '';
    }
    script = own;
    current = current ? `${current} ${prose}` : prose;
    if (letterCount(current) >= CHUNK_LETTERS) {
      chunks.push(current);
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

const CYRILLIC_FAMILY = new Set(['rus', 'ukr', 'bel', 'bul', 'srp', 'bos', 'kaz', 'uzn', 'azj', 'koi']);
/**
 * Cyrillic languages whose alphabets have neither ы nor э: prose that uses them as Russian does (about 2% of
 * its letters; a borrowed name or two stays far below) is not written in one of these, however its trigrams
 * score. franc's profiles confuse Russian with Bulgarian even on long chunks of repetitive prose.
 */
const WITHOUT_YERY_AND_E = new Set(['ukr', 'bul', 'srp', 'bos', 'mkd']);
const YERY_OR_E = /[ыэ]/giu;
/** Share of a chunk's letters that are ы or э from which it is not one of WITHOUT_YERY_AND_E. */
const YERY_SHARE = 0.005;

/** franc's ranking without the languages whose alphabet the chunk's letters rule out. */
function plausible(
  scores: [LanguageCode, number][],
  chunk: string,
  letters: number,
): [LanguageCode, number][] {
  const yery = chunk.match(YERY_OR_E)?.length ?? 0;
  if (letters === 0 || yery / letters < YERY_SHARE) return scores;
  return scores.filter(([code]) => !WITHOUT_YERY_AND_E.has(code));
}

/**
 * franc's guess for a chunk. On a short one its trigrams cannot tell Russian from Bulgarian or Serbian,
 * nor English from Dutch or Scots: a short Cyrillic chunk is another Cyrillic language only when it holds
 * a letter Russian does not use, a short chunk of plain a–z is English when franc ranks English close.
 */
function judge(chunk: string, letters: number): LanguageCode {
  const scores = plausible(francAll(chunk, { minLength: MIN_PROSE_LETTERS }), chunk, letters);
  const [best] = scores;
  if (!best || best[0] === 'und') return 'und';
  if (letters >= CHUNK_LETTERS || best[0] in READ) return best[0];
  if (
    scriptOf(chunk) === 'cyrillic' &&
    CYRILLIC_FAMILY.has(best[0]) &&
    !NON_RUSSIAN_CYRILLIC.test(chunk.toLowerCase())
  )
    return 'rus';
  const english = scores.find(([code]) => code === 'eng');
  if (
    english &&
    english[1] >= SHORT_ENGLISH_MARGIN &&
    !NON_ENGLISH_LATIN.test(chunk.replace(/[\s'’-]/gu, ''))
  )
    return 'eng';
  return best[0];
}

/** Cyrillic or Latin, whichever has more letters: the last word when there is no prose to judge. */
export function byScript(text: string): Lang | null {
  const script = scriptOf(text);
  if (letterCount(text) === 0 || script === 'other') return null;
  return script === 'cyrillic' ? 'ru' : 'en';
}

/**
 * The language of an article given as its paragraphs (or lines): the language of most of its prose,
 * quotations left out when there is enough prose around them.
 */
export function identifyLanguage(paragraphs: readonly string[]): LanguageVerdict {
  const own = paragraphs.map((p) => proseOf(p.replace(QUOTATION, ' ')));
  const all = paragraphs.map((p) => proseOf(p));
  const ownLetters = own.reduce((n, p) => n + letterCount(p), 0);
  const proses = (ownLetters >= MIN_PROSE_LETTERS ? own : all).filter((p) => p !== '');
  const weight = new Map<LanguageCode, number>();
  const chunks = chunksOf(proses).map((chunk) => ({ chunk, letters: letterCount(chunk) }));
  let left = chunks.reduce((n, c) => n + c.letters, 0);
  for (const { chunk, letters } of chunks) {
    // Once one language has more letters than the others could reach with all the chunks left, the rest
    // cannot change the verdict: franc is most of the cost of reading an article.
    const [first = 0, second = 0] = [...weight.values()].sort((a, b) => b - a);
    if (first > second + left) break;
    left -= letters;
    if (letters < MIN_PROSE_LETTERS && weight.size > 0) continue;
    const code = judge(chunk, letters);
    if (code !== 'und') weight.set(code, (weight.get(code) ?? 0) + letters);
  }
  let identified: LanguageCode = 'und';
  let most = 0;
  for (const [code, letters] of weight) {
    if (letters > most) [identified, most] = [code, letters];
  }
  if (identified === 'und') return { lang: byScript(paragraphs.join(' ')), identified };
  return { lang: READ[identified] ?? null, identified };
}
