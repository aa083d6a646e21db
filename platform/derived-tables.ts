// Tables derived from the articles and mentions, so that the library's lists read a few small rows per
// article or entity instead of every article's text and every mention:
// - `articleHeads`: each article without its paragraphs, and how many distinct entities it names;
// - `entityCounts`: how often each entity is named and in how many articles (none: no row);
// - `entityHeads`: each entity's id, type, names and origin, without its forms, description and links;
// - `packHeads`: each subscribed pack's articles as heads, in one row per pack (its data is one row of
//   tens of megabytes, replaced whole at an update).
// A Dexie middleware keeps them: every write to `articles`, `mentions` or `entities`, whichever code
// makes it, rewrites the heads of the articles and entities it touched and moves the counts of the
// entities named in them, in the same transaction (it widens the transaction to them), so no write path
// can forget them.
import type { DBCore, DBCoreKeyRange, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { ArticleHead, ArticleId, Entity, EntityHead, EntityId, StoredArticle } from '../lib/model';
import type { PackContent } from '../lib/packs/format';
import type { EntityCounts } from '../lib/views/entity-counts';

export const HEADS_TABLE = 'articleHeads';
export const COUNTS_TABLE = 'entityCounts';
export const ENTITY_HEADS_TABLE = 'entityHeads';
export const PACK_HEADS_TABLE = 'packHeads';
const DERIVED = [HEADS_TABLE, COUNTS_TABLE, ENTITY_HEADS_TABLE, PACK_HEADS_TABLE];

/** A pack's articles as the shelf lists them, and its entities as the directory lists and counts them. */
export interface PackHeadsRow {
  id: string;
  articles: ArticleHead[];
  entities: EntityHead[];
  /** Each entity's mentions per article, `[entity, [article, mentions][]]`: the directory leaves out articles it already holds. */
  named: [EntityId, [ArticleId, number][]][];
}

export function packHeadsOf({ id, content }: { id: string; content: PackContent }): PackHeadsRow {
  const named = new Map<EntityId, Map<ArticleId, number>>();
  for (const { entityId, articleId } of content.mentions) {
    const perArticle = named.get(entityId) ?? named.set(entityId, new Map()).get(entityId)!;
    perArticle.set(articleId, (perArticle.get(articleId) ?? 0) + 1);
  }
  return {
    id,
    articles: headsOf(
      content.articles.map((a) => ({ ...a, pack: id })),
      content.mentions,
    ),
    entities: content.entities.map(entityHeadOf),
    named: [...named].map(([entity, perArticle]) => [entity, [...perArticle]]),
  };
}

/** An entity's counts as stored, by its id. */
export interface EntityCountsRow extends EntityCounts {
  id: EntityId;
}

type Named = { entityId: EntityId; articleId: ArticleId };

export const entityHeadOf = ({ id, type, name, origin }: Entity): EntityHead => ({ id, type, name, origin });

export function headOf(article: StoredArticle, entityCount: number): ArticleHead {
  const { paragraphs: _text, ...head } = article;
  return { ...head, entityCount };
}

/** The heads of these articles, each counting the distinct entities of `mentions` named in it. */
export function headsOf(articles: readonly StoredArticle[], mentions: readonly Named[]): ArticleHead[] {
  const named = new Map<ArticleId, Set<EntityId>>();
  for (const m of mentions) named.set(m.articleId, (named.get(m.articleId) ?? new Set()).add(m.entityId));
  return articles.map((a) => headOf(a, named.get(a.id)?.size ?? 0));
}

// DBCoreRangeType.Equal: a const enum, which isolated modules cannot read from Dexie's declarations.
const equal = (key: unknown): DBCoreKeyRange => ({ type: 1, lower: key, upper: key });

/** True when `trans` can write them: an upgrade to a version before they existed cannot. */
function holdsDerived(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames as DOMStringList | undefined;
  return !names || DERIVED.every((table) => names.contains(table));
}

/** The mentions in each of these articles, as they are now in the transaction. */
async function namedIn(
  down: DBCore,
  trans: DBCoreTransaction,
  ids: ReadonlySet<ArticleId>,
): Promise<Map<ArticleId, Named[]>> {
  const mentions = down.table('mentions');
  const byArticle = mentions.schema.getIndexByKeyPath('articleId');
  if (!byArticle) throw new Error('mentions have no articleId index');
  const out = new Map<ArticleId, Named[]>();
  await Promise.all(
    [...ids].map(async (id) => {
      const found = await mentions.query({
        trans,
        values: true,
        query: { index: byArticle, range: equal(id) },
      });
      out.set(id, found.result as Named[]);
    }),
  );
  return out;
}

async function refreshHeads(
  down: DBCore,
  trans: DBCoreTransaction,
  named: ReadonlyMap<ArticleId, Named[]>,
  written = new Map<ArticleId, StoredArticle>(),
): Promise<void> {
  const articles = down.table('articles');
  const put: ArticleHead[] = [];
  const gone: ArticleId[] = [];
  await Promise.all(
    [...named].map(async ([id, mentions]) => {
      const article =
        written.get(id) ?? ((await articles.get({ trans, key: id })) as StoredArticle | undefined);
      if (article) put.push(headOf(article, new Set(mentions.map((m) => m.entityId)).size));
      else gone.push(id);
    }),
  );
  const heads = down.table(HEADS_TABLE);
  if (put.length) await heads.mutate({ type: 'put', trans, values: put });
  if (gone.length) await heads.mutate({ type: 'delete', trans, keys: gone });
}

/** Moves each entity's counts by what changed in these articles. */
async function moveCounts(
  down: DBCore,
  trans: DBCoreTransaction,
  before: ReadonlyMap<ArticleId, Named[]>,
  after: ReadonlyMap<ArticleId, Named[]>,
): Promise<void> {
  const delta = new Map<EntityId, EntityCounts>();
  const tally = (mentions: readonly Named[] | undefined, sign: 1 | -1) => {
    const inArticle = new Set<EntityId>();
    for (const { entityId } of mentions ?? []) {
      const d = delta.get(entityId) ?? { mentions: 0, articles: 0 };
      d.mentions += sign;
      if (!inArticle.has(entityId)) d.articles += sign;
      inArticle.add(entityId);
      delta.set(entityId, d);
    }
  };
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    tally(before.get(id), -1);
    tally(after.get(id), 1);
  }
  const moved = [...delta].filter(([, d]) => d.mentions !== 0 || d.articles !== 0);
  if (moved.length === 0) return;
  const counts = down.table(COUNTS_TABLE);
  const rows = (await counts.getMany({ trans, keys: moved.map(([id]) => id) })) as (
    EntityCountsRow | undefined
  )[];
  const put: EntityCountsRow[] = [];
  const gone: EntityId[] = [];
  moved.forEach(([id, d], k) => {
    const row = rows[k] ?? { id, mentions: 0, articles: 0 };
    const next = { id, mentions: row.mentions + d.mentions, articles: row.articles + d.articles };
    if (next.mentions > 0) put.push(next);
    else gone.push(id);
  });
  if (put.length) await counts.mutate({ type: 'put', trans, values: put });
  if (gone.length) await counts.mutate({ type: 'delete', trans, keys: gone });
}

