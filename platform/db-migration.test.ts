import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../lib/model';
import { ContextLensDb, SCHEMA_VERSIONS } from './db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as a previous release of the extension left it: only the schemas up to `version`. */
async function openAtVersion(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) declared.upgrade(schema.upgrade);
  }
  await db.open();
  return db;
}

const article = (id: string, origin: Article['origin']): Article => ({
  id,
  title: `Article ${id}`,
  date: '2025-10-07',
  source: 'El.kz',
  author: null,
  lang: 'ru',
  url: null,
  paragraphs: ['Касым-Жомарт Токаев принял участие в саммите ОТГ.'],
  origin,
});

describe('schema migrations', () => {
  it('opens a version 1 database at the latest version, keeping every row, dating the reader’s articles and heading every article', async () => {
    const name = `migration-v1-${Date.now()}`;
    names.push(name);
    const v1 = await openAtVersion(name, 1);
    expect(v1.verno).toBe(1);
    await v1.table('articles').bulkAdd([article('seed-000', 'seed'), article('user-0a1b', 'user')]);
    await v1.table('sentences').add({
      articleId: 'user-0a1b',
      index: 0,
      paragraph: 0,
      text: 'Касым-Жомарт Токаев принял участие в саммите ОТГ.',
    });
    await v1.table('mentions').add({
      entityId: 'tokayev',
      articleId: 'user-0a1b',
      sentence: 0,
      start: 0,
      end: 19,
      surface: 'Касым-Жомарт Токаев',
    });
    await v1.table('meta').put({ key: 'seedFingerprint', value: '1:abc' });
    await v1.table('entities').add({
      id: 'tokayev',
      type: 'person',
      name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
      description: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
      forms: [{ text: 'Токаев', kind: 'surname', lang: 'ru' }],
      links: [],
      origin: 'seed',
    });
    v1.close();

    const db = new ContextLensDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.articles.count()).toBe(2);
    expect(await db.sentences.get(['user-0a1b', 0])).toMatchObject({
      text: expect.stringContaining('Токаев'),
    });
    expect(await db.mentions.where('articleId').equals('user-0a1b').count()).toBe(1);
    expect((await db.meta.get('seedFingerprint'))?.value).toBe('1:abc');
    // The reader's article is now listed by when it was added (unknown: 0), the seed's are not.
    expect((await db.articles.orderBy('addedAt').toArray()).map((a) => a.id)).toEqual(['user-0a1b']);
    expect((await db.articles.get('user-0a1b'))?.addedAt).toBe(0);
    expect((await db.articles.get('seed-000'))?.addedAt).toBeUndefined();
    // Each article's head is built from it and its mentions, without its text.
    expect(await db.articleHeads.get('user-0a1b')).toMatchObject({
      title: 'Article user-0a1b',
      entityCount: 1,
    });
    expect(await db.articleHeads.get('seed-000')).toMatchObject({ entityCount: 0 });
    expect(await db.articleHeads.get('seed-000')).not.toHaveProperty('paragraphs');
    expect(await db.entityCounts.toArray()).toEqual([{ id: 'tokayev', mentions: 1, articles: 1 }]);
    expect(await db.entityHeads.toArray()).toEqual([
      {
        id: 'tokayev',
        type: 'person',
        name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
        origin: 'seed',
      },
    ]);
    db.close();
  });

  it('gives a version 4 database’s pack heads their entities and counts', async () => {
    const name = `migration-v4-${Date.now()}`;
    names.push(name);
    const v4 = await openAtVersion(name, 4);
    const entity = {
      id: 'p-bekova',
      type: 'person',
      name: { en: 'Aigerim Bekova', ru: null },
      description: { en: '', ru: '' },
      forms: [{ text: 'Aigerim Bekova', kind: 'full', lang: 'en' }],
      links: [],
      origin: 'gazetteer',
    };
    const mention = {
      entityId: 'p-bekova',
      articleId: 'pack-1',
      sentence: 0,
      start: 0,
      end: 14,
      surface: 'Aigerim Bekova',
    };
    await v4.table('packData').put({
      id: 'news',
      content: {
        articles: [article('pack-1', 'seed')],
        sentences: [],
        entities: [entity],
        mentions: [mention, mention],
      },
    });
    // As version 4 wrote it: the articles' heads only.
    await v4.table('packHeads').put({ id: 'news', articles: [] });
    v4.close();

    const db = new ContextLensDb(name);
    await db.open();
    expect(await db.packHeads.get('news')).toMatchObject({
      articles: [{ id: 'pack-1', pack: 'news', entityCount: 1 }],
      entities: [
        { id: 'p-bekova', type: 'person', name: { en: 'Aigerim Bekova', ru: null }, origin: 'gazetteer' },
      ],
      named: [['p-bekova', [['pack-1', 2]]]],
    });
    db.close();
  });

  it('declares every version once, in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
