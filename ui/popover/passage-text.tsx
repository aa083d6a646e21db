// A quoted sentence with its marked spans (the mention, or a search hit) emphasised.
import type { Passage } from '../../lib/view-model';

/** The text cut at the marks' edges: [text, emphasised][] in order. Overlapping marks are merged. */
export function markedSegments(text: string, marks: [number, number][]): [string, boolean][] {
  const sorted = [...marks].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [string, boolean][] = [];
  let at = 0;
  for (const [s0, e0] of sorted) {
    const s = Math.max(s0, at);
    const e = Math.min(e0, text.length);
    if (e <= s) continue;
    if (s > at) out.push([text.slice(at, s), false]);
    out.push([text.slice(s, e), true]);
    at = e;
  }
  if (at < text.length) out.push([text.slice(at), false]);
  return out;
}

export function PassageText({ passage, translated }: { passage: Passage; translated?: string | null }) {
  if (translated) return <span>{translated}</span>;
  return (
    <span>
      {markedSegments(passage.text, passage.marks).map(([text, marked], i) =>
        marked ? <mark key={i}>{text}</mark> : text,
      )}
    </span>
  );
}
