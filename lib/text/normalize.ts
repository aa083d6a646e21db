// Normalisation of word tokens and of the gaps between them, shared by the matcher's compiler and scanner.

/** Characters that may sit inside a word without being part of it: soft hyphen, zero-width space/joiners, BOM. */
const IGNORABLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_IGNORABLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const HAS_MARK_RE = /\p{M}/u;

/**
 * The lookup key of a word: lower case, ё→е, ignorable characters dropped, composed (NFC).
 * Kazakh and other Turkic letters (ә, ө, ү, ұ, қ, ғ, ң, һ, і, ə) are kept as they are.
 * Dotted capital İ lowers to plain i (JavaScript would give i + U+0307).
 */
export function normalizeWord(word: string): string {
  let w = word;
  if (HAS_IGNORABLE_RE.test(w)) w = w.replace(IGNORABLE_RE, '');
  if (HAS_MARK_RE.test(w)) w = w.normalize('NFC');
  return lowerKey(w);
}

/** Lower case + ё→е + İ→i; keeps the length of already-composed text (the scanner relies on it). */
function lowerKey(s: string): string {
  return s.replace(/İ/g, 'I').toLowerCase().replace(/ё/g, 'е');
}

/**
 * Every character whose key (lowerKey) is that of `c`: both cases, and ё/е, İ/I, which keys fold together.
 * Kept beside lowerKey, which it must follow.
 */
export function keyVariants(c: string): string[] {
  let variants = knownVariants.get(c);
  if (!variants) {
    const key = lowerKey(c);
    const candidates = [c, c.toLowerCase(), c.toUpperCase(), ...(FOLDED_TOGETHER[key] ?? '')];
    variants = [...new Set(candidates)].filter((x) => x.length === 1 && lowerKey(x) === key);
    knownVariants.set(c, variants);
  }
  return variants;
}

const knownVariants = new Map<string, string[]>();

const FOLDED_TOGETHER: Record<string, string> = { е: 'еЕёЁ', i: 'iIİ' };

/** A name as a reader reads it: one space for any run of white space, no soft hyphens or zero-width characters. */
export function readableText(text: string): string {
  return text.replace(IGNORABLE_RE, '').replace(/\s+/g, ' ');
}

/** The word as written, without ignorable characters and composed: what the case rules read. */
export function cleanWord(word: string): string {
  let w = word;
  if (HAS_IGNORABLE_RE.test(w)) w = w.replace(IGNORABLE_RE, '');
  if (HAS_MARK_RE.test(w)) w = w.normalize('NFC');
  return w;
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** The gap key that no form contains: the gap cannot join two words of a name. */
export const NO_JOIN = '\u0000';

const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const APOSTROPHES = /['\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g;
const QUOTES = /["\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033]/g;
// \s covers NBSP, narrow NBSP, ideographic space, line breaks; U+2029 (BLOCK_BREAK) is handled first.
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/g;

/**
 * Canonical form of the characters between two words of a name, so that equivalent writings compare equal:
 * any whitespace and hyphen/dash variants → ' ' ("Kassym-Jomart" ≈ "Kassym Jomart" ≈ "Kassym–Jomart"),
 * typographic and straight apostrophes/quotes equal, "." kept ("K. Tokayev"), no gap at all → '' (letters
 * glued to digits). A paragraph break or any longer punctuation never joins.
 */
export function gapKey(gap: string): string {
  if (gap === ' ' || gap === '-') return ' ';
  if (gap.length === 0) return '';
  if (gap.indexOf('\u2029') >= 0) return NO_JOIN;
  const rest = gap.replace(SPACES, '').replace(DASHES, '-').replace(APOSTROPHES, "'").replace(QUOTES, '"');
  if (rest === '' || rest === '-') return ' ';
  if (rest.length > 2) return NO_JOIN;
  return rest;
}
