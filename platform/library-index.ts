// The whole index as the library page reads it from IndexedDB (the seed, the reader's articles and the
// enabled packs, merged as the background merges them), with statistics over everything, and the shelf of
// articles; each also as a live query that follows the database, whichever context writes to it.
import { liveQuery } from 'dexie';
import { withComputedStats } from '../lib/ingest/user-stats';
import { sentenceKey } from '../lib/corpus-index/stats';
import { mergePacks, packEntityIds } from '../lib/packs/merge';
import { present } from '../lib/present';
import type {
  Article,
  ArticleHead,
  ArticleId,
  CorpusIndex,
  Entity,
  EntityHead,
  EntityId,
  Mention,
  Sentence,
  StoredArticle,
} from '../lib/model';
import type { PackHeadsRow } from './derived-tables';
import type { Directory, LibraryIndex, Shelf } from '../lib/view-model';
import type { EntityCounts } from '../lib/views/entity-counts';
import { planEntityPart } from '../lib/views/entity-part';
import type { ContextLensDb } from './db';
import { packsInUse, readHeldPacks } from './held-packs';

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

/**
 * One article's page: the article, its sentences, its mentions and the entities they name, read by key
 * and index. With packs in use (whose entities merge into the library's), the whole index as it merges.
 */
export async function readArticlePart(db: ContextLensDb, id: ArticleId): Promise<LibraryIndex> {
  return db.transaction(
    'r',
    [db.articles, db.sentences, db.entities, db.mentions, db.packs, db.packData],
    async () => {
      if (await packsInUse(db)) return readLibraryIndex(db);
      const [article, sentences, stored] = await Promise.all([
        db.articles.get(id),
        db.sentences.where('articleId').equals(id).toArray(),
        db.mentions.where('articleId').equals(id).toArray(),
      ]);
      const mentions = stored.map(({ id: _key, ...mention }): Mention => mention);
      const entities = present(await db.entities.bulkGet([...new Set(mentions.map((m) => m.entityId))]));
      const articles = article ? [article] : [];
      return {
        index: { version: 1, articles, sentences, entities, mentions, stats: [] },
        articles,
        packNames: new Map(),
      };
    },
  );
}

/**
 * What the article list needs: the articles' heads and the enabled packs' (platform/derived-tables.ts),
 * no text, no mentions. A pack's article whose id the library already has is the library's.
 */
export async function readShelf(db: ContextLensDb): Promise<Shelf> {
  return db.transaction('r', [db.articleHeads, db.packs, db.packHeads], async () => {
    const [heads, records] = await Promise.all([db.articleHeads.toArray(), db.packs.toArray()]);
    const enabled = records.filter((r) => r.enabled).sort((a, b) => a.subscribedAt - b.subscribedAt);
    const known = new Set(heads.map((a) => a.id));
    const articles: ArticleHead[] = [...heads];
    for (const row of present(await db.packHeads.bulkGet(enabled.map((r) => r.id))))
      for (const article of row.articles)
        if (!known.has(article.id)) {
          known.add(article.id);
          articles.push(article);
        }
    return { articles, packNames: new Map(enabled.map((r) => [r.id, r.manifest.name])) };
  });
}

/**
 * What the entity directory needs: the entities' heads and their counts, no forms, no text. The library
 * keeps both with its entities and mentions, and each pack's with its data (platform/derived-tables.ts);
 * the packs' are merged in as the index merges their data.
 */
export async function readDirectory(db: ContextLensDb): Promise<Directory> {
  return db.transaction(
    'r',
    [db.entityHeads, db.entityCounts, db.articleHeads, db.packs, db.packHeads],
    async () => {
      const [heads, stored, records] = await Promise.all([
        db.entityHeads.toArray(),
        db.entityCounts.toArray(),
        db.packs.toArray(),
      ]);
      const counts = new Map(stored.map(({ id, ...c }): [EntityId, EntityCounts] => [id, c]));
      const enabled = records.filter((r) => r.enabled).sort((a, b) => a.subscribedAt - b.subscribedAt);
      if (enabled.length === 0) return { entities: heads, counts };
      const packHeads = present(await db.packHeads.bulkGet(enabled.map((r) => r.id)));
      return withPackHeads(
        heads,
        counts,
        new Set(await db.articleHeads.toCollection().primaryKeys()),
        packHeads,
      );
    },
  );
}

/**
 * The directory with the packs' heads merged in as mergePacks merges their data: the same ids, and
 * counts that leave out a pack's copy of an article the library or an earlier pack holds.
 */
