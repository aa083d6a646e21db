import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MATCHER_PACK_VERSION, assembleIndex } from '../../lib/corpus-index';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from '../../lib/corpus-index/mini-corpus.fixture';
import type { CorpusIndex } from '../../lib/model';
import { ContextLensDb } from '../../platform/db';
import type { TrustContext } from '../../platform/guard';
import { backgroundMessaging } from '../../platform/extension-messages';
import { MATCHER_INDEX_KEY, type PageIndex } from '../../lib/match/shards';
import { LEGACY_MATCHER_PACK_KEY } from '../../platform/settings';
import { readPublished } from '../../test/support/published-pack';
import { CorpusService } from './corpus-service';
import { answerMessage, createBackgroundHandlers, registerBackgroundHandlers } from './handlers';

const seed: CorpusIndex = assembleIndex(MINI_ARTICLES, MINI_SENTENCES, MINI_ENTITIES);
const trust: TrustContext = {
  extensionId: fakeBrowser.runtime.id,
  extensionOrigin: fakeBrowser.runtime.getURL('/'),
};
const popup = { id: trust.extensionId, url: fakeBrowser.runtime.getURL('/popup.html') };
const contentScript = { id: trust.extensionId, url: 'https://news.example.com/story', tab: { id: 5 } };

let n = 0;
let db: ContextLensDb;
let corpus: CorpusService;

beforeEach(() => {
  fakeBrowser.reset();
  db = new ContextLensDb(`handlers-test-${n++}`);
  corpus = new CorpusService({ db, seed, storage: fakeBrowser.storage.local });
});
afterEach(async () => {
  backgroundMessaging.removeAllListeners();
  await db.delete();
});

const opened: string[] = [];
const openTab = async (url: string) => opened.push(url);

describe('background handlers', () => {
  it('opens the library for a popover link, at the sentence or the entity asked for, and nowhere else', async () => {
    const handlers = createBackgroundHandlers(corpus, openTab, trust.extensionOrigin);
    opened.length = 0;
    await answerMessage(handlers, trust, 'openLibrary', { article: 'seed-002', sentence: 4 }, contentScript);
    await answerMessage(handlers, trust, 'openLibrary', { entity: 'tokayev' }, contentScript);
    expect(opened).toEqual([
      `${trust.extensionOrigin}library.html?article=seed-002&sentence=4`,
      `${trust.extensionOrigin}library.html?entity=tokayev`,
    ]);
    expect(() =>
      answerMessage(
        handlers,
        trust,
        'openLibrary',
        { article: 'https://evil.example/', sentence: 0 },
        contentScript,
      ),
    ).toThrow(/article id/);
    expect(() =>
      answerMessage(handlers, trust, 'openLibrary', { entity: 'tokayev', url: 'x' }, contentScript),
    ).toThrow(/unexpected field/);
    expect(opened).toHaveLength(2);
  });

  it('gives a content script the entity card it asks for, quoting the corpus', async () => {
    const handlers = createBackgroundHandlers(corpus, openTab, trust.extensionOrigin);
    const card = await answerMessage(
      handlers,
      trust,
      'getEntityCard',
      { id: 'tokayev', lang: 'en' },
      contentScript,
    );
    expect(card?.name.en).toBe('Kassym-Jomart Tokayev');
    expect(card?.passages.length).toBeGreaterThan(0);
    for (const passage of card!.passages) {
      expect(passage.marks.map(([s, e]) => passage.text.slice(s, e)).join(' ')).toMatch(/Токаев/);
    }
    expect(
      await answerMessage(handlers, trust, 'getEntityCard', { id: 'nobody', lang: 'en' }, contentScript),
    ).toBeNull();
  });

  it('searches for the popup in both scripts', async () => {
    const handlers = createBackgroundHandlers(corpus, openTab, trust.extensionOrigin);
    for (const query of ['tokayev', 'Токаева']) {
      const results = await answerMessage(handlers, trust, 'search', { query, lang: 'en' }, popup);
      expect(results.entities[0]?.id).toBe('tokayev');
    }
  });

  it('refuses a search from a content script before doing any work', async () => {
    const handlers = createBackgroundHandlers(corpus, openTab, trust.extensionOrigin);
    expect(() =>
      answerMessage(handlers, trust, 'search', { query: 'tokayev', lang: 'en' }, contentScript),
    ).toThrow(/content scripts may not/);
  });

  it('reports what the index holds', async () => {
    const handlers = createBackgroundHandlers(corpus, openTab, trust.extensionOrigin);
    expect(await answerMessage(handlers, trust, 'getStatus', undefined, popup)).toEqual({
      entities: seed.entities.length,
      articles: seed.articles.length,
    });
  });
});

