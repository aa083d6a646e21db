import 'fake-indexeddb/auto';
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assembleIndex } from '../../lib/corpus-index';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from '../../lib/corpus-index/mini-corpus.fixture';
import type { CorpusIndex } from '../../lib/model';
import { buildPackContent, parsePackSource } from '../../lib/packs/build';
import type { PackContent } from '../../lib/packs/format';
import {
  corrupt,
  forge,
  host,
  INDEX_URL,
  serve,
  subtle,
  type Served,
} from '../../lib/packs/pack-host.fixture';
import { ContextLensDb } from '../../platform/db';
import { readPublished } from '../../test/support/published-pack';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { signPack, type PackInfo } from '../../scripts/pack-build';
import { CorpusService } from './corpus-service';
import { createLibraryHandlers } from './library-handlers';
import { PackService } from './pack-service';

const seed: CorpusIndex = assembleIndex(MINI_ARTICLES, MINI_SENTENCES, MINI_ENTITIES);
const key = generateKeyPairSync('ed25519').privateKey;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);
const info = (version: number): PackInfo => ({
  id: 'grain',
  name: 'Grain desk',
  description: 'Caspian grain news',
  version,
  expiresInDays: 7,
});
const article = (title: string, body: string) =>
  `---\ntitle: ${title}\ndate: 2026-02-01\nsource: Grain Desk\n---\n${body}\n`;

let v1: PackContent;
let v2: PackContent;
beforeAll(async () => {
  const morph = await loadRussianMorphology();
  v1 = buildPackContent(
    [
      parsePackSource('grain', {
        fileName: 'harvest.md',
        text: article(
          'Record harvest in Kostanay',
          'John Harrington of Caspian Grain Holdings said that exports through Aktau would double. Harrington also said the company will invest in storage.',
        ),
      }),
    ],
    morph,
  );
  v2 = buildPackContent(
    [
      ...v1.articles,
      parsePackSource('grain', {
        fileName: 'storage.md',
        text: article(
          'New silos open in Aktau',
          'Maria Volkova of Aktau Silo Company opened the new silos on Monday. Volkova said they hold a million tonnes.',
        ),
      }),
    ],
    morph,
  );
}, 60_000);

let n = 0;
let db: ContextLensDb;
let corpus: CorpusService;
let packs: PackService;
let now = T0;
let served: Map<string, Served>;
let allowed = true;
/** Makes the next index refresh throw, as a pack the index cannot take would. */
let failNextRefresh = false;
beforeEach(async () => {
  fakeBrowser.reset();
  now = T0;
  allowed = true;
  failNextRefresh = false;
  served = serve(signPack(v1, info(1), key, new Date(T0)), 'e1');
  db = new ContextLensDb(`pack-test-${n++}`);
  packs = new PackService({
    db,
    fetch: (url, init) => host(served).fetch(url, init),
    subtle,
    now: () => now,
    mayFetch: () => Promise.resolve(allowed),
    changed: () => {
      if (!failNextRefresh) return corpus.refresh();
      failNextRefresh = false;
      return Promise.reject(new RangeError('Maximum call stack size exceeded'));
    },
  });
  corpus = new CorpusService({ db, seed, storage: fakeBrowser.storage.local, packs: () => packs.held() });
  await corpus.install();
});
afterEach(async () => {
  await db.delete();
});

/** Whether pages find `name` written alone, with the pack the background published. */
const painted = async (name: string) =>
  (await readPublished(fakeBrowser.storage.local))!.find(name).some((m) => m.surface === name);
const titles = async () => (await corpus.index()).articles.map((a) => a.title);