function withPackHeads(
  heads: EntityHead[],
  counts: Map<EntityId, EntityCounts>,
  held: Set<ArticleId>,
  packs: PackHeadsRow[],
): Directory {
  const entities = new Map(heads.map((e) => [e.id, e]));
  const idsOf = packEntityIds(
    heads,
    packs.map((p) => ({ id: p.id, entities: p.entities })),
    (entity, id) => entities.set(id, { ...entity, id }),
  );
  packs.forEach((pack, p) => {
    const own = new Set(pack.articles.map((a) => a.id).filter((a) => !held.has(a)));
    for (const a of own) held.add(a);
    for (const [entity, perArticle] of pack.named) {
      const id = idsOf[p].get(entity) ?? entity;
      let mentions = 0;
      let articles = 0;
      for (const [article, n] of perArticle)
        if (own.has(article)) {
          mentions += n;
          articles++;
        }
      if (mentions === 0) continue;
      const known = counts.get(id);
      counts.set(id, {
        mentions: (known?.mentions ?? 0) + mentions,
        articles: (known?.articles ?? 0) + articles,
      });
    }
  });
  return { entities: [...entities.values()], counts };
}

/** Every entity whole (the packs' merged in), for the directory's search. */
export async function readDirectoryEntities(db: ContextLensDb): Promise<Entity[]> {
  return db.transaction('r', [db.entities, db.packs, db.packData], async () => {
    const [entities, held] = await Promise.all([db.entities.toArray(), readHeldPacks(db)]);
    return mergePacks({ articles: [], sentences: [], entities, mentions: [] }, held.packs).entities;
  });
}

/**
 * One entity's page: the index of its part of the library (lib/views/entity-part.ts), read from every
 * mention but only its own articles and sentences. Its statistics are its counts and related entities;
 * `best` is left empty (the page lists every passage, the card ranks them). A pack's entity, or one a
 * pack's entity was merged into, is found as the whole index would find it: the packs merged over all
 * entities and mentions.
 */
export async function readEntityPart(db: ContextLensDb, id: EntityId): Promise<LibraryIndex> {
  return db.transaction(
    'r',
    [db.articles, db.sentences, db.entities, db.mentions, db.packs, db.packData],
    async () => {
      const [stored, held] = await Promise.all([db.mentions.toArray(), readHeldPacks(db)]);
      const own = stored.map(({ id: _key, ...mention }): Mention => mention);
      let mentions = own;
      let fromPacks: { articles: Article[]; sentences: Sentence[]; entities: Map<EntityId, Entity> } | null =
        null;
      if (held.packs.length > 0) {
        const merged = mergePacks(
          { articles: [], sentences: [], entities: await db.entities.toArray(), mentions: own },
          held.packs,
        );
        mentions = merged.mentions;
        fromPacks = {
          articles: merged.articles,
          sentences: merged.sentences,
          entities: new Map(merged.entities.map((e) => [e.id, e])),
        };
      }
      const plan = planEntityPart(id, mentions);
      const entityIds = [id, ...plan.related.map((r) => r.entityId)];
      const packArticles = new Map(fromPacks?.articles.map((a) => [a.id, a]));
      const packSentences = new Map(fromPacks?.sentences.map((s) => [sentenceKey(s.articleId, s.index), s]));
      const [entities, articles, sentences] = await Promise.all([
        fromPacks ? entityIds.map((e) => fromPacks.entities.get(e)) : db.entities.bulkGet(entityIds),
        db.articles.bulkGet(plan.articleIds.filter((a) => !packArticles.has(a))),
        db.sentences.bulkGet(plan.sentenceKeys.filter(([a, s]) => !packSentences.has(sentenceKey(a, s)))),
      ]);
      const partArticles: StoredArticle[] = [
        ...present(articles),
        ...plan.articleIds.flatMap((a) => packArticles.get(a) ?? []),
      ];
      const index: CorpusIndex = {
        version: 1,
        articles: partArticles,
        sentences: [
          ...present(sentences),
          ...plan.sentenceKeys.flatMap(([a, s]) => packSentences.get(sentenceKey(a, s)) ?? []),
        ],
        entities: present(entities),
        mentions: plan.mentions,
        stats: [
          {
            entityId: id,
            mentionCount: plan.mentionCount,
            articleCount: plan.articleCount,
            best: [],
            related: plan.related,
          },
        ],
      };
      return { index, articles: partArticles, packNames: held.names };
    },
  );
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
