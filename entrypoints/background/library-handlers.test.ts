import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MATCHER_INDEX_KEY } from '../../lib/match/shards';
import { MINI_SEED, freshDbEach, installedLibrary } from '../../test/support/background-library';
import { readPublished } from '../../test/support/published-pack';
import { loadRussianMorphology } from '../../scripts/node-morph';
import type { ContextLensDb } from '../../platform/db';
import { EXPORT_VERSION, buildLibraryExport, type LibraryExport } from '../../lib/library-export';
import { loadSettings, saveSettings } from '../../platform/settings';
import { CorpusService } from './corpus-service';
import { createLibraryHandlers, type LibraryHandlers } from './library-handlers';

const seed = MINI_SEED;
const ARTICLE = [
  'Аграрный форум в Астане',
  '',
  'Министр сельского хозяйства Марат Ахметов встретился с делегацией фермеров из Костаная.',
  '',
  'Президент Касым-Жомарт Токаев поручил Марату Ахметову поддержать экспорт зерна.',
].join('\n');
const ENGLISH =
  'Grain exports grow\n\nJohn Harrington of Caspian Grain Holdings said that exports through Aktau would double after President Tokayev met the board. Harrington also said that the company will invest in storage.';

const currentDb = freshDbEach('library-test');
let db: ContextLensDb;
let corpus: CorpusService;
let library: LibraryHandlers;
beforeEach(async () => {
  db = currentDb();
  ({ corpus, library } = await installedLibrary(db, { now: () => Date.UTC(2026, 0, 30) }));
}, 60_000);

/** A format-1 file (one JSON object), as the extension wrote them before format 2: still imported. */
async function exportV1(): Promise<LibraryExport> {
  const articles = await db.articles.where('origin').equals('user').toArray();
  const ids = articles.map((a) => a.id);
  const mentions = await db.mentions.where('articleId').anyOf(ids).toArray();
  return buildLibraryExport(
    {
      articles,
      sentences: await db.sentences.where('articleId').anyOf(ids).toArray(),
      entities: await db.entities.where('origin').equals('user').toArray(),
      mentions: mentions.map(({ id: _key, ...m }) => m),
      settings: await loadSettings(),
    },
    new Date(Date.UTC(2026, 0, 30)),
  );
}

/** The entity pages find for `name` written alone, with the pack the background published. */
const paintedAs = async (name: string) =>
  (await readPublished(fakeBrowser.storage.local))!.find(name).find((m) => m.surface === name)?.id;
const publishedIds = async () => (await readPublished(fakeBrowser.storage.local))!.entities.map((e) => e.id);

