// Word tokens of a text: runs of letters (any script, with combining marks) or runs of digits.
// Letters and digits split ("G20" → G, 20; "Tokayev2024" → Tokayev, 2024); apostrophes and all other
// punctuation split too ("Aliyev’s" → Aliyev, s). Soft hyphens and zero-width characters inside a word
// are part of it (and dropped from its key). '_' belongs to words, so that identifiers ("UN_willing")
// never yield a name.
//
// Built for the page scan: a hand-written loop over UTF-16 units with a per-unit class table (a
// Unicode-property regex costs several times more per character), offsets in reused typed arrays, and
// word keys made only on demand (`wordKey`), since most words of a page are looked up by a cheap filter.
import { normalizeWord } from './normalize';

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

const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
/** A combining mark: continues a word, and the word needs composing (NFC). */
const MARK = 4;
/** Soft hyphen, zero-width space/joiners, BOM: inside a word, ignored. */
const IGNORABLE = 5;
/** A letter whose key needs more than toLowerCase: ё/Ё (→ е), İ (→ i). */
const SPECIAL_LETTER = 6;
const HIGH_SURROGATE = 7;

const LETTER_RE = /^[\p{L}_]$/u;
const DIGIT_RE = /^\p{N}$/u;
const MARK_RE = /^\p{M}$/u;

/** Classes of UTF-16 units, filled on first sight (a page uses few distinct characters). */
const classes = new Uint8Array(65536);
for (let c = 0; c < 128; c++) classes[c] = classify(String.fromCharCode(c));
for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) classes[c] = IGNORABLE;
for (const c of [0x401, 0x451, 0x130]) classes[c] = SPECIAL_LETTER;
for (let c = 0xd800; c < 0xdc00; c++) classes[c] = HIGH_SURROGATE;

function classify(ch: string): number {
  if (LETTER_RE.test(ch)) return LETTER;
  if (DIGIT_RE.test(ch)) return DIGIT;
  if (MARK_RE.test(ch)) return MARK;
  return OTHER;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = classes[c];
  if (k === UNKNOWN) k = classes[c] = classify(String.fromCharCode(c));
  if (k === HIGH_SURROGATE) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff ? classify(String.fromCodePoint(cp)) : OTHER;
  }
  return k;
}

function newTokens(size: number): Tokens {
  return { count: 0, starts: new Int32Array(size), ends: new Int32Array(size), special: new Uint8Array(size) };
}

let buffers = newTokens(1024);

function grow(t: Tokens, shared: boolean): Tokens {
  const next = newTokens(t.starts.length * 2);
  next.count = t.count;
  if (shared) buffers = next;
  next.starts.set(t.starts);
  next.ends.set(t.ends);
  next.special.set(t.special);
  return next;
}

/** `fresh`: new arrays instead of the shared ones; `max`: stop after that many words. */
export function tokenize(text: string, fresh = false, max = Infinity): Tokens {
  let t = fresh ? newTokens(Math.max(4, text.length >> 2)) : buffers;
  let { starts, ends, special } = t;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
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
    while (i < n) {
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
    if (count === starts.length) {
      t.count = count;
      t = grow(t, !fresh);
      ({ starts, ends, special } = t);
    }
    starts[count] = start;
    ends[count] = end;
    special[count] = isSpecial ? 1 : 0;
    if (++count >= max) break;
  }
  t.count = count;
  return t;
}

/** The lookup key of word i (see normalizeWord). */
export function wordKey(text: string, t: Tokens, i: number): string {
  const word = text.slice(t.starts[i], t.ends[i]);
  return t.special[i] ? normalizeWord(word) : word.toLowerCase();
}

/** Every word's key, for callers off the hot path (compiling forms). */
export function wordKeys(text: string, t: Tokens): string[] {
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(wordKey(text, t, i));
  return keys;
}

const lower = new Uint16Array(65536);

/** The lower-case UTF-16 unit of `c` (itself when lowering would change the length). */
export function lowerUnit(c: number): number {
  let l = lower[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = lower[c] = s.length === 1 ? s.charCodeAt(0) : c;
  }
  return l;
}
