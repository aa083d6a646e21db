// factRuEval-2016 documents (the devset's formats: .txt, .tokens, .spans, .objects) and the gold mentions
// read from them with Natasha's conventions (naeval's factRu adapter): PER, LOC (Location and LocOrg) and
// ORG; a Person's mention runs from its first span to its last, an Org is each of its org_name spans, a
// Location or LocOrg each of its loc_name spans; mentions nested in an earlier, longer one are dropped
// («мид Грузии» is an ORG, its «Грузии» no LOC), and so are mentions that do not start and end on tokens.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type NerType = 'PER' | 'LOC' | 'ORG';
export const NER_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG'];

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  type: NerType;
}

export interface Token {
  start: number;
  end: number;
}

export interface FactruDocument {
  /** "book_100". */
  name: string;
  text: string;
  tokens: Token[];
  gold: Span[];
}

interface RawSpan {
  type: string;
  start: number;
  end: number;
}

const OBJECT_TYPES: Record<string, NerType> = { Person: 'PER', Org: 'ORG', Location: 'LOC', LocOrg: 'LOC' };

/** Rows of a devset file: its fields before the " # " comment. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.split('#')[0].trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
}

export function parseTokens(text: string): Token[] {
  return rows(text).map(([, start, length]) => ({ start: +start, end: +start + +length }));
}

export function parseSpans(text: string): Map<string, RawSpan> {
  const spans = new Map<string, RawSpan>();
  for (const [id, type, start, length] of rows(text))
    spans.set(id, { type, start: +start, end: +start + +length });
  return spans;
}

/** The gold mentions of one document, sorted by start. */
export function goldSpans(objectsText: string, spans: Map<string, RawSpan>, tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (const [, objectType, ...ids] of rows(objectsText)) {
    const type = OBJECT_TYPES[objectType];
    if (!type) continue;
    const own = ids.map((id) => spans.get(id)).filter((s): s is RawSpan => s !== undefined);
    if (own.length === 0) continue;
    if (type === 'PER') {
      out.push({
        start: Math.min(...own.map((s) => s.start)),
        end: Math.max(...own.map((s) => s.end)),
        type,
      });
      continue;
    }
    const wanted = type === 'ORG' ? 'org_name' : 'loc_name';
    for (const s of withoutOverlaps(own.filter((s) => s.type === wanted))) out.push({ ...s, type });
  }
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  return withoutOverlaps(out)
    .filter((s) => starts.has(s.start) && ends.has(s.end))
    .sort((a, b) => a.start - b.start);
}

/**
 * naeval's filter_overlapping: in start order (longest first), a span that starts inside the last kept
 * one is dropped.
 */
export function withoutOverlaps<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && previous.end > span.start) continue;
    kept.push(span);
  }
  return kept;
}

/** The devset's folder: FACTRU_DEVSET, or the team's shared copy beside the repository. */
export function findDevset(root: string): string | null {
  const candidates = [
    process.env.FACTRU_DEVSET,
    join(root, '../shared/factru-devset'),
    join(root, '../../shared/factru-devset'),
  ].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(join(p, 'README-factRuEval.md')) || existsSync(p)) ?? null;
}

export async function loadDevset(dir: string): Promise<FactruDocument[]> {
  const names = (await readdir(dir))
    .filter((f) => /^book_\d+\.txt$/.test(f))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  return Promise.all(
    names.map(async (name) => {
      const read = (ext: string) => readFile(join(dir, `${name}.${ext}`), 'utf8');
      const [text, tokensText, spansText, objectsText] = await Promise.all(
        ['txt', 'tokens', 'spans', 'objects'].map(read),
      );
      const tokens = parseTokens(tokensText);
      return { name, text, tokens, gold: goldSpans(objectsText, parseSpans(spansText), tokens) };
    }),
  );
}
