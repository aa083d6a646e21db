import 'fake-indexeddb/auto';
import { freshDbEach, installedLibrary } from '../test/support/background-library';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CorpusService } from '../entrypoints/background/corpus-service';
import type { CorpusIndex, Entity } from '../lib/model';
import type { PackContent } from '../lib/packs/format';
import type { PackRecord } from '../lib/packs/state';
import type { LibraryIndex, Passage } from '../lib/view-model';
import { createIndexView } from '../lib/views/index-view';
import type { ContextLensDb } from './db';
import { headOf } from './derived-tables';
import { readEntityOutline, readEntityPassages } from './entity-page';
import {
  readArticlePart,
  readDirectory,
  readDirectoryEntities,
  readLibraryIndex,
  readShelf,
} from './library-index';
import { entityCounts } from '../lib/views/entity-counts';
import { currentStats } from './stats-rows';

const ARTICLES = [
  [
    'Аграрный форум в Астане',
    '',
    'Министр сельского хозяйства Марат Ахметов встретился с делегацией фермеров из Костаная.',
    '',
    'Президент Касым-Жомарт Токаев поручил министру Марату Ахметову поддержать экспорт зерна.',
  ].join('\n'),
  [
    'Talks in Baku',
    '',
    'Kassym-Jomart Tokayev and Ilham Aliyev discussed the Middle Corridor in Baku on Monday.',
    '',
    'Ilham Aliyev said the Organization of Turkic States would meet again in Astana.',
    '',
    // Named twice in one sentence: the sentence is still one shared with each other entity in it.
    'Ilham Aliyev thanked Kassym-Jomart Tokayev, and Ilham Aliyev invited him back to Baku.',
  ].join('\n'),
];

/** A pack naming a known entity (merged into it) and one of its own, in one sentence together. */
function pack(): { record: PackRecord; content: PackContent } {
  const id = 'news';
  const text = 'Kassym-Jomart Tokayev met Aigerim Bekova of the Steppe Fund in Almaty.';
  const entity = (eid: string, en: string): Entity => ({
    id: eid,
    type: 'person',
    name: { en, ru: null },
    description: { en: 'A pack’s entity', ru: 'Из пакета' },
    forms: [{ text: en, kind: 'full', lang: 'en' }],
    links: [],
    origin: 'gazetteer',
  });
  const articleId = `pack-${id}-1`;
  return {
    record: {
      id,
      url: 'https://packs.example/news/pack.json',
      manifest: { name: 'News pack', version: '1' },
      fingerprint: 'f',
      etag: null,
      bytes: 1,
      enabled: true,
      subscribedAt: 1,
      updatedAt: 1,
    } as unknown as PackRecord,
    content: {
      articles: [
        {
          id: articleId,
          title: 'Almaty meeting',
          date: '2026-01-05',
          source: 'Pack News',
          author: null,
          lang: 'en',
          url: null,
          paragraphs: [text],
          origin: 'seed',
        },
      ],
      sentences: [{ articleId, index: 0, paragraph: 0, text }],
      entities: [entity('p-tokayev', 'Kassym-Jomart Tokayev'), entity('p-bekova', 'Aigerim Bekova')],
      mentions: [
        {
          entityId: 'p-tokayev',
          articleId,
          sentence: 0,
          start: 0,
          end: 21,
          surface: 'Kassym-Jomart Tokayev',
        },
        { entityId: 'p-bekova', articleId, sentence: 0, start: 26, end: 40, surface: 'Aigerim Bekova' },
      ],
    },
  };
}

/** What an entity's page shows, computed from the whole index: the oracle. */
function wholePage(library: LibraryIndex, id: string) {
  const view = createIndexView(library.index);
  const stats = view.stats.get(id);
  const groups = new Map<string, Passage[]>();
  for (const p of view.allPassages(id)) groups.set(p.articleId, [...(groups.get(p.articleId) ?? []), p]);
  const date = (a: string) => view.articles.get(a)?.date ?? '';
  return {
    entity: view.entities.get(id),
    mentionCount: stats?.mentionCount ?? 0,
    articleCount: stats?.articleCount ?? 0,
    related: (stats?.related ?? []).map((r) => ({ ...r, name: view.entities.get(r.entityId)?.name })),
    groups: [...groups].sort(([a], [b]) => date(b).localeCompare(date(a))),
    mentions: view.mentions(id),
  };
}

