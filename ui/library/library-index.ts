// The whole index as the library page reads it from IndexedDB (the seed and the reader's articles),
// with statistics over everything, and the lookups the pages need.
import { withComputedStats } from '../../lib/ingest/user-stats';
import type { CorpusIndex } from '../../lib/model';
import type { ContextLensDb, StoredArticle } from '../../platform/db';

export interface LibraryIndex {
  index: CorpusIndex;
  /** The stored articles, with when the reader added them. */
  articles: StoredArticle[];
}

export async function readLibraryIndex(db: ContextLensDb): Promise<LibraryIndex> {
  const [articles, sentences, entities, mentions] = await db.transaction(
    'r',
    [db.articles, db.sentences, db.entities, db.mentions],
    () =>
      Promise.all([
        db.articles.toArray(),
        db.sentences.toArray(),
        db.entities.toArray(),
        db.mentions.toArray(),
      ]),
  );
  const index = withComputedStats({
    version: 1,
    articles,
    sentences,
    entities,
    mentions: mentions.map(({ id: _key, ...mention }) => mention),
    stats: [],
  });
  return { index, articles };
}

/** The shelf of articles: each stored article and how many distinct entities it names. */
export interface Shelf {
  articles: StoredArticle[];
  entityCount: Map<string, number>;
}

/** What the article list needs, without the sentences (the bulk of a large library). */
export async function readShelf(db: ContextLensDb): Promise<Shelf> {
  const [articles, mentions] = await db.transaction('r', [db.articles, db.mentions], () =>
    Promise.all([db.articles.toArray(), db.mentions.toArray()]),
  );
  const sets = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = sets.get(m.articleId);
    if (set) set.add(m.entityId);
    else sets.set(m.articleId, new Set([m.entityId]));
  }
  return { articles, entityCount: new Map([...sets].map(([id, set]) => [id, set.size])) };
}
