// Word tokens of a text: runs of letters (any script, with combining marks) or runs of digits.
// Letters and digits split ("G20" → G, 20; "Tokayev2024" → Tokayev, 2024); apostrophes and all other
// punctuation split too ("Aliyev’s" → Aliyev, s). Soft hyphens and zero-width characters inside a word
// are part of it (and dropped from its key).
import { lowerKey, normalizeWord } from './normalize';

const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]*|\p{N}[\p{N}\p{M}]*/gu;
const NEEDS_SLOW_PATH_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF\p{M}]/u;

/** Tokens as parallel arrays: starts[i]..ends[i] in the text, keys[i] its normalised form. */
export interface Tokens {
  count: number;
  starts: number[];
  ends: number[];
  keys: string[];
}

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  // Fast path: lower the whole text once when that keeps every offset, then slice keys from it.
  const slow = NEEDS_SLOW_PATH_RE.test(text);
  const lowered = slow ? '' : lowerKey(text);
  const byOffset = !slow && lowered.length === text.length;
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    starts.push(start);
    ends.push(end);
    keys.push(byOffset ? lowered.slice(start, end) : normalizeWord(m[0]));
  }
  return { count: starts.length, starts, ends, keys };
}
