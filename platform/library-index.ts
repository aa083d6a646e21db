// The whole index as the library page reads it from IndexedDB (the seed, the reader's articles and the
// enabled packs, merged as the background merges them), with statistics over everything, and the shelf of
// articles; each also as a live query that follows the database, whichever context writes to it.
import { liveQuery } from 'dexie';
import { withComputedStats } from '../lib/ingest/user-stats';
import { mergePacks } from '../lib/packs/merge';
import type { StoredArticle } from '../lib/model';
import type { Directory, LibraryIndex, Shelf } from '../lib/view-model';
import { entityCounts } from '../lib/views/entity-counts';
import type { ContextLensDb } from './db';
import { readHeldPacks } from './held-packs';

export async function readLibraryIndex(db: ContextLensDb): Promise<LibraryIndex> {
  const [articles, sentences, entities, mentions, held] = await db.transaction(
    'r',
    [db.articles, db.sentences, db.entities, db.mentions, db.packs, db.packData],
    () =>
      Promise.all([
        db.articles.toArray(),
        db.sentences.toArray(),
        db.entities.toArray(),
        db.mentions.toArray(),
        readHeldPacks(db),
      ]),
  );
  const merged = mergePacks(
    {
      articles,
      sentences,
      entities,
      mentions: mentions.map(({ id: _key, ...mention }) => mention),
    },
    held.packs,
  );
  const index = withComputedStats({ version: 1, ...merged, stats: [] });
  return { index, articles: merged.articles, packNames: held.names };
}

/** What the article list needs, without the sentences (the bulk of a large library). */
export async function readShelf(db: ContextLensDb): Promise<Shelf> {
  const [stored, ownMentions, held] = await db.transaction(
    'r',
    [db.articles, db.mentions, db.packs, db.packData],
    () => Promise.all([db.articles.toArray(), db.mentions.toArray(), readHeldPacks(db)]),
  );
  // A pack's articles and mentions join as they are: counting distinct entities per article needs no merge.
  const known = new Set(stored.map((a) => a.id));
  const articles: StoredArticle[] = [...stored];
  const mentions: { articleId: string; entityId: string }[] = [...ownMentions];
  for (const { id, content } of held.packs) {
    for (const article of content.articles)
      if (!known.has(article.id)) articles.push({ ...article, pack: id });
    for (const mention of content.mentions) mentions.push(mention);
  }
  const sets = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = sets.get(m.articleId);
    if (set) set.add(m.entityId);
    else sets.set(m.articleId, new Set([m.entityId]));
  }
  return {
    articles,
    entityCount: new Map([...sets].map(([id, set]) => [id, set.size])),
    packNames: held.names,
  };
}

/** What the entity directory needs: entities and mentions, merged as the index merges them, no text. */
export async function readDirectory(db: ContextLensDb): Promise<Directory> {
  const [entities, mentions, held] = await db.transaction(
    'r',
    [db.entities, db.mentions, db.packs, db.packData],
    () => Promise.all([db.entities.toArray(), db.mentions.toArray(), readHeldPacks(db)]),
  );
  const merged = mergePacks({ articles: [], sentences: [], entities, mentions }, held.packs);
  return { entities: merged.entities, counts: entityCounts(merged.mentions) };
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