describe('subscribed packs in the background', () => {
  it('subscribes: shows name, size, counts and fingerprint, and the pack’s names are painted', async () => {
    const summary = await packs.subscribe(INDEX_URL);
    expect(summary).toMatchObject({
      id: 'grain',
      name: 'Grain desk',
      version: 1,
      articles: 1,
      enabled: true,
    });
    expect(summary.entities).toBe(v1.entities.length);
    expect(summary.bytes).toBeGreaterThan(1000);
    expect(summary.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await titles()).toContain('Record harvest in Kostanay');
    expect(await painted('John Harrington')).toBe(true);
  });

  it('keeps nothing of a pack the index cannot take, and says why', async () => {
    failNextRefresh = true;
    await expect(packs.subscribe(INDEX_URL)).rejects.toThrow(
      /could not be added to the library \(Maximum call stack size exceeded\)/,
    );
    expect(await packs.list()).toEqual([]);
    expect(await painted('John Harrington')).toBe(false);
    // The next try, with nothing wrong, subscribes as usual.
    expect((await packs.subscribe(INDEX_URL)).name).toBe('Grain desk');
  });

  it('refuses to subscribe without the host permission, storing nothing', async () => {
    allowed = false;
    await expect(packs.subscribe(INDEX_URL)).rejects.toThrow(/not allowed to fetch from packs\.example\.org/);
    expect(await packs.list()).toEqual([]);
  });

  it('updates at expiry, and keeps the version held through a corrupted file and a bad signature', async () => {
    await packs.subscribe(INDEX_URL);
    // Not yet due: nothing is fetched.
    served = new Map();
    expect((await packs.checkDue())[0].lastError).toBeNull();

    now = T0 + 8 * DAY;
    served = serve(signPack(v2, info(2), key, new Date(now)), 'e2');
    const [updated] = await packs.checkDue();
    expect(updated).toMatchObject({ version: 2, articles: 2, lastError: null });
    expect(await titles()).toContain('New silos open in Aktau');
    expect(await painted('Maria Volkova')).toBe(true);

    now += 8 * DAY;
    const v3 = serve(signPack(v1, info(3), key, new Date(now)), 'e3');
    served = corrupt(v3);
    const [afterCorrupt] = await packs.checkAll();
    expect(afterCorrupt.version).toBe(2);
    expect(afterCorrupt.lastError?.message).toMatch(/corrupted/);
    expect(await titles()).toContain('New silos open in Aktau');

    served = forge(v3);
    const [afterForged] = await packs.checkAll();
    expect(afterForged.version).toBe(2);
    expect(afterForged.lastError?.message).toMatch(/signature/);

    served = new Map();
    expect((await packs.checkAll())[0].lastError?.message).toMatch(/HTTP 404/);
    expect(await painted('Maria Volkova')).toBe(true);
  });

  it('disables without deleting, and unsubscribes without touching the reader’s own articles', async () => {
    const library = createLibraryHandlers({ corpus, db, morph: loadRussianMorphology, now: () => now });
    const own = await library.addArticles({
      items: [{ label: 'mine', text: 'Grain talks\n\nPresident Tokayev met Anna Petrova of Kostanay Agro.' }],
    });
    expect(own.added).toHaveLength(1);
    await packs.subscribe(INDEX_URL);
    expect(await titles()).toEqual(expect.arrayContaining(['Grain talks', 'Record harvest in Kostanay']));

    expect((await packs.setEnabled('grain', false)).enabled).toBe(false);
    expect(await titles()).not.toContain('Record harvest in Kostanay');
    expect(await painted('John Harrington')).toBe(false);
    expect(await db.packData.get('grain')).toBeDefined();
    await packs.setEnabled('grain', true);
    expect(await painted('John Harrington')).toBe(true);

    await packs.unsubscribe('grain');
    expect(await packs.list()).toEqual([]);
    expect(await db.packData.count()).toBe(0);
    const index = await corpus.index();
    expect(index.articles.map((a) => a.title)).toContain('Grain talks');
    expect(index.articles.some((a) => a.pack)).toBe(false);
    expect(await painted('John Harrington')).toBe(false);
    expect(await db.articles.get(own.added[0].id)).toBeDefined();
  });
});
