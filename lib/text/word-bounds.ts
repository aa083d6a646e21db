// Word boundaries at any position of a text, without tokenising it from the start: the scanner's first
// filter stops at a character and asks whether a word starts there, or where the word around it starts.
import { DIGIT, LETTER, MARK, OTHER, SPECIAL_LETTER, UNKNOWN, classOf, classes } from './char-classes';
import { lastWord, readToken } from './tokenize';

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

/**
 * Whether a word may be cut at `at`: the text before it cannot continue a word that reaches it. Going back
 * from a candidate to such a point and reading forward gives the words that tokenising the whole text gives.
 */
export function isCut(text: string, at: number): boolean {
  if (at <= 0) return true;
  const c = text.charCodeAt(at - 1);
  // A low surrogate may end an astral letter: not a cut.
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return classOf(text, at - 1) === OTHER;
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
