// Keeps IndexedDB in step with the bundled seed index, and reads back the reader's own part.
import type { CorpusIndex } from '../../lib/model';
import { SEED_FINGERPRINT_KEY, type ContextLensDb } from '../../platform/db';
import { bumpGeneration } from '../../platform/stats-rows';

/**
 * Identifies the content of a seed index, not only its declared version: a rebuilt index with the same
 * version number but different data is still written. FNV-1a over the JSON; runs only on install/startup.
 */
export function seedFingerprint(index: CorpusIndex): string {
  const json = JSON.stringify(index);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${index.version}:${json.length}:${(hash >>> 0).toString(16)}`;
}

/**
 * Writes the seed part of the index into the database when it differs from what is stored: the old seed
 * articles, their sentences and mentions and the non-user entities are replaced in one transaction; the
 * reader's own articles and entities (origin 'user') are kept. Returns whether anything was written.
 */
export async function storeSeedIndex(db: ContextLensDb, index: CorpusIndex): Promise<boolean> {
  const fingerprint = seedFingerprint(index);
  return db.transaction('rw', [db.articles, db.sentences, db.entities, db.mentions, db.meta], async () => {
    const stored = await db.meta.get(SEED_FINGERPRINT_KEY);
    if (stored?.value === fingerprint) return false;

    const oldSeedIds = await db.articles.where('origin').equals('seed').primaryKeys();
    await db.sentences.where('articleId').anyOf(oldSeedIds).delete();
    await db.mentions.where('articleId').anyOf(oldSeedIds).delete();
    await db.articles.bulkDelete(oldSeedIds);
    await db.entities.where('origin').notEqual('user').delete();

    await db.articles.bulkPut(index.articles);
    await db.sentences.bulkPut(index.sentences);
    await db.entities.bulkPut(index.entities);
    await db.mentions.bulkAdd(
      index.mentions.map(({ entityId, articleId, sentence, start, end, surface }) => ({
        entityId,
        articleId,
        sentence,
        start,
        end,
        surface,
      })),
    );
    await db.meta.put({ key: SEED_FINGERPRINT_KEY, value: fingerprint });
    await bumpGeneration(db);
    return true;
  });
}

export type UserPart = Pick<CorpusIndex, 'articles' | 'sentences' | 'entities' | 'mentions'>;

/**
 * The reader's own articles and what they brought (empty until the library adds some). Whole tables are
 * read by primary key (getAll) and filtered here: the seed part is small, and walking an index whose
 * keys are all equal (origin = 'user') costs a cursor step per row.
 */
export async function loadUserPart(db: ContextLensDb): Promise<UserPart> {
  return db.transaction('r', [db.articles, db.sentences, db.entities, db.mentions], async () => {
    const articles = (await db.articles.toArray()).filter((a) => a.origin === 'user');
    const entities = (await db.entities.toArray()).filter((e) => e.origin === 'user');
    if (articles.length === 0 && entities.length === 0)
      return { articles, sentences: [], entities, mentions: [] };
    const ids = new Set(articles.map((a) => a.id));
    const sentences = (await db.sentences.toArray()).filter((s) => ids.has(s.articleId));
    const mentions = (await db.mentions.toArray())
      .filter((m) => ids.has(m.articleId))
      .map(({ id: _key, ...mention }) => mention);
    return { articles, sentences, entities, mentions };
  });
}

/**
 * The seed index with the reader's part added. The seed's statistics are kept as they are; statistics
 * over the reader's articles are the library's to compute when it adds them.
 */
export function withUserPart(seed: CorpusIndex, user: UserPart): CorpusIndex {
  if (user.articles.length === 0 && user.entities.length === 0) return seed;
  const userEntityIds = new Set(user.entities.map((e) => e.id));
  return {
    ...seed,
    articles: [...seed.articles, ...user.articles],
    sentences: [...seed.sentences, ...user.sentences],
    entities: [...seed.entities.filter((e) => !userEntityIds.has(e.id)), ...user.entities],
    mentions: [...seed.mentions, ...user.mentions],
  };
}