describe('registered listeners', () => {
  async function send(
    message: unknown,
    sender: object,
  ): Promise<{ res?: unknown; err?: { message: string } }> {
    // The listener answers asynchronously through sendResponse (it returns true, not its promise): wait
    // for that answer rather than for a fixed time, which a loaded machine overran.
    const response = new Promise<unknown>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
    });
    return (await response) as { res?: unknown; err?: { message: string } };
  }
  const message = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

  it('answer the extension’s own pages and refuse other senders with a clear error', async () => {
    registerBackgroundHandlers(createBackgroundHandlers(corpus, openTab, trust.extensionOrigin), trust);
    expect((await send(message('getStatus', undefined), popup)).res).toEqual({
      entities: seed.entities.length,
      articles: seed.articles.length,
    });

    const otherExtension = await send(message('getStatus', undefined), { ...popup, id: 'someone-else' });
    expect(otherExtension.err?.message).toMatch(/not this extension/);
    const badPayload = await send(message('getEntityCard', { id: '<script>', lang: 'en' }), contentScript);
    expect(badPayload.err?.message).toMatch(/entity id/);
  });
});

describe('CorpusService', () => {
  const published = () => readPublished(fakeBrowser.storage.local);
  const storedIndex = async () => (await fakeBrowser.storage.local.get(MATCHER_INDEX_KEY))[MATCHER_INDEX_KEY];

  it('on install stores the seed in IndexedDB and publishes the matcher pack', async () => {
    await corpus.install();
    expect(await db.articles.count()).toBe(seed.articles.length);
    expect(await db.mentions.count()).toBe(seed.mentions.length);
    const pack = await published();
    expect(pack?.entities.map((e) => e.id)).toEqual(seed.entities.map((e) => e.id));
    expect(pack?.find('Токаева').map((m) => m.id)).toEqual(['tokayev']);
  });

  it('publishes no whole pack, and takes away the one an older version stored', async () => {
    await fakeBrowser.storage.local.set({
      [LEGACY_MATCHER_PACK_KEY]: { version: 3, entities: [], patterns: [] },
    });
    await corpus.install();
    expect(await fakeBrowser.storage.local.get(LEGACY_MATCHER_PACK_KEY)).toEqual({});
  });

  it('on a wake-up republishes the pack only when storage lost it or holds an older format', async () => {
    await corpus.install();
    const stored = (await storedIndex()) as PageIndex;
    const woken = new CorpusService({ db, seed, storage: fakeBrowser.storage.local });
    await woken.ensureMatcherPack();
    expect(await storedIndex()).toEqual(stored);

    await fakeBrowser.storage.local.remove(MATCHER_INDEX_KEY);
    await woken.ensureMatcherPack();
    expect((await published())?.entities.length).toBe(seed.entities.length);

    await fakeBrowser.storage.local.set({
      [MATCHER_INDEX_KEY]: { ...stored, packVersion: MATCHER_PACK_VERSION - 1 },
    });
    await woken.ensureMatcherPack();
    const republished = await published();
    expect(republished?.index.packVersion).toBe(MATCHER_PACK_VERSION);
    expect(republished?.index.stamp).not.toBe(stored.stamp);
    expect(republished?.find('Токаева').length).toBe(1);
  });

  it('builds the searcher once and reuses it until the index changes', async () => {
    const first = await corpus.searcher();
    expect(await corpus.searcher()).toBe(first);
    await corpus.refresh();
    expect(await corpus.searcher()).toBe(first);

    await db.articles.add({ ...MINI_ARTICLES[1], id: 'user-def', origin: 'user' });
    await corpus.refresh();
    expect(await corpus.searcher()).not.toBe(first);
  });

  it('adds the reader’s own articles from IndexedDB after a refresh', async () => {
    await corpus.install();
    await db.articles.add({ ...MINI_ARTICLES[0], id: 'user-abc', origin: 'user', title: 'My note' });
    await corpus.refresh();
    expect((await corpus.index()).articles.map((a) => a.id)).toContain('user-abc');
    // A new seed build replaces the seed part and keeps the reader's article.
    await new CorpusService({
      db,
      seed: { ...seed, version: seed.version + 1 },
      storage: fakeBrowser.storage.local,
    }).install();
    expect(await db.articles.get('user-abc')).toBeDefined();
  });
});
