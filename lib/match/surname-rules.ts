import type { Tokens } from '../text/tokenize';
import { wordKey } from '../text/word-keys';
import { isUpper } from '../text/normalize';
import { isNotGivenName, isTitle } from './not-given-names';

const SPACE_ONLY_RE = /^[^\S\u2029]+$/;
const MIDDLE_GAPS_RE = /^(?:\.|[^\S\u2029])*$/;
const INITIAL_GAP_RE = /^\.[^\S\u2029]*$/;

/**
 * Whether the bare surname at token `at` is preceded by someone else's first name or initial
 * ("Мехрибан Алиева", "Leyla Aliyeva", "M. Aliyeva"), so that it names another person.
 * `given` holds the entity's own first names (normalised).
 */
export function isOtherPersonsSurname(text: string, t: Tokens, at: number, given: Set<string>): boolean {
  if (at === 0) return false;
  const prev = at - 1;
  // A middle name or initial after the entity's own first name: "Ilham H. Aliyev", "Kassym-Jomart Kemeluly Tokayev".
  if (
    prev > 0 &&
    given.has(wordKey(text, t, prev - 1)) &&
    MIDDLE_GAPS_RE.test(text.slice(t.ends[prev - 1], t.starts[prev]) + text.slice(t.ends[prev], t.starts[at]))
  ) {
    return false;
  }
  const gap = text.slice(t.ends[prev], t.starts[at]);
  const key = wordKey(text, t, prev);
  const firstChar = text.charAt(t.starts[prev]);
  if (!isUpper(firstChar)) return false;
  if (INITIAL_GAP_RE.test(gap) && key.length === 1) {
    if (given.size === 0) return false;
    for (const name of given) if (name.startsWith(key)) return false;
    return true;
  }
  if (!SPACE_ONLY_RE.test(gap) || key.length < 2) return false;
  if (given.has(key) || isNotGivenName(key)) return false;
  // Inside a longer run of capitalised words ("Kremlin Says Putin Tokayev Talks…" in a Title Case
  // headline) the word before is a first name only when a title precedes it ("President Mehriban Aliyeva").
  if (
    prev > 0 &&
    isUpper(text.charAt(t.starts[prev - 1])) &&
    SPACE_ONLY_RE.test(text.slice(t.ends[prev - 1], t.starts[prev]))
  ) {
    return isTitle(wordKey(text, t, prev - 1));
  }
  return true;
}
