import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ArticleHead, Entity, Mention, StoredArticle } from '../lib/model';
import { entityCounts } from '../lib/views/entity-counts';
import { entityHeadOf, headOf } from './derived-tables';
import type { ContextLensDb } from './db';
import { freshDbEach } from '../test/support/background-library';

const currentDb = freshDbEach('derived-tables-test');
const open = async (): Promise<ContextLensDb> => currentDb();

const article = (id: string, title = `Article ${id}`): StoredArticle => ({
  id,
  title,
  date: '2025-10-07',
  source: 'El.kz',
  author: null,
  lang: 'ru',
  url: null,
  paragraphs: ['Касым-Жомарт Токаев принял участие в саммите ОТГ.'],
  origin: 'user',
  addedAt: 1,
});

const mention = (entityId: string, articleId: string, sentence = 0): Mention => ({
  entityId,
  articleId,
  sentence,
  start: 0,
  end: 6,
  surface: 'Токаев',
});

/** The heads as they should be: every article without its text, and its distinct entities counted. */
async function expected(db: ContextLensDb): Promise<ArticleHead[]> {
  const mentions = await db.mentions.toArray();
  return (await db.articles.toArray()).map((a) =>
    headOf(a, new Set(mentions.filter((m) => m.articleId === a.id).map((m) => m.entityId)).size),
  );
}

/** Each entity's counts as they should be, counted from every mention, beside those kept. */
async function counts(db: ContextLensDb) {
  const kept = await db.entityCounts.toArray();
  return {
    kept: new Map(kept.map(({ id, ...c }) => [id, c])),
    counted: entityCounts(await db.mentions.toArray()),
  };
}

describe('the tables derived from articles and mentions', () => {
  it('follow every kind of write to articles and mentions, in any order: heads and entity counts', async () => {
    const db = await open();
    const rw = (f: () => Promise<unknown>) => db.transaction('rw', [db.articles, db.mentions], f);
    await rw(async () => {
      await db.articles.bulkAdd([article('a'), article('b'), article('c')]);
      await db.mentions.bulkAdd([mention('tokayev', 'a'), mention('aliyev', 'a'), mention('tokayev', 'b')]);
    });
    expect(await db.articleHeads.toArray()).toEqual(await expected(db));
    expect((await db.articleHeads.get('a'))?.entityCount).toBe(2);
    let now = await counts(db);
    expect(now.kept).toEqual(now.counted);
    expect(now.kept.get('tokayev')).toEqual({ mentions: 2, articles: 2 });
    expect(await db.articleHeads.get('a')).not.toHaveProperty('paragraphs');

    // Mentions first, then the article they are in; a rereading's put; one entity's mentions removed.
    await rw(async () => {
      await db.mentions.bulkAdd([mention('cica', 'd'), mention('ots', 'd', 1)]);
      await db.articles.add(article('d'));
      await db.articles.put(article('b', 'Retitled'));
      await db.mentions.where('entityId').equals('aliyev').delete();
    });
    expect(await db.articleHeads.toArray()).toEqual(await expected(db));
    expect((await db.articleHeads.get('b'))?.title).toBe('Retitled');
    expect((await db.articleHeads.get('a'))?.entityCount).toBe(1);
    now = await counts(db);
    expect(now.kept).toEqual(now.counted);
    expect(now.kept.has('aliyev')).toBe(false);
    expect(now.kept.get('cica')).toEqual({ mentions: 1, articles: 1 });

    // Outside an explicit transaction, by key, by index, and everything at once.
    await db.articles.bulkDelete(['c']);
    await db.mentions.bulkDelete(
      (await db.mentions.where('articleId').equals('d').primaryKeys()).slice(0, 1),
    );
    await db.articles
      .where('origin')
      .equals('user')
      .modify((a) => void (a.title = `${a.title}!`));
    expect(await db.articleHeads.toArray()).toEqual(await expected(db));
    expect((await db.articleHeads.get('d'))?.title).toBe('Article d!');
    // A second mention of an entity in an article it is already named in counts as a mention, not an article.
    await db.mentions.add(mention('tokayev', 'a', 3));
    now = await counts(db);
    expect(now.kept).toEqual(now.counted);
    expect(now.kept.get('tokayev')).toEqual({ mentions: 3, articles: 2 });

    await rw(async () => {
      await db.mentions.clear();
      await db.articles.clear();
    });
    expect(await db.articleHeads.count()).toBe(0);
    expect(await db.entityCounts.count()).toBe(0);
  });

  it('keep every entity’s head (no forms, no description) with the entities', async () => {
    const db = await open();
    const entity = (id: string, en: string): Entity => ({
      id,
      type: 'person',
      name: { en, ru: null },
      description: { en: 'Someone', ru: 'Кто-то' },
      forms: [{ text: en, kind: 'full', lang: 'en' }],
      links: [],
      origin: 'user',
    });
    const heads = async () => ({
      kept: await db.entityHeads.toArray(),
      expected: (await db.entities.toArray()).map(entityHeadOf),
    });
    await db.entities.bulkAdd([
      entity('a', 'Aigerim Bekova'),
      entity('b', 'Marat Akhmetov'),
      entity('c', 'Ilham'),
    ]);
    await db.entities.put(entity('b', 'Marat Akhmetov Jr'));
    await db.entities.where('id').equals('c').delete();
    let now = await heads();
    expect(now.kept).toEqual(now.expected);
    expect(now.kept.map((e) => e.name.en)).toEqual(['Aigerim Bekova', 'Marat Akhmetov Jr']);
    expect(now.kept[0]).not.toHaveProperty('forms');
    await db.entities.clear();
    now = await heads();
    expect(now.kept).toEqual([]);
  });

  it('keep each pack’s articles as heads, replaced with its data and gone with it', async () => {
    const db = await open();
    const content = (title: string) => ({
      articles: [{ ...article('pack-news-1', title), origin: 'seed' as const }],
      sentences: [],
      entities: [],
      mentions: [
        mention('p-a', 'pack-news-1'),
        mention('p-b', 'pack-news-1'),
        mention('p-a', 'pack-news-1', 1),
      ],
    });
    await db.packData.put({ id: 'news', content: content('First') });
    await db.packData.put({ id: 'news', content: content('Second') });
    const row = await db.packHeads.get('news');
    expect(row?.articles).toHaveLength(1);
    expect(row?.articles[0]).toMatchObject({ title: 'Second', pack: 'news', entityCount: 2 });
    expect(row?.articles[0]).not.toHaveProperty('paragraphs');
    await db.packData.delete('news');
    expect(await db.packHeads.count()).toBe(0);
  });

  it('wake a live query that reads them', async () => {
    const db = await open();
    const seen: number[] = [];
    const subscription = liveQuery(() => db.articleHeads.count()).subscribe((n) => seen.push(n));
    await new Promise((r) => setTimeout(r, 50));
    await db.articles.add(article('a'));
    await new Promise((r) => setTimeout(r, 50));
    subscription.unsubscribe();
    expect(seen).toEqual([0, 1]);
  });

  it('roll back with the transaction that wrote them', async () => {
    const db = await open();
    await db
      .transaction('rw', [db.articles], async () => {
        await db.articles.add(article('a'));
        throw new Error('quota');
      })
      .catch(() => undefined);
    expect(await db.articleHeads.count()).toBe(0);
  });
});
