import { lowerUnit } from '../text/char-classes';
import type { Tokens } from '../text/tokenize';
import { cleanWord, isUpper } from '../text/normalize';
import type { FormVariant } from './compile';

/** Whether the words of the text from token `first` on are capitalised as the form requires. */
export function acceptsCase(text: string, t: Tokens, first: number, v: FormVariant): boolean {
  for (let k = 0; k < v.upper.length; k++) {
    const positions = v.upper[k];
    if (positions.length === 0) continue;
    if (t.special[first + k]) {
      const word = cleanWord(text.slice(t.starts[first + k], t.ends[first + k]));
      for (const p of positions) if (!isUpper(word.charAt(p))) return false;
    } else {
      // A plain word: its characters are the text's, and a capital is a unit that lowers to another.
      const start = t.starts[first + k];
      for (const p of positions) {
        const c = text.charCodeAt(start + p);
        if (lowerUnit(c) === c) return false;
      }
    }
  }
  return true;
}

const SPACE_ONLY_RE = /^[^\S\u2029]+$/;

/**
 * Whether tokens first..last stand inside a run of ALL-CAPS words ("UN HOMME", "ВЕСЬ АР"): there a
 * two-letter acronym is more likely an ordinary word in capitals than a name.
 */
export function inCapsRun(text: string, t: Tokens, first: number, last: number): boolean {
  const capsWord = (k: number) => {
    if (k < 0 || k >= t.count || t.ends[k] - t.starts[k] < 2) return false;
    const word = text.slice(t.starts[k], t.ends[k]);
    return word === word.toUpperCase() && word !== word.toLowerCase();
  };
  const joined = (a: number, b: number) => SPACE_ONLY_RE.test(text.slice(t.ends[a], t.starts[b]));
  return (capsWord(first - 1) && joined(first - 1, first)) || (capsWord(last + 1) && joined(last, last + 1));
}
