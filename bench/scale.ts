// The scale bench: the same pages with libraries of 80, 5,000 and 50,000 entities. The 80 are the seed
// library as the extension publishes it; the larger ones add generated entities (library-gen.ts) and are
// stored as the background would store them for pages (the index and the shards).
import { compileForms } from '../lib/match/compile';
import type { MatcherPack } from '../lib/model';
import { join } from 'node:path';
import { buildMatcherPack } from '../lib/corpus-index/pack';
import { buildSeedIndex } from '../scripts/seed-index';
import { MATCHER_INDEX_KEY, shardKey, splitPack } from '../lib/match/shards';
import { REPO_ROOT, type Browser } from '../test/e2e/harness';
import { generateEntities } from './library-gen';

export const SCALES = [80, 5_000, 50_000];

/** The pack the extension publishes for the seed library, built here as the background builds it. */
export async function seedMatcherPack(): Promise<MatcherPack> {
  return buildMatcherPack((await buildSeedIndex(join(REPO_ROOT, 'seeds'))).entities, { forPages: true });
}

/** The seed pack grown to `total` entities with generated ones (distinct from the seed's forms). */
export function scaledPack(seed: MatcherPack, total: number): MatcherPack {
  const extra = total - seed.entities.length;
  if (extra <= 0) return seed;
  const taken = new Set(seed.patterns.map(([form]) => form.toLowerCase()));
  const generated = buildMatcherPack(generateEntities(extra, 15, taken));
  const offset = seed.entities.length;
  const pack: MatcherPack = {
    version: seed.version,
    entities: [...seed.entities, ...generated.entities],
    patterns: [
      ...seed.patterns,
      ...generated.patterns.map(([form, entity, kind]): MatcherPack['patterns'][number] => [
        form,
        entity + offset,
        kind,
      ]),
    ],
  };
  pack.compiled = compileForms(pack);
  return pack;
}

/**
 * Stores `pack` as the background publishes it for pages (its index and shards, lib/match/shards.ts);
 * resolves to null when stored, else to the browser's refusal (the storage quota). The whole pack is
 * not stored: pages do not read it.
 */
export async function storePack(browser: Browser, pack: MatcherPack): Promise<string | null> {
  const { index, shards } = splitPack(pack, `bench-${pack.entities.length}-${Date.now().toString(36)}`);
  const quota = await browser.serviceWorker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { QUOTA_BYTES?: number } } } })
      .chrome;
    const granted = await (
      globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }
    ).chrome.permissions.contains({ permissions: ['unlimitedStorage'] });
    return granted ? null : (api.storage.local.QUOTA_BYTES ?? null);
  });
  const bytes = JSON.stringify(index).length + shards.reduce((sum, s) => sum + JSON.stringify(s).length, 0);
  if (quota !== null && bytes > quota)
    return `${(bytes / 1e6).toFixed(1)} MB is over storage.local's quota of ${(quota / 1e6).toFixed(1)} MB`;
  const timeout = new Promise<string>((resolve) =>
    setTimeout(() => resolve(`not stored within ${STORE_TIMEOUT_MS / 1000} s`), STORE_TIMEOUT_MS).unref(),
  );
  const write = async (): Promise<string | null> => {
    // Shards first, in batches of about 2 MB through the DevTools protocol, then the index that names them.
    let batch: Record<string, unknown> = {};
    let size = 0;
    for (const shard of shards) {
      batch[shardKey(shard.shard)] = shard;
      size += JSON.stringify(shard).length;
      if (size > 2e6) {
        const refused = await store(browser, batch);
        if (refused) return refused;
        batch = {};
        size = 0;
      }
    }
    batch[MATCHER_INDEX_KEY] = index;
    return store(browser, batch);
  };
  return Promise.race([timeout, write()]);
}

/** The bytes of the index and shards of `pack`, as stored. */
export function storedBytes(pack: MatcherPack): number {
  const { index, shards } = splitPack(pack, 'size');
  return JSON.stringify(index).length + shards.reduce((sum, s) => sum + JSON.stringify(s).length, 0);
}

const STORE_TIMEOUT_MS = 180_000;

function store(browser: Browser, items: Record<string, unknown>): Promise<string | null> {
  // As one JSON string: the DevTools protocol carries a string far faster than the object's tree.
  return browser.serviceWorker!.evaluate(async (json) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      }
    ).chrome;
    try {
      await api.storage.local.set(JSON.parse(json) as object);
      return null;
    } catch (error) {
      return String(error);
    }
  }, JSON.stringify(items));
}