/** The article ids of the mentions a delete request removes, read before they go. */
async function mentionArticles(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  target: { keys: unknown[] } | { range: DBCoreKeyRange },
): Promise<ArticleId[]> {
  const rows =
    'keys' in target
      ? await table.getMany({ trans, keys: target.keys })
      : (
          await table.query({
            trans,
            values: true,
            query: { index: table.schema.primaryKey, range: target.range },
          })
        ).result;
  return (rows as (Named | undefined)[]).flatMap((m) => (m ? [m.articleId] : []));
}

/**
 * `table` with every write mirrored into `target` in the same transaction: the rows a put or an add wrote
 * through `write`, a delete by the same keys or range (the derived rows share their sources' keys).
 */
function mirrored(
  down: DBCore,
  table: DBCoreTable,
  target: string,
  write: (trans: DBCoreTransaction, values: readonly unknown[]) => Promise<unknown>,
): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      const result = await table.mutate(req);
      if (!holdsDerived(req.trans)) return result;
      if (req.type === 'add' || req.type === 'put') await write(req.trans, req.values);
      else if (req.type === 'delete')
        await down.table(target).mutate({ type: 'delete', trans: req.trans, keys: req.keys });
      else await down.table(target).mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
      return result;
    },
  };
}

const putInto = (down: DBCore, target: string, trans: DBCoreTransaction, values: readonly unknown[]) =>
  down.table(target).mutate({ type: 'put', trans, values });

const articlesTable = (down: DBCore, table: DBCoreTable) =>
  mirrored(down, table, HEADS_TABLE, async (trans, values) => {
    const written = new Map((values as StoredArticle[]).map((a) => [a.id, a]));
    await refreshHeads(down, trans, await namedIn(down, trans, new Set(written.keys())), written);
  });

const entitiesTable = (down: DBCore, table: DBCoreTable) =>
  mirrored(down, table, ENTITY_HEADS_TABLE, (trans, values) =>
    putInto(down, ENTITY_HEADS_TABLE, trans, (values as Entity[]).map(entityHeadOf)),
  );

const packDataTable = (down: DBCore, table: DBCoreTable) =>
  mirrored(down, table, PACK_HEADS_TABLE, (trans, values) =>
    putInto(
      down,
      PACK_HEADS_TABLE,
      trans,
      (values as { id: string; content: PackContent }[]).map(packHeadsOf),
    ),
  );

function mentionsTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      if (!holdsDerived(req.trans)) return table.mutate(req);
      const touched = new Set(
        req.type === 'add' || req.type === 'put'
          ? (req.values as Named[]).map((m) => m.articleId)
          : await mentionArticles(table, req.trans, req),
      );
      const before = await namedIn(down, req.trans, touched);
      const result = await table.mutate(req);
      const after = await namedIn(down, req.trans, touched);
      await refreshHeads(down, req.trans, after);
      await moveCounts(down, req.trans, before, after);
      return result;
    },
  };
}

/** Registered on the database (platform/db.ts): keeps the derived tables with `articles` and `mentions`. */
export const derivedTablesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DerivedTables',
  create: (down) => ({
    ...down,
    // A transaction that writes what they derive from writes the derived tables too, and reads its sources.
    transaction(stores, mode, options) {
      const writes =
        mode === 'readwrite' &&
        ['articles', 'mentions', 'entities', 'packData'].some((t) => stores.includes(t));
      const scope = writes
        ? [...new Set([...stores, 'articles', 'mentions', 'entities', ...DERIVED])]
        : stores;
      return down.transaction(scope, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name === 'articles') return articlesTable(down, table);
      if (name === 'mentions') return mentionsTable(down, table);
      if (name === 'entities') return entitiesTable(down, table);
      if (name === 'packData') return packDataTable(down, table);
      return table;
    },
  }),
};
