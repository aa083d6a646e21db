// The scale bench: the same pages with libraries of 80, 5,000 and 50,000 entities. The 80 are the seed
// library as the extension publishes it; the larger ones add generated entities (library-gen.ts) and are
// stored under `matcherPack` as the background would store them.
import { compileForms } from '../lib/match/compile';
import type { MatcherPack } from '../lib/model';
import { buildMatcherPack } from '../lib/corpus-index/pack';
import type { Browser } from '../test/e2e/harness';
import { generateEntities } from './library-gen';

export const SCALES = [80, 5_000, 50_000];

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
 * Stores `pack` as the extension's matcher pack; resolves to null when stored, else to the browser's
 * refusal (the storage quota).
 */
export async function storePack(browser: Browser, pack: MatcherPack): Promise<string | null> {
  // A pack past the quota would be refused; sending it first (tens of MB through the DevTools protocol)
  // took longer than the rest of the bench.
  const quota = await browser.serviceWorker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { QUOTA_BYTES?: number } } } })
      .chrome;
    const granted = await (
      globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }
    ).chrome.permissions.contains({ permissions: ['unlimitedStorage'] });
    return granted ? null : (api.storage.local.QUOTA_BYTES ?? null);
  });
  const bytes = JSON.stringify(pack).length;
  if (quota !== null && bytes > quota)
    return `${(bytes / 1e6).toFixed(1)} MB is over storage.local's quota of ${(quota / 1e6).toFixed(1)} MB`;
  const timeout = new Promise<string>((resolve) =>
    setTimeout(() => resolve(`not stored within ${STORE_TIMEOUT_MS / 1000} s`), STORE_TIMEOUT_MS).unref(),
  );
  return Promise.race([timeout, store(browser, pack)]);
}

const STORE_TIMEOUT_MS = 180_000;

function store(browser: Browser, pack: MatcherPack): Promise<string | null> {
  return browser.serviceWorker!.evaluate(async (pack) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      }
    ).chrome;
    try {
      await api.storage.local.set({ matcherPack: pack });
      return null;
    } catch (error) {
      return String(error);
    }
  }, pack);
}
