// What a woken worker needs for its first card, kept in IndexedDB: every entity's statistics, as the
// index in memory last computed them, under a stamp of the library they were computed over. A card asked
// before the index is loaded is then read by key (the entity, its statistics, the few sentences and
// articles it quotes) instead of waiting for all articles to be read and all statistics computed again.
import type { CorpusIndex, Entity, EntityId, EntityStats, Lang, Mention } from '../../lib/model';
import type { EntityCard } from '../../lib/view-model';
import { buildEntityCard } from '../../lib/views/card';
import type { ContextLensDb } from '../../platform/db';

const STATS_PREFIX = 'stats:';
const STATS_STAMP_KEY = 'statsStamp';

/**
 * What the library holds, cheaply read: counts of the tables, the newest mention's key (every change of
 * the reader's articles, of the seed or an import writes mentions with new keys or removes some) and the
 * packs in use. Statistics stored under another stamp are out of date.
 */
export async function libraryStamp(db: ContextLensDb): Promise<string> {
  return db.transaction('r', [db.mentions, db.articles, db.entities, db.packs], async () => {
    const [mentions, newest, articles, entities, packs] = await Promise.all([
      db.mentions.count(),
      db.mentions.orderBy(':id').lastKey(),
      db.articles.count(),
      db.entities.count(),
      db.packs.toArray(),
    ]);
    const used = packs.filter((p) => p.enabled).map((p) => [p.id, p.manifest.version, p.updatedAt]);
    return JSON.stringify([mentions, newest ?? 0, articles, entities, used]);
  });
}

/** The stamp the stored statistics were computed under, if any. */
export async function storedStamp(db: ContextLensDb): Promise<string | undefined> {
  return (await db.meta.get(STATS_STAMP_KEY))?.value as string | undefined;
}

/** Replaces the stored statistics with the index's, under `stamp`, in one transaction. */
export async function storeStats(
  db: ContextLensDb,
  stats: readonly EntityStats[],
  stamp: string,
): Promise<void> {
  await db.transaction('rw', [db.meta], async () => {
    await db.meta.delete(STATS_STAMP_KEY);
    await db.meta.where('key').between(STATS_PREFIX, `${STATS_PREFIX}\uffff`).delete();
    await db.meta.bulkPut(stats.map((s) => ({ key: STATS_PREFIX + s.entityId, value: s })));
    await db.meta.put({ key: STATS_STAMP_KEY, value: stamp });
  });
}

/**
 * The entity's card from the stored statistics, or null when there are none for this library (never
 * stored, or the library changed since) or the entity is unknown: the caller then loads the index.
 */
export async function storedCard(db: ContextLensDb, id: EntityId, lang: Lang): Promise<EntityCard | null> {
  const [stamp, stored, row, entity] = await Promise.all([
    libraryStamp(db),
    storedStamp(db),
    db.meta.get(STATS_PREFIX + id),
    db.entities.get(id),
  ]);
  if (!entity || !row || stored !== stamp) return null;
  const stats = row.value as EntityStats;
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
  const present = <T>(list: (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined);
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
