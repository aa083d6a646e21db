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
/** Soft hyphen, zero-width space and joiners, word joiner, BOM: ignored inside words. */
const IGNORABLE_CHARS = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
for (const c of IGNORABLE_CHARS) classes[c] = IGNORABLE;

/**
 * Characters that may change a word's key from inside it: the invisible ones, and the combining marks that
 * compose with Latin and Cyrillic letters (a name written decomposed, "Y\u0301eni"), as [first, last] ranges.
 */
export const KEY_CHANGING_RANGES: readonly [number, number][] = [
  ...IGNORABLE_CHARS.map((c): [number, number] => [c, c]),
  [0x300, 0x36f],
  [0x483, 0x489],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
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
function readToken(text: string, from: number, limit: number): number {
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

function push(t: Tokens): void {
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

/**
 * Whether a word starts at `at` (as tokenising the whole text would find). The common cases are decided
 * from two characters; the rare ones (an invisible character or a surrogate before it) by reading around.
 */
function startsWord(text: string, at: number): boolean {
  const k = classOf(text, at);
  if (k !== LETTER && k !== DIGIT && k !== SPECIAL_LETTER) return false;
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const p = before >= 0xdc00 && before <= 0xdfff ? UNKNOWN : classOf(text, at - 1);
  if (p === OTHER) return true;
  if (k === DIGIT) {
    if (p === DIGIT) return false;
    if (p === LETTER || p === SPECIAL_LETTER) return true;
  } else {
    if (p === LETTER || p === SPECIAL_LETTER || p === MARK) return false;
    if (p === DIGIT) return true;
  }
  return wordStartAround(text, at) === at;
}

/**
 * The first position from `from` on whose character the `table` marks (non-zero) and where a word starts,
 * or, for characters marked `lookAround`, anywhere (the caller looks at the word around it); the text's
 * length when there is none. The matcher's hot loop: most characters cost one table lookup.
 */
export function nextMarkedStart(text: string, from: number, table: Uint8Array, lookAround: number): number {
  const n = text.length;
  for (let at = from; at < n; at++) {
    const c = text.charCodeAt(at);
    const mark = table[c];
    if (mark === 0) continue;
    if (mark === lookAround || at === 0) return at;
    // startsWord's common cases, decided here without a call; the rest go to it.
    const before = classes[text.charCodeAt(at - 1)];
    if (before === OTHER) return at;
    const k = classes[c];
    if (
      (k === LETTER || k === SPECIAL_LETTER) &&
      (before === LETTER || before === SPECIAL_LETTER || before === MARK)
    )
      continue;
    if (k === DIGIT && before === DIGIT) continue;
    if (startsWord(text, at)) return at;
  }
  return n;
}

/** Reads the word that starts at `at` into `lastWord`; false when none is left. */
export function readWordAt(text: string, at: number): boolean {
  return readToken(text, at, text.length) >= 0;
}

/**
 * Whether a word may be cut at `at`: the text before it cannot continue a word that reaches it. Going back
 * from a candidate to such a point and reading forward gives the words that tokenising the whole text gives.
 */
function isCut(text: string, at: number): boolean {
  if (at <= 0) return true;
  const c = text.charCodeAt(at - 1);
  // A low surrogate may end an astral letter: not a cut.
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return classOf(text, at - 1) === OTHER;
}

function classOf(text: string, i: number): number {
  const k = classes[text.charCodeAt(i)];
  return k === UNKNOWN ? classAt(text, i) : k;
}

/**
 * The words of a text around one position, read lazily: a few words before it (which the matcher's rules
 * look back at) and, on demand, as many after it as the trie walk asks for. Indices are those of the window.
 */
export class TokenWindow implements Tokens {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  special = new Uint8Array(64);
  private text = '';
  private next = -1;

  /**
   * Reads the words from `before` words ahead of the one that starts at `at` up to that word; returns its
   * index in the window, or -1 when no word starts at `at`.
   */
  open(text: string, at: number, before: number): number {
    this.text = text;
    this.count = 0;
    // Back over `before` runs of word characters (each holds one word or more) to a cut.
    let from = at;
    for (let w = 0; w <= before && from > 0; w++) {
      while (from > 0 && isCut(text, from)) from--;
      while (from > 0 && !isCut(text, from)) from--;
    }
    this.next = from;
    for (;;) {
      if (!this.extend()) return -1;
      const last = this.starts[this.count - 1];
      if (last === at) return this.count - 1;
      if (last > at) return -1;
    }
  }

  /** Makes word `i` available; false when the text has fewer words. */
  ensure(i: number): boolean {
    while (this.count <= i) if (!this.extend()) return false;
    return true;
  }

  private extend(): boolean {
    if (this.next < 0) return false;
    this.next = readToken(this.text, this.next, this.text.length);
    if (this.next < 0) return false;
    push(this);
    return true;
  }
}

/**
 * The start of the word that holds the character at `at` (a capital, a combining mark or a soft hyphen
 * the matcher's filter stopped at), or -1 when that character belongs to no word.
 */
export function wordStartAround(text: string, at: number): number {
  if (isCut(text, at)) {
    const k = classOf(text, at);
    if (k === LETTER || k === DIGIT || k === SPECIAL_LETTER || k === MARK) return at;
  }
  let from = at;
  while (!isCut(text, from)) from--;
  for (let i = readToken(text, from, text.length); i >= 0; i = readToken(text, i, text.length)) {
    if (lastWord.end > at) return lastWord.start <= at ? lastWord.start : -1;
    if (i > at) return -1;
  }
  return -1;
}

/** The lookup key of word i (see normalizeWord). */
export function wordKey(text: string, t: Tokens, i: number): string {
  return keyOf(text, t.starts[i], t.ends[i], t.special[i] === 1);
}

/** The lookup key of the word at [start, end); `special`: it holds characters that toLowerCase does not fold. */
export function keyOf(text: string, start: number, end: number, special: boolean): string {
  const word = text.slice(start, end);
  return special ? normalizeWord(word) : word.toLowerCase();
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
