// The whole index as the library page reads it from IndexedDB (the seed and the reader's articles),
// with statistics over everything, and the shelf of articles; each also as a live query that follows
// the database, whichever context writes to it.
import { liveQuery } from 'dexie';
import { withComputedStats } from '../lib/ingest/user-stats';
import type { LibraryIndex, Shelf } from '../lib/view-model';
import type { ContextLensDb } from './db';

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

/** Calls `next` with the query's value now and after every change to what it read; returns the unsubscribe. */
export function watchQuery<T>(
  query: () => Promise<T>,
  next: (value: T) => void,
  fail: (error: Error) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({
    next,
    error: (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
  });
  return () => subscription.unsubscribe();
}
