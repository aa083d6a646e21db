// Word tokens of a text: runs of letters (any script, with combining marks) or runs of digits.
// Letters and digits split ("G20" → G, 20; "Tokayev2024" → Tokayev, 2024); apostrophes and all other
// punctuation split too ("Aliyev’s" → Aliyev, s). Soft hyphens and zero-width characters inside a word
// are part of it (and dropped from its key). '_' belongs to words, so that identifiers ("UN_willing")
// never yield a name.
//
// Built for the page scan: a hand-written loop over UTF-16 units with a per-unit class table (a
// Unicode-property regex costs several times more per character), offsets in reused typed arrays, and
// word keys made only on demand (`wordKey`), since most words of a page are looked up by a cheap filter.
import {
  DIGIT,
  HIGH_SURROGATE,
  IGNORABLE,
  LETTER,
  MARK,
  OTHER,
  SPECIAL_LETTER,
  UNKNOWN,
  classAt,
  classes,
} from './char-classes';

/**
 * Tokens as parallel arrays: word i spans starts[i]..ends[i] of the text. The arrays are reused by the
 * next call of `tokenize`: read them before tokenising again.
 */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the word holds ignorable characters, combining marks, ё or İ: its key needs normalizeWord. */
  special: Uint8Array;
}

function newTokens(size: number): Tokens {
  return {
    count: 0,
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    special: new Uint8Array(size),
  };
}

const buffers = newTokens(1024);

/** Room for one more word, in place. */
function reserve(t: Tokens): void {
  if (t.count < t.starts.length) return;
  const size = t.starts.length * 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const special = new Uint8Array(size);
  starts.set(t.starts);
  ends.set(t.ends);
  special.set(t.special);
  t.starts = starts;
  t.ends = ends;
  t.special = special;
}

/** The word that `readToken` found last: [start, end), and whether its key needs normalizeWord. */
export const lastWord = { start: 0, end: 0, special: false };

/**
 * Reads the first word at or after `from` (which must not be inside a word) into `lastWord`; returns where
 * reading may go on, or -1 when no word is left before `limit`.
 */
export function readToken(text: string, from: number, limit: number): number {
  // The common case in a few tight lines (they run cold on every page): punctuation and spaces, then a
  // word of plain letters or digits that ends at punctuation or space or a switch between the two.
  let i = from;
  while (i < limit && classes[text.charCodeAt(i)] === OTHER) i++;
  if (i >= limit) return -1;
  const k = classes[text.charCodeAt(i)];
  if (k === LETTER || k === DIGIT) {
    let j = i + 1;
    while (j < limit && classes[text.charCodeAt(j)] === k) j++;
    const next = j < limit ? classes[text.charCodeAt(j)] : OTHER;
    if (next === OTHER || next === (k === LETTER ? DIGIT : LETTER)) {
      lastWord.start = i;
      lastWord.end = j;
      lastWord.special = false;
      return j;
    }
  }
  return readAnyToken(text, i, limit);
}

/** readToken for every case: characters not classified yet, marks, invisible characters, surrogates. */
function readAnyToken(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    let k = classes[text.charCodeAt(i)];
    if (k === OTHER || k === IGNORABLE) {
      i++;
      continue;
    }
    if (k === UNKNOWN || k === HIGH_SURROGATE) {
      k = classAt(text, i);
      if (k === OTHER) {
        i++;
        continue;
      }
    }
    const start = i;
    const same = k === DIGIT ? DIGIT : LETTER;
    let isSpecial = k === SPECIAL_LETTER || k === MARK;
    i += k === HIGH_SURROGATE || classes[text.charCodeAt(i)] === HIGH_SURROGATE ? 2 : 1;
    while (i < limit) {
      k = classes[text.charCodeAt(i)];
      if (k === same) {
        i++;
        continue;
      }
      if (k === UNKNOWN || k === HIGH_SURROGATE) {
        const wide = k === HIGH_SURROGATE;
        k = classAt(text, i);
        if (k === same) {
          i += wide ? 2 : 1;
          continue;
        }
      }
      if (k === MARK || (same === LETTER && (k === SPECIAL_LETTER || k === IGNORABLE))) {
        isSpecial = true;
        i++;
        continue;
      }
      break;
    }
    // A trailing ignorable is not part of the word.
    let end = i;
    while (classes[text.charCodeAt(end - 1)] === IGNORABLE) end--;
    lastWord.start = start;
    lastWord.end = end;
    lastWord.special = isSpecial;
    return i;
  }
  return -1;
}

export function push(t: Tokens): void {
  reserve(t);
  t.starts[t.count] = lastWord.start;
  t.ends[t.count] = lastWord.end;
  t.special[t.count] = lastWord.special ? 1 : 0;
  t.count++;
}

/** `fresh`: new arrays instead of the shared ones. */
export function tokenize(text: string, fresh = false): Tokens {
  const t = fresh ? newTokens(Math.max(4, text.length >> 2)) : buffers;
  t.count = 0;
  const n = text.length;
  for (let i = readToken(text, 0, n); i >= 0; i = readToken(text, i, n)) push(t);
  return t;
}

/** Reads the word that starts at `at` into `lastWord`; false when none is left. */
export function readWordAt(text: string, at: number): boolean {
  return readToken(text, at, text.length) >= 0;
}
