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

const GENERATION_KEY = 'libraryGeneration';

/**
 * Counts the changes of the library: every transaction that changes articles, sentences, entities or
 * mentions calls this inside it (so the count changes with the data, or not at all).
 */
export async function bumpGeneration(db: ContextLensDb): Promise<number> {
  const next = (await readGeneration(db)) + 1;
  await db.meta.put({ key: GENERATION_KEY, value: next });
  return next;
}

export async function readGeneration(db: ContextLensDb): Promise<number> {
  return ((await db.meta.get(GENERATION_KEY))?.value as number | undefined) ?? 0;
}

/**
 * The library an index was loaded or grown from: its generation, and the packs in use (a pack's update
 * replaces its data without touching the library's tables). Statistics stored under another are stale.
 */
export async function libraryStamp(db: ContextLensDb, generation: number): Promise<string> {
  const packs = await db.packs.toArray();
  const used = packs.filter((p) => p.enabled).map((p) => [p.id, p.manifest.version, p.updatedAt]);
  return JSON.stringify([generation, used]);
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
    readGeneration(db).then((generation) => libraryStamp(db, generation)),
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
