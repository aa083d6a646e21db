// Natasha's factRu scores (naeval's score.py): per type, token-level precision and recall over the
// document's tokens tagged inside/outside that type's mentions; and exact-span precision and recall.
import { NER_TYPES, type NerType, type Span, type Token } from './devset';

export interface Share {
  correct: number;
  total: number;
}

export interface F1 {
  precision: Share;
  recall: Share;
}

export type Scores = Record<NerType, { tokens: F1; spans: F1 }>;

export const value = (s: Share) => (s.total === 0 ? 0 : s.correct / s.total);

export function f1(score: F1): number {
  const p = value(score.precision);
  const r = value(score.recall);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const emptyF1 = (): F1 => ({ precision: { correct: 0, total: 0 }, recall: { correct: 0, total: 0 } });

export function emptyScores(): Scores {
  return Object.fromEntries(NER_TYPES.map((t) => [t, { tokens: emptyF1(), spans: emptyF1() }])) as Scores;
}

/** Which tokens lie inside one of the spans (a token whose middle falls in a span belongs to it). */
function inside(tokens: readonly Token[], spans: readonly Span[]): boolean[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: boolean[] = [];
  let k = 0;
  for (const token of tokens) {
    const middle = (token.start + token.end) / 2;
    while (k < sorted.length && sorted[k].end <= middle) k++;
    let hit = false;
    for (let j = k; j < sorted.length && sorted[j].start <= middle; j++)
      if (sorted[j].end > middle) hit = true;
    out.push(hit);
  }
  return out;
}

/** Adds one document's counts to `scores`. */
export function scoreDocument(
  tokens: readonly Token[],
  predicted: readonly Span[],
  gold: readonly Span[],
  scores: Scores,
): void {
  for (const type of NER_TYPES) {
    const p = predicted.filter((s) => s.type === type);
    const g = gold.filter((s) => s.type === type);
    const pi = inside(tokens, p);
    const gi = inside(tokens, g);
    const t = scores[type].tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (pi[i]) {
        t.precision.total++;
        if (gi[i]) t.precision.correct++;
      }
      if (gi[i]) {
        t.recall.total++;
        if (pi[i]) t.recall.correct++;
      }
    }
    const s = scores[type].spans;
    const goldKeys = new Set(g.map((x) => `${x.start}:${x.end}`));
    const predKeys = new Set(p.map((x) => `${x.start}:${x.end}`));
    s.precision.total += predKeys.size;
    s.precision.correct += [...predKeys].filter((k) => goldKeys.has(k)).length;
    s.recall.total += goldKeys.size;
    s.recall.correct += [...goldKeys].filter((k) => predKeys.has(k)).length;
  }
}

/** The table: a row per type, token-level P/R/F1 then exact-span P/R/F1. */
export function formatTable(scores: Scores, title: string): string {
  const n = (x: number) => x.toFixed(3);
  const lines = [
    title,
    'type   token P  token R  token F1   span P   span R  span F1   gold spans',
    ...NER_TYPES.map((type) => {
      const { tokens, spans } = scores[type];
      return [
        type.padEnd(4),
        n(value(tokens.precision)).padStart(8),
        n(value(tokens.recall)).padStart(8),
        n(f1(tokens)).padStart(9),
        n(value(spans.precision)).padStart(8),
        n(value(spans.recall)).padStart(8),
        n(f1(spans)).padStart(8),
        String(spans.recall.total).padStart(12),
      ].join(' ');
    }),
  ];
  return lines.join('\n');
}
