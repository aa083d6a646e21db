// An article laid out for reading: paragraphs of sentences, each cut into plain text and the names the
// matcher found there (the stored mentions), so the reader sees the same highlights as on a web page.
import type { EntityId, Mention, Sentence } from '../../lib/model';

export interface TextPart {
  text: string;
  /** The entity named by this part, when it is a name. */
  entity: EntityId | null;
}

export interface ReadingSentence {
  index: number;
  parts: TextPart[];
}

export function sentenceParts(
  text: string,
  mentions: readonly Pick<Mention, 'start' | 'end' | 'entityId'>[],
): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > text.length) continue; // overlapping or stale: the first wins
    if (m.start > at) parts.push({ text: text.slice(at, m.start), entity: null });
    parts.push({ text: text.slice(m.start, m.end), entity: m.entityId });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), entity: null });
  return parts;
}

/** The article's sentences grouped by paragraph, in order, each cut at its mentions. */
export function readingParagraphs(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
): ReadingSentence[][] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const paragraphs = new Map<number, ReadingSentence[]>();
  // The headline (paragraph -1) is the page's title, shown above the text.
  for (const s of [...sentences].filter((x) => x.paragraph >= 0).sort((a, b) => a.index - b.index)) {
    const list = paragraphs.get(s.paragraph) ?? [];
    list.push({ index: s.index, parts: sentenceParts(s.text, bySentence.get(s.index) ?? []) });
    paragraphs.set(s.paragraph, list);
  }
  return [...paragraphs.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
}

/** Mentions per entity in one article, most named first. */
export function entityCounts(mentions: readonly Mention[]): [EntityId, number][] {
  const counts = new Map<EntityId, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Mentions of an entity per article date, oldest first; undated articles are left out. */
export function mentionTimeline(
  mentions: readonly Mention[],
  dateOf: (articleId: string) => string | null,
): { date: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const date = dateOf(m.articleId);
    if (date) counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([date, count]) => ({ date, count }));
}