/** What the entity's page shows from its outline, once every group's passages are read. */
async function outlinePage(id: string) {
  // One article's passages with the outline: the others are read as the page would read them.
  const outline = await readEntityOutline(db, id, 1);
  const rest = outline.groups.map((g) => g.article.id).filter((a) => !outline.passages.has(a));
  const passages = new Map([...outline.passages, ...(await readEntityPassages(db, id, rest))]);
  const names = new Map(outline.related.map((e) => [e.id, e.name]));
  return {
    page: {
      entity: outline.entity,
      mentionCount: outline.stats?.mentionCount ?? 0,
      articleCount: outline.stats?.articleCount ?? 0,
      related: (outline.stats?.related ?? []).map((r) => ({ ...r, name: names.get(r.entityId) })),
      groups: outline.groups.map((g): [string, Passage[]] => [
        g.article.id,
        passages.get(g.article.id) ?? [],
      ]),
      mentions: outline.mentions,
    },
    readLater: rest.length,
  };
}

const currentDb = freshDbEach('library-index-test');
let db: ContextLensDb;
beforeEach(() => {
  db = currentDb();
});

async function library(withPack: boolean): Promise<CorpusService> {
  const { corpus, library: handlers } = await installedLibrary(db);
  await handlers.addArticles({ items: ARTICLES.map((text, k) => ({ label: `${k}.txt`, text })) });
  if (withPack) {
    const { record, content } = pack();
    await db.packs.put(record);
    await db.packData.put({ id: record.id, content });
  }
  return corpus;
}

describe('an entity’s page read from its outline and its articles’ passages', () => {
  for (const [withPack, stored] of [
    [false, false],
    [false, true],
    [true, false],
  ]) {
    it(`shows what the whole index shows, for every entity (${withPack ? 'with a pack' : 'no pack'}, statistics ${stored ? 'stored' : 'not stored'})`, async () => {
      const corpus = await library(withPack);
      if (stored) await corpus.persistStats();
      expect(Boolean(await currentStats(db, 'tokayev'))).toBe(stored);
      const whole = await readLibraryIndex(db);
      const ids = whole.index.entities.map((e) => e.id);
      // The library's own and discovered entities are there, each with something to show.
      expect(whole.index.entities.some((e) => e.origin === 'user')).toBe(true);
      let withRelated = 0;
      for (const id of ids) {
        const expected = wholePage(whole, id);
        const { page, readLater } = await outlinePage(id);
        expect(page, id).toEqual(expected);
        // With a pack the outline brings every passage; without, those of its first articles.
        if (withPack) expect(readLater).toBe(0);
        else expect(readLater).toBe(Math.max(0, new Set(expected.mentions.map((m) => m.articleId)).size - 1));
        if (expected.related.length > 0) withRelated++;
      }
      expect(withRelated).toBeGreaterThan(3);
      if (withPack) {
        const tokayev = wholePage(await readLibraryIndex(db), 'tokayev');
        expect(tokayev.groups.flatMap(([, list]) => list.map((p) => p.source))).toContain('Pack News');
        expect((await outlinePage('tokayev')).page.related.map((r) => r.name?.en)).toContain(
          'Aigerim Bekova',
        );
      }
      // An entity the library does not have: no entity, nothing to show.
      expect((await outlinePage('nobody')).page.entity).toBeUndefined();
    }, 60_000);
  }
});

