// How often each entity is named and in how many articles: what the directory lists, counted from the
// mentions alone (the statistics' best passages and related entities cost far more and are not shown there).
import type { EntityId, Mention } from '../model';

export interface EntityCounts {
  mentions: number;
  articles: number;
}

export function entityCounts(
  mentions: readonly Pick<Mention, 'entityId' | 'articleId'>[],
): Map<EntityId, EntityCounts> {
  const articles = new Map<EntityId, Set<string>>();
  const out = new Map<EntityId, EntityCounts>();
  for (const { entityId, articleId } of mentions) {
    let counts = out.get(entityId);
    if (!counts) out.set(entityId, (counts = { mentions: 0, articles: 0 }));
    counts.mentions++;
    let seen = articles.get(entityId);
    if (!seen) articles.set(entityId, (seen = new Set()));
    if (!seen.has(articleId)) {
      seen.add(articleId);
      counts.articles++;
    }
  }
  return out;
}
