// A long sentence shown in three lines would hide a hit near its end: start the quote a few words
// before the first emphasised range instead.

export interface Excerpt {
  text: string;
  marks: [number, number][];
}

/** Characters of lead-in kept before the first mark when the sentence is cut. */
const LEAD_IN = 40;

export function excerptAround(text: string, marks: [number, number][], maxLead = 90): Excerpt {
  const first = marks.length ? Math.min(...marks.map(([start]) => start)) : 0;
  if (first <= maxLead) return { text, marks };
  const space = text.lastIndexOf(' ', first - LEAD_IN);
  const cut = space > 0 ? space + 1 : first - LEAD_IN;
  const shift = cut - 1; // one character for the ellipsis
  return { text: '…' + text.slice(cut), marks: marks.map(([s, e]) => [s - shift, e - shift]) };
}
