// Removing the reader's articles: their sentences and mentions go, and so do the entities that only they
// named. An entity another article still names stays.
import type { ArticleId, Entity, EntityId, Mention } from '../model';

export interface Removal {
  articleIds: ArticleId[];
  /** The reader's entities no remaining article names. */
  entityIds: EntityId[];
}

/**
 * `userEntities` are the entities of origin 'user'; `mentionsOfThem` every stored mention of those entities
 * (in any article). Seed and gazetteer entities are never removed.
 */
export function planRemoval(
  articleIds: readonly ArticleId[],
  userEntities: readonly Pick<Entity, 'id'>[],
  mentionsOfThem: readonly Pick<Mention, 'entityId' | 'articleId'>[],
): Removal {
  const removed = new Set(articleIds);
  const stillNamed = new Set<EntityId>();
  for (const m of mentionsOfThem) if (!removed.has(m.articleId)) stillNamed.add(m.entityId);
  return {
    articleIds: [...removed],
    entityIds: userEntities.map((e) => e.id).filter((id) => !stillNamed.has(id)),
  };
}
