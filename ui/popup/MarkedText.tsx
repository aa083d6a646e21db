// A sentence with some of its ranges emphasised (the mention, or the search hit).
export function MarkedText({ text, marks }: { text: string; marks: [number, number][] }) {
  const sorted = [...marks]
    .filter(([s, e]) => e > s && s >= 0 && e <= text.length)
    .sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at) continue; // overlapping ranges: the first one wins
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
