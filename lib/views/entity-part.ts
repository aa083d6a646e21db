// One entity's part of the library, for its page: its mentions, the sentences and articles they are in,
// its counts and the entities named with it. Planned from the mentions alone (no text), so that the page
// reads only the rows it shows instead of every article and sentence of the library.
import { rankRelated, sentenceKey } from '../corpus-index/stats';
import type { ArticleId, EntityId, Mention, RelatedEntity } from '../model';

export interface EntityPartPlan {
  /** The entity's own mentions. */
  mentions: Mention[];
  articleIds: ArticleId[];
  /** Each sentence that names it once, as the sentences' primary key. */
  sentenceKeys: [ArticleId, number][];
  mentionCount: number;
  articleCount: number;
  /** As the whole index's statistics rank them (lib/corpus-index/stats.ts). */
  related: RelatedEntity[];
}

/** `all`: every mention of the library (merged with the packs, when there are any). */
export function planEntityPart(id: EntityId, all: readonly Mention[]): EntityPartPlan {
  const mentions: Mention[] = [];
  const sentences = new Map<string, [ArticleId, number]>();
  for (const m of all) {
    if (m.entityId !== id) continue;
    mentions.push(m);
    const key = sentenceKey(m.articleId, m.sentence);
    if (!sentences.has(key)) sentences.set(key, [m.articleId, m.sentence]);
  }
  // Other entities count once per sentence they share with it, however often either is named there.
  const mentionCount = new Map<EntityId, number>();
  const seenInSentence = new Set<string>();
  const shared = new Map<EntityId, number>();
  for (const m of all) {
    mentionCount.set(m.entityId, (mentionCount.get(m.entityId) ?? 0) + 1);
    if (m.entityId === id) continue;
    const key = sentenceKey(m.articleId, m.sentence);
    if (!sentences.has(key)) continue;
    const pair = `${key}\u0000${m.entityId}`;
    if (seenInSentence.has(pair)) continue;
    seenInSentence.add(pair);
    shared.set(m.entityId, (shared.get(m.entityId) ?? 0) + 1);
  }
  const articleIds = [...new Set(mentions.map((m) => m.articleId))];
  return {
    mentions,
    articleIds,
    sentenceKeys: [...sentences.values()],
    mentionCount: mentions.length,
    articleCount: articleIds.length,
    related: rankRelated(shared, mentionCount),
  };
}
