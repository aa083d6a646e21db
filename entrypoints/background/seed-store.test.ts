import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextLensDb } from '../../platform/db';
import type { Article } from '../../lib/model';
import { fixtureIndex } from './fixture-index';
import { loadUserPart, seedFingerprint, storeSeedIndex, withUserPart } from './seed-store';

let n = 0;
const opened: ContextLensDb[] = [];
function freshDb(): ContextLensDb {
  const db = new ContextLensDb(`seed-store-test-${n++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const userArticle: Article = {
  id: 'user-1a2b',
  title: 'My notes on the OTS',
  date: null,
  source: 'me',
  author: null,
  lang: 'en',
  url: null,
  paragraphs: ['The OTS met in Gabala.'],
  origin: 'user',
};

describe('storeSeedIndex', () => {
  it('loads the seed index into every table', async () => {
    const db = freshDb();
    const index = fixtureIndex();
    expect(await storeSeedIndex(db, index)).toBe(true);
    expect(await db.articles.count()).toBe(index.articles.length);
    const firstOfSecond = index.sentences.find((s) => s.articleId === 'seed-001' && s.index === 0);
    expect(firstOfSecond).toBeDefined();
    expect(await db.sentences.get(['seed-001', 0])).toEqual(firstOfSecond);
    expect((await db.entities.where('type').equals('person').toArray()).map((e) => e.id).sort()).toEqual([
      'aliyev',
      'tokayev',
    ]);
    const corridor = index.mentions.filter((m) => m.entityId === 'middle-corridor').length;
    expect(corridor).toBeGreaterThan(1);
    expect(await db.mentions.where('entityId').equals('middle-corridor').count()).toBe(corridor);
  });

  it('does nothing when the same index is stored again', async () => {
    const db = freshDb();
    await storeSeedIndex(db, fixtureIndex());
    expect(await storeSeedIndex(db, fixtureIndex())).toBe(false);
    expect(await db.mentions.count()).toBe(fixtureIndex().mentions.length);
  });

  it('replaces the seed part when the index changes, keeping the reader’s own articles', async () => {
    const db = freshDb();
    await storeSeedIndex(db, fixtureIndex());
    await db.articles.add(userArticle);
    await db.sentences.add({
      articleId: userArticle.id,
      index: 0,
      paragraph: 0,
      text: userArticle.paragraphs[0],
    });
    await db.mentions.add({
      entityId: 'ots',
      articleId: userArticle.id,
      sentence: 0,
      start: 4,
      end: 7,
      surface: 'OTS',
    });

    const next = fixtureIndex(2);
    next.articles = next.articles.slice(0, 1);
    next.sentences = next.sentences.filter((s) => s.articleId === 'seed-000');
    next.mentions = next.mentions.filter((m) => m.articleId === 'seed-000');
    next.entities = next.entities.filter((e) => e.id !== 'middle-corridor');
    expect(await storeSeedIndex(db, next)).toBe(true);

    expect((await db.articles.toArray()).map((a) => a.id).sort()).toEqual(['seed-000', 'user-1a2b']);
    expect(await db.sentences.where('articleId').equals('seed-001').count()).toBe(0);
    expect(await db.entities.get('middle-corridor')).toBeUndefined();
    expect(await db.mentions.where('articleId').equals(userArticle.id).count()).toBe(1);
    expect(await db.mentions.where('articleId').equals('seed-000').count()).toBe(next.mentions.length);
  });

  it('notices a changed index even when its version number did not change', () => {
    const changed = fixtureIndex(1);
    changed.entities[0].description.en = 'Head of state of Kazakhstan';
    expect(seedFingerprint(changed)).not.toBe(seedFingerprint(fixtureIndex(1)));
  });
});

describe('loadUserPart / withUserPart', () => {
  it('returns the seed index itself when the reader added nothing', async () => {
    const db = freshDb();
    const seed = fixtureIndex();
    await storeSeedIndex(db, seed);
    expect(withUserPart(seed, await loadUserPart(db))).toBe(seed);
  });

  it('adds the reader’s articles, sentences and mentions to the seed index', async () => {
    const db = freshDb();
    const seed = fixtureIndex();
    await storeSeedIndex(db, seed);
    await db.articles.add(userArticle);
    await db.sentences.add({
      articleId: userArticle.id,
      index: 0,
      paragraph: 0,
      text: userArticle.paragraphs[0],
    });
    await db.mentions.add({
      entityId: 'ots',
      articleId: userArticle.id,
      sentence: 0,
      start: 4,
      end: 7,
      surface: 'OTS',
    });

    const merged = withUserPart(seed, await loadUserPart(db));
    expect(merged.articles.map((a) => a.id)).toContain('user-1a2b');
    expect(merged.sentences).toHaveLength(seed.sentences.length + 1);
    expect(merged.mentions.at(-1)).toEqual({
      entityId: 'ots',
      articleId: 'user-1a2b',
      sentence: 0,
      start: 4,
      end: 7,
      surface: 'OTS',
    });
  });
});
