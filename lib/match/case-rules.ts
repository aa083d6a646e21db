import type { Tokens } from '../text/tokenize';
import { cleanWord, isUpper } from '../text/normalize';
import type { FormVariant } from './trie';

/** Whether the words of the text from token `first` on are capitalised as the form requires. */
export function acceptsCase(text: string, t: Tokens, first: number, v: FormVariant): boolean {
  for (let k = 0; k < v.upper.length; k++) {
    const positions = v.upper[k];
    if (positions.length === 0) continue;
    let word = text.slice(t.starts[first + k], t.ends[first + k]);
    if (t.special[first + k]) word = cleanWord(word);
    for (const p of positions) {
      if (!isUpper(word.charAt(p))) return false;
    }
  }
  return true;
}
