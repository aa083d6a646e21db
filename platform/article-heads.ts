// The articles table's heads: each article without its text, and how many distinct entities it names,
// kept in a table of their own so that the lists (the shelf, an entity's articles) read a few hundred
// bytes per article instead of its paragraphs. A Dexie middleware keeps them: every write to `articles` or
// `mentions`, whichever code makes it, rewrites the heads of the articles it touched in the same
// transaction, so no write path can forget them.
import type { DBCore, DBCoreKeyRange, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { ArticleHead, ArticleId, StoredArticle } from '../lib/model';

export const HEADS_TABLE = 'articleHeads';

export function headOf(article: StoredArticle, entityCount: number): ArticleHead {
  const { paragraphs: _text, ...head } = article;
  return { ...head, entityCount };
}

// DBCoreRangeType.Equal: a const enum, which isolated modules cannot read from Dexie's declarations.
const equal = (key: unknown): DBCoreKeyRange => ({ type: 1, lower: key, upper: key });

/** True when `trans` can write the heads: an upgrade to a version before they existed cannot. */
function holdsHeads(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames as DOMStringList | undefined;
  return !names || names.contains(HEADS_TABLE);
}

async function refresh(
  down: DBCore,
  trans: DBCoreTransaction,
  ids: Iterable<ArticleId>,
  written = new Map<ArticleId, StoredArticle>(),
): Promise<void> {
  const articles = down.table('articles');
  const mentions = down.table('mentions');
  const heads = down.table(HEADS_TABLE);
  const byArticle = mentions.schema.getIndexByKeyPath('articleId');
  if (!byArticle) throw new Error('mentions have no articleId index');
  const put: ArticleHead[] = [];
  const gone: ArticleId[] = [];
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const article =
        written.get(id) ?? ((await articles.get({ trans, key: id })) as StoredArticle | undefined);
      if (!article) {
        gone.push(id);
        return;
      }
      const named = await mentions.query({
        trans,
        values: true,
        query: { index: byArticle, range: equal(id) },
      });
      const entities = new Set((named.result as { entityId: string }[]).map((m) => m.entityId));
      put.push(headOf(article, entities.size));
    }),
  );
  if (put.length) await heads.mutate({ type: 'put', trans, values: put });
  if (gone.length) await heads.mutate({ type: 'delete', trans, keys: gone });
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
  return (rows as ({ articleId: ArticleId } | undefined)[]).flatMap((m) => (m ? [m.articleId] : []));
}

function articlesTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      const result = await table.mutate(req);
      if (!holdsHeads(req.trans)) return result;
      if (req.type === 'add' || req.type === 'put') {
        const written = new Map((req.values as StoredArticle[]).map((a) => [a.id, a]));
        await refresh(down, req.trans, written.keys(), written);
      } else if (req.type === 'delete') {
        await down.table(HEADS_TABLE).mutate({ type: 'delete', trans: req.trans, keys: req.keys });
      } else {
        await down.table(HEADS_TABLE).mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
      }
      return result;
    },
  };
}

function mentionsTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      if (!holdsHeads(req.trans)) return table.mutate(req);
      const touched =
        req.type === 'add' || req.type === 'put'
          ? (req.values as { articleId: ArticleId }[]).map((m) => m.articleId)
          : await mentionArticles(table, req.trans, req);
      const result = await table.mutate(req);
      await refresh(down, req.trans, touched);
      return result;
    },
  };
}

/** Registered on the database (platform/db.ts): keeps `articleHeads` with `articles` and `mentions`. */
export const articleHeadsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ArticleHeads',
  create: (down) => ({
    ...down,
    // A transaction that writes articles or mentions writes their heads too, and reads both to do it.
    transaction(stores, mode, options) {
      const writes = mode === 'readwrite' && (stores.includes('articles') || stores.includes('mentions'));
      const scope = writes ? [...new Set([...stores, 'articles', 'mentions', HEADS_TABLE])] : stores;
      return down.transaction(scope, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name === 'articles') return articlesTable(down, table);
      if (name === 'mentions') return mentionsTable(down, table);
      return table;
    },
  }),
};
