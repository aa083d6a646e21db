// What a woken worker needs for its first card, kept in IndexedDB: every entity's statistics
// (platform/stats-rows.ts). A card asked before the index is loaded is then read by key (the entity, its
// statistics, the few sentences and articles it quotes) instead of waiting for all articles to be read and
// all statistics computed again.
import { present } from '../../lib/present';
import type { CorpusIndex, Entity, EntityId, Lang, Mention } from '../../lib/model';
import type { EntityCard } from '../../lib/view-model';
import { buildEntityCard } from '../../lib/views/card';
import type { ContextLensDb } from '../../platform/db';
import { currentStats } from '../../platform/stats-rows';

/**
 * The entity's card from the stored statistics, or null when there are none for this library (never
 * stored, or the library changed since) or the entity is unknown: the caller then loads the index.
 */
export async function storedCard(db: ContextLensDb, id: EntityId, lang: Lang): Promise<EntityCard | null> {
  const [stats, entity] = await Promise.all([currentStats(db, id), db.entities.get(id)]);
  if (!entity || !stats) return null;
  const places = new Set(stats.best.map((m) => `${m.articleId}\u0000${m.sentence}`));
  const [related, sentences, articles, mentions] = await Promise.all([
    db.entities.bulkGet(stats.related.map((r) => r.entityId)),
    db.sentences.bulkGet(stats.best.map((m): [string, number] => [m.articleId, m.sentence])),
    db.articles.bulkGet([...new Set(stats.best.map((m) => m.articleId))]),
    // The marks of a passage are all of the entity's mentions in its sentence.
    db.mentions
      .where('entityId')
      .equals(id)
      .filter((m) => places.has(`${m.articleId}\u0000${m.sentence}`))
      .toArray(),
  ]);
  const index: CorpusIndex = {
    version: 0,
    articles: present(articles),
    sentences: present(sentences),
    entities: [entity, ...present<Entity>(related)],
    mentions: mentions.map(({ id: _key, ...m }): Mention => m),
    stats: [stats],
  };
  return buildEntityCard(index, id, lang);
}
