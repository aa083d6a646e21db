// The words of a sentence and what their letters say: capitals, script, where a sentence starts.

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\d][\p{L}\p{M}\d]*(?:[-‐'’.&][\p{L}\d][\p{L}\p{M}\d]*)*/gu;

/** Words, with their inner hyphens, apostrophes and dots (Саишвили-Чантурия, О’Рейли, NEWSru.com). */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export const isCap = (w: string) => /^\p{Lu}/u.test(w);
export const isCyrillic = (w: string) => /[\u0400-\u04FF]/.test(w);
export const isLatin = (w: string) => /[A-Za-z\u00C0-\u024F]/.test(w) && !isCyrillic(w);
export const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

export function onlySpaceBetween(text: string, a: Word, b: Word): boolean {
  return /^[^\S\u2029]+$/.test(text.slice(a.end, b.start));
}

/** The word opens its sentence (or a quotation, a list item, a clause after a colon or a dash). */
export function opensSentence(text: string, w: Word): boolean {
  return /(^|[.!?…:;•]|\s[-—–]|[«"“„(])\s*$/u.test(text.slice(0, w.start));
}
