// Lookup keys of words: lower case, with normalizeWord where toLowerCase does not fold the word.
import { normalizeWord } from './normalize';
import type { Tokens } from './tokenize';

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
