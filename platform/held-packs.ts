// The enabled subscribed packs as the index merges them (lib/packs/merge.ts), read from IndexedDB: by the
// background when it publishes the index, by the library page when it lists articles and entities.
import type { HeldPack } from '../lib/packs/merge';
import type { ContextLensDb } from './db';

export interface HeldPacks {
  /** In subscription order: the earlier subscribed wins a merge. */
  packs: HeldPack[];
  /** Each pack's name, for the lists that say where an article came from. */
  names: Map<string, string>;
}

/** Reads inside the caller's transaction when there is one (a live query then follows the packs too). */
export async function readHeldPacks(db: ContextLensDb): Promise<HeldPacks> {
  const enabled = (await db.packs.toArray())
    .filter((r) => r.enabled)
    .sort((a, b) => a.subscribedAt - b.subscribedAt);
  const names = new Map(enabled.map((r) => [r.id, r.manifest.name]));
  if (enabled.length === 0) return { packs: [], names };
  const data = await db.packData.bulkGet(enabled.map((r) => r.id));
  return { packs: data.flatMap((d) => (d ? [{ id: d.id, content: d.content }] : [])), names };
}

/** Whether any subscribed pack is enabled, read from the packs' records only (not their data). */
export async function packsInUse(db: ContextLensDb): Promise<boolean> {
  return (await db.packs.filter((r) => r.enabled).count()) > 0;
}