describe('library handlers', () => {
  it('adds a pasted article: stored, its new entity published to the content scripts, its mentions counted', async () => {
    const result = await library.addArticles({ items: [{ label: 'pasted text', text: ARTICLE }] });
    expect(result.refused).toEqual([]);
    expect(result.added).toHaveLength(1);
    expect(result.newEntities).toBeGreaterThan(0);
    const stored = await db.articles.get(result.added[0].id);
    expect(stored).toMatchObject({
      origin: 'user',
      title: 'Аграрный форум в Астане',
      addedAt: Date.UTC(2026, 0, 30),
    });
    const akhmetov = await paintedAs('Марата Ахметова');
    expect(akhmetov).toBeDefined();
    const index = await corpus.index();
    const stats = index.stats.find((s) => s.entityId === akhmetov)!;
    expect(stats.mentionCount).toBe(2);
    expect(stats.related.map((r) => r.entityId)).toContain('tokayev');
  });

  it('removes an article with the entities only it named, keeping those another article names', async () => {
    const a = await library.addArticles({ items: [{ label: 'a', text: ARTICLE }] });
    const b = await library.addArticles({
      items: [{ label: 'b', text: 'Экспорт зерна\n\nМинистр Марат Ахметов рассказал об урожае.' }],
    });
    expect(b.added).toHaveLength(1);
    const akhmetov = (await paintedAs('Марат Ахметов'))!;
    expect(await db.mentions.where('entityId').equals(akhmetov).count()).toBe(3);
    // Астана (named only in a's headline) and Костанай, named only in a, go with it; Ахметов stays.
    expect(await library.removeArticles({ ids: [a.added[0].id] })).toEqual({ articles: 1, entities: 2 });
    expect(await db.entities.get(akhmetov)).toBeDefined();
    expect(await db.sentences.where('articleId').equals(a.added[0].id).count()).toBe(0);
    expect(await library.removeArticles({ ids: [b.added[0].id] })).toEqual({ articles: 1, entities: 1 });
    expect(await publishedIds()).not.toContain(akhmetov);
    expect(await db.entities.count()).toBe(seed.entities.length);
  });

  it('exports, wipes and imports back exactly what the reader had, settings included', async () => {
    await library.addArticles({
      items: [
        { label: 'a', text: ARTICLE },
        { label: 'b', text: ENGLISH, url: 'https://news.example.com/grain' },
      ],
    });
    await saveSettings({ style: 'background', disabledSites: ['example.org'], hoverDelayMs: 0 });
    const exported = await exportV1();
    expect(exported.version).toBe(EXPORT_VERSION);
    expect(exported.articles).toHaveLength(2);
    const text = JSON.stringify(exported);

    const wiped = await library.wipeLibrary(undefined);
    expect(wiped.articles).toBe(2);
    expect(await db.articles.where('origin').equals('user').count()).toBe(0);
    expect(await db.entities.where('origin').equals('user').count()).toBe(0);
    await saveSettings({ style: 'underline', disabledSites: [] });

    expect(await library.importLibrary({ text })).toEqual({
      articles: 2,
      entities: exported.entities.length,
    });
    const again = await exportV1();
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    expect((await loadSettings()).style).toBe('background');
    expect(await paintedAs('John Harrington')).toBeDefined();
  });

  it('refuses a damaged file or one from a newer version, and changes nothing', async () => {
    await library.addArticles({ items: [{ label: 'a', text: ARTICLE }] });
    const good = await exportV1();
    const before = await db.articles.count();
    await expect(library.importLibrary({ text: JSON.stringify(good).slice(0, 200) })).rejects.toThrow(
      /not valid JSON/,
    );
    await expect(
      library.importLibrary({ text: JSON.stringify({ ...good, version: EXPORT_VERSION + 1 }) }),
    ).rejects.toThrow(/newer version/);
    const broken = { ...good, mentions: [{ ...good.mentions[0], articleId: 'user-unknown' }] };
    await expect(library.importLibrary({ text: JSON.stringify(broken) })).rejects.toThrow(
      /mention 1 is damaged/,
    );
    await expect(library.importLibrary({ text: '{"hello": 1}' })).rejects.toThrow(/not a Context Lens/);
    expect(await db.articles.count()).toBe(before);
  });

  it('refuses what is not an article and keeps the library as it was', async () => {
    const result = await library.addArticles({
      items: [
        {
          label: 'notes.txt',
          text: 'Das ist ein deutscher Text über den Export von Getreide, und er ist nicht für diese Bibliothek gedacht, weil sie nur Russisch und Englisch liest.',
        },
      ],
    });
    expect(result.added).toEqual([]);
    expect(result.refused[0]).toMatchObject({
      label: 'notes.txt',
      language: 'deu',
      reason: expect.stringMatching(/reads as German/),
    });
    expect(await db.articles.where('origin').equals('user').count()).toBe(0);
  });

  it('reads an article again in the language the reader says: names only drops what it discovered, Russian finds it again', async () => {
    const added = await library.addArticles({ items: [{ label: 'a', text: ARTICLE }] });
    const id = added.added[0].id;
    const akhmetov = () => paintedAs('Марата Ахметова');
    expect(await akhmetov()).toBeDefined();

    const namesOnly = await library.setArticleReading({ id, reading: 'names-only' });
    expect(namesOnly).toEqual({ articles: 1, entities: 0 });
    expect(await db.articles.get(id)).toMatchObject({ namesOnly: true, addedAt: Date.UTC(2026, 0, 30) });
    expect(await akhmetov()).toBeUndefined();
    // The known names are still found in it.
    const mentions = await db.mentions.where('articleId').equals(id).toArray();
    expect(mentions.map((m) => m.entityId)).toContain('tokayev');

    const russian = await library.setArticleReading({ id, reading: 'ru' });
    expect(russian.entities).toBeGreaterThan(0);
    expect((await db.articles.get(id))?.namesOnly).toBeUndefined();
    const again = await akhmetov();
    expect(again).toBeDefined();
    const index = await corpus.index();
    expect(index.stats.find((s) => s.entityId === again)!.mentionCount).toBe(2);
  });

  it('adds an article in another language for names only when the reader asks', async () => {
    const kazakh =
      'Астанада жаңа мектеп ашылды\n\nЕлордада бір мың екі жүз оқушыға арналған жаңа мектеп ашылды. Мектепте заманауи зертханалар, кітапхана және спорт залы бар. Ашылу салтанатына Касым-Жомарт Токаев қатысты.';
    const refused = await library.addArticles({ items: [{ label: 'kk.txt', text: kazakh }] });
    expect(refused.refused[0]).toMatchObject({ language: 'kaz', reason: expect.stringMatching(/Kazakh/) });
    const kept = await library.addArticles({
      items: [{ label: 'kk.txt', text: kazakh, reading: 'names-only' }],
    });
    expect(kept.added).toHaveLength(1);
    expect(kept.newEntities).toBe(0);
    expect(await db.articles.get(kept.added[0].id)).toMatchObject({ namesOnly: true, language: 'kaz' });
    const mentions = await db.mentions.where('articleId').equals(kept.added[0].id).toArray();
    expect(mentions.map((m) => m.surface)).toEqual(['Касым-Жомарт Токаев']);
  });

  describe('import is validated fully and is all or nothing, settings included', () => {
    async function libraryWithOneArticle() {
      await library.addArticles({
        items: [{ label: 'a', text: ENGLISH, url: 'https://news.example.com/a' }],
      });
      await saveSettings({ style: 'background', disabledSites: ['old.example'] });
      const file = await exportV1();
      const before = {
        articles: (await db.articles.where('origin').equals('user').toArray()).map((a) => a.id).sort(),
        entities: await db.entities.count(),
        mentions: await db.mentions.count(),
        settings: await loadSettings(),
      };
      return { file, before };
    }
    const state = async () => ({
      articles: (await db.articles.where('origin').equals('user').toArray()).map((a) => a.id).sort(),
      entities: await db.entities.count(),
      mentions: await db.mentions.count(),
      settings: await loadSettings(),
    });
    /** The exported file with a second article of its own and new settings, ready to import. */
    function grown(file: LibraryExport) {
      const article = { ...file.articles[0], id: 'user-second', title: 'Second' };
      return {
        ...file,
        settings: { ...file.settings, style: 'underline' as const, disabledSites: ['new.example'] },
        articles: [...file.articles, article],
        sentences: [
          ...file.sentences,
          ...file.sentences
            .filter((x) => x.articleId === file.articles[0].id)
            .map((x) => ({ ...x, articleId: article.id })),
        ],
        mentions: [
          ...file.mentions,
          ...file.mentions
            .filter((m) => m.articleId === file.articles[0].id)
            .map((m) => ({ ...m, articleId: article.id })),
        ],
      };
    }

    it('a write that fails midway leaves the old library and the old settings', async () => {
      const { file, before } = await libraryWithOneArticle();
      const next = grown(file);
      const realBulkAdd = db.mentions.bulkAdd.bind(db.mentions);
      db.mentions.bulkAdd = (async () => {
        throw new Error('QuotaExceededError: the disk is full');
      }) as unknown as typeof db.mentions.bulkAdd;
      await expect(library.importLibrary({ text: JSON.stringify(next) })).rejects.toThrow(/disk is full/);
      db.mentions.bulkAdd = realBulkAdd;
      expect(await state()).toEqual(before);
    });

    it('settings that cannot be written leave the old library untouched', async () => {
      const { file, before } = await libraryWithOneArticle();
      const next = grown(file);
      const area = fakeBrowser.storage.local;
      const realSet = area.set.bind(area);
      area.set = async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      };
      await expect(library.importLibrary({ text: JSON.stringify(next) })).rejects.toThrow(/quota/);
      area.set = realSet;
      expect(await state()).toEqual(before);
    });

    it.each([
      [
        'an address that is not http(s)',
        (f: LibraryExport) => (f.articles[0].url = 'javascript:alert(1)'),
        /not http\(s\)/,
      ],
      [
        'an entity id that is not a slug',
        (f: LibraryExport) => (f.entities[0].id = '../../x'),
        /entity 1 has no valid id/,
      ],
      [
        'a mention with a bad entity id',
        (f: LibraryExport) => (f.mentions[0].entityId = 'A B'),
        /mention 1 is damaged/,
      ],
      [
        'an article listed twice',
        (f: LibraryExport) => f.articles.push(f.articles[0]),
        /lists the article .* twice/,
      ],
      [
        'an entity listed twice',
        (f: LibraryExport) => f.entities.push(f.entities[0]),
        /lists the entity .* twice/,
      ],
      [
        'a title of 100,000 characters',
        (f: LibraryExport) => (f.articles[0].title = 'x'.repeat(100_000)),
        /lacks a title/,
      ],
      [
        'an entity whose form is "The"',
        (f: LibraryExport) => f.entities[0].forms.push({ text: 'The', kind: 'full', lang: 'en' }),
        /common word/,
      ],
      [
        'a form of one letter',
        (f: LibraryExport) => f.entities[0].forms.push({ text: 'X', kind: 'full', lang: 'en' }),
        /shorter than three/,
      ],
      [
        'a list longer than an import takes',
        (f: LibraryExport) => (f.articles = new Array(20_001).fill(f.articles[0])),
        /an import takes up to/,
      ],
    ])('refuses %s with a message, and changes nothing', async (_, damage, message) => {
      const { file, before } = await libraryWithOneArticle();
      expect(file.entities.length).toBeGreaterThan(0);
      const next = structuredClone(grown(file));
      damage(next);
      await expect(library.importLibrary({ text: JSON.stringify(next) })).rejects.toThrow(message);
      expect(await state()).toEqual(before);
    });

    it('a pasted or extracted article keeps only an http(s) address', async () => {
      const result = await library.addArticles({
        items: [
          { label: 'x', text: ENGLISH, url: 'javascript:alert(document.cookie)' },
          { label: 'y', text: `url: data:text/html,hi\ntitle: Header\n\n${ARTICLE}` },
        ],
      });
      expect(result.added).toHaveLength(2);
      for (const a of await db.articles.where('origin').equals('user').toArray()) expect(a.url).toBeNull();
    });
  });
});

describe('a storage that refuses the pack', () => {
  it('keeps the added article and the pages’ previous pack, and the status says the names are not on pages', async () => {
    const before = (await fakeBrowser.storage.local.get(MATCHER_INDEX_KEY))[MATCHER_INDEX_KEY];
    const storage = fakeBrowser.storage.local;
    const full = new CorpusService({
      db,
      seed,
      storage: {
        get: (key) => storage.get(key),
        remove: (keys) => storage.remove(keys),
        set: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
      },
    });
    const handlers = createLibraryHandlers({ corpus: full, db, morph: loadRussianMorphology, now: () => 0 });
    const result = await handlers.addArticles({ items: [{ label: 'pasted text', text: ARTICLE }] });
    expect(result.added).toHaveLength(1);
    expect(await db.articles.get(result.added[0].id)).toBeDefined();
    expect((await storage.get(MATCHER_INDEX_KEY))[MATCHER_INDEX_KEY]).toEqual(before);
    expect(full.publishProblem).toBe('quota');
  });
});
