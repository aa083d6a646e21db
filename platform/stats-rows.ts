// The statistics of every entity as the background's index last computed them, kept in IndexedDB's meta
// table under a stamp of the library they were computed over (a generation counted by every change, and
// the packs in use). Read by the woken background for its first card and by an entity's page for its
// counts and related entities; written by the background (entrypoints/background/corpus-service.ts).
import type { EntityId, EntityStats } from '../lib/model';
import type { PackRecord } from '../lib/packs/state';
import type { ContextLensDb } from './db';

export const STATS_PREFIX = 'stats:';
export const STATS_STAMP_KEY = 'statsStamp';

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
  return stampOf(generation, await db.packs.toArray());
}

/** The stamp of a library at `generation` with these subscribed packs. */
export function stampOf(
  generation: number,
  packs: readonly Pick<PackRecord, 'id' | 'enabled' | 'manifest' | 'updatedAt'>[],
): string {
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

/** The entity's stored statistics, if they are those of the library as it is now. */
export async function currentStats(db: ContextLensDb, id: EntityId): Promise<EntityStats | null> {
  const [stamp, stored, row] = await Promise.all([
    readGeneration(db).then((generation) => libraryStamp(db, generation)),
    storedStamp(db),
    db.meta.get(STATS_PREFIX + id),
  ]);
  return row && stored === stamp ? (row.value as EntityStats) : null;
}
