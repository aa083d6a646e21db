// Classes of UTF-16 units for the tokenizer (letter, digit, mark, ignorable…), filled on first sight, and
// the lower-case unit of a character: the tables every word reading looks up.

export const UNKNOWN = 0;
export const OTHER = 1;
export const LETTER = 2;
export const DIGIT = 3;
/** A combining mark: continues a word, and the word needs composing (NFC). */
export const MARK = 4;
/** Soft hyphen, zero-width space/joiners, BOM: inside a word, ignored. */
export const IGNORABLE = 5;
/** A letter whose key needs more than toLowerCase: ё/Ё (→ е), İ (→ i). */
export const SPECIAL_LETTER = 6;
export const HIGH_SURROGATE = 7;

const LETTER_RE = /^[\p{L}_]$/u;
const DIGIT_RE = /^\p{N}$/u;
const MARK_RE = /^\p{M}$/u;

/** Classes of UTF-16 units, filled on first sight (a page uses few distinct characters). */
export const classes = new Uint8Array(65536);
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

export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = classes[c];
  if (k === UNKNOWN) k = classes[c] = classify(String.fromCharCode(c));
  if (k === HIGH_SURROGATE) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff ? classify(String.fromCodePoint(cp)) : OTHER;
  }
  return k;
}

/** The class of the unit at `i`, classified now if not yet. */
export function classOf(text: string, i: number): number {
  const k = classes[text.charCodeAt(i)];
  return k === UNKNOWN ? classAt(text, i) : k;
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