describe('the shelf', () => {
  for (const withPack of [false, true]) {
    it(`lists every article of the whole index without its text, with its entities counted (${withPack ? 'with' : 'without'} a pack)`, async () => {
      await library(withPack);
      const whole = await readLibraryIndex(db);
      const named = new Map<string, Set<string>>();
      for (const m of whole.index.mentions)
        named.set(m.articleId, (named.get(m.articleId) ?? new Set()).add(m.entityId));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      const shelf = await readShelf(db);
      expect(shelf.articles.sort(byId)).toEqual(
        whole.articles.map((a) => headOf(a, named.get(a.id)?.size ?? 0)).sort(byId),
      );
      expect(shelf.articles.some((a) => a.entityCount >= 2)).toBe(true);
      expect(shelf.articles.every((a) => !('paragraphs' in a))).toBe(true);
      expect(shelf.articles.some((a) => a.pack === 'news')).toBe(withPack);
    });
  }
});

describe('the entity directory', () => {
  for (const withPack of [false, true]) {
    it(`lists every entity of the whole index with its counts (${withPack ? 'with' : 'without'} a pack)`, async () => {
      await library(withPack);
      const whole = await readLibraryIndex(db);
      const directory = await readDirectory(db);
      const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
      expect(ids(directory.entities)).toEqual(ids(whole.index.entities));
      expect(directory.entities.every((e) => !('forms' in e))).toBe(true);
      // The search reads them whole, as the index has them.
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect((await readDirectoryEntities(db)).sort(byId)).toEqual([...whole.index.entities].sort(byId));
      expect(directory.counts).toEqual(entityCounts(whole.index.mentions));
      expect([...directory.counts.values()].some((c) => c.articles >= 2)).toBe(true);
    });
  }
});

describe('the directory with packs', () => {
  it('counts a pack’s copy of an article the library holds once, as the library’s', async () => {
    await library(true);
    const own = (await readShelf(db)).articles.find((a) => !a.pack)!;
    const { record, content } = pack();
    // The pack also carries the reader's article, naming its own person in it.
    const copy = { ...content.articles[0], id: own.id };
    const mention = { ...content.mentions[1], articleId: own.id };
    await db.packData.put({
      id: record.id,
      content: {
        ...content,
        articles: [...content.articles, copy],
        sentences: [...content.sentences, { ...content.sentences[0], articleId: own.id, index: 99 }],
        mentions: [...content.mentions, { ...mention, sentence: 99 }],
      },
    });
    const whole = await readLibraryIndex(db);
    const directory = await readDirectory(db);
    expect(directory.counts).toEqual(entityCounts(whole.index.mentions));
    expect(directory.counts.get('p-bekova')).toEqual({ mentions: 1, articles: 1 });
    expect(whole.index.mentions.some((m) => m.articleId === own.id && m.entityId === 'p-bekova')).toBe(false);
  });
});

describe('an article’s page read from its own part', () => {
  for (const withPack of [false, true]) {
    it(`shows what the whole index shows, for every article (${withPack ? 'with' : 'without'} a pack)`, async () => {
      await library(withPack);
      const whole = await readLibraryIndex(db);
      /** What the article page reads of an index: the article, its sentences and mentions, their entities. */
      const shown = (index: CorpusIndex, id: string) => {
        const mentions = index.mentions.filter((m) => m.articleId === id);
        const named = new Set(mentions.map((m) => m.entityId));
        return {
          article: index.articles.find((a) => a.id === id),
          sentences: index.sentences.filter((s) => s.articleId === id).sort((a, b) => a.index - b.index),
          mentions: [...mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start),
          entities: index.entities.filter((e) => named.has(e.id)).sort((a, b) => a.id.localeCompare(b.id)),
        };
      };
      for (const { id } of whole.articles) {
        const part = await readArticlePart(db, id);
        const expected = shown(whole.index, id);
        expect(shown(part.index, id), id).toEqual(expected);
        expect(expected.mentions.length, id).toBeGreaterThan(0);
      }
      expect(
        (await readArticlePart(db, 'nothing')).index.articles.find((a) => a.id === 'nothing'),
      ).toBeUndefined();
    });
  }
});
