// The extension's IndexedDB database, owned by the background. Articles, sentences, entities and
// mentions of the corpus: the seed part (rewritten when the bundled index changes) and, later, the
// reader's own articles (origin 'user'), which survive every seed update and every schema upgrade.
import { Dexie, type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type {
  ArticleHead,
  ArticleId,
  Entity,
  EntityHead,
  Mention,
  Sentence,
  StoredArticle,
} from '../lib/model';
import type { PackContent } from '../lib/packs/format';
import type { PackRecord } from '../lib/packs/state';
import { entityCounts } from '../lib/views/entity-counts';
import {
  COUNTS_TABLE,
  ENTITY_HEADS_TABLE,
  HEADS_TABLE,
  PACK_HEADS_TABLE,
  derivedTablesMiddleware,
  entityHeadOf,
  headsOf,
  packHeadsOf,
  type PackHeadsRow,
  type EntityCountsRow,
} from './derived-tables';

const DB_NAME = 'context-lens';

/** A mention as stored: the table gives it an auto-incremented key. */
export interface StoredMention extends Mention {
  id?: number;
}

/** Small named values: which seed index is loaded, and later anything else that fits no table. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** meta key under which the fingerprint of the loaded seed index is kept. */
export const SEED_FINGERPRINT_KEY = 'seedFingerprint';

/**
 * Every schema the database has had, oldest first. A new version appends an entry (only the tables
 * whose indexes change need to be listed) and, when existing rows must be rewritten, an `upgrade`;
 * Dexie runs each step in turn for a database opened at an older version. Never edit a published entry.
 */
export const SCHEMA_VERSIONS: {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      articles: 'id, origin',
      sentences: '[articleId+index], articleId',
      entities: 'id, type, origin',
      mentions: '++id, entityId, articleId',
      meta: 'key',
    },
  },
  {
    // The library lists the reader's articles newest first: when each was added is kept and indexed.
    version: 2,
    stores: { articles: 'id, origin, addedAt' },
    upgrade: async (tx) => {
      await tx
        .table<StoredArticle, ArticleId>('articles')
        .where('origin')
        .equals('user')
        .modify((article) => {
          article.addedAt ??= 0;
        });
    },
  },
  {
    // Subscribed corpus packs (lib/packs): what is held of each, and its data in one row, replaced whole.
    version: 3,
    stores: { packs: 'id', packData: 'id' },
  },
  {
    // Tables derived from articles and mentions for the lists (platform/derived-tables.ts keeps them from
    // here on): the articles without their text, each entity's counts, the entities without their forms, the packs' articles as heads.
    version: 4,
    stores: {
      [HEADS_TABLE]: 'id, origin',
      [COUNTS_TABLE]: 'id',
      [ENTITY_HEADS_TABLE]: 'id',
      [PACK_HEADS_TABLE]: 'id',
    },
    upgrade: async (tx) => {
      const mentions = await tx.table<Mention>('mentions').toArray();
      const heads = headsOf(await tx.table<StoredArticle, ArticleId>('articles').toArray(), mentions);
      await tx.table<ArticleHead, ArticleId>(HEADS_TABLE).bulkPut(heads);
      await tx
        .table<EntityCountsRow, string>(COUNTS_TABLE)
        .bulkPut([...entityCounts(mentions)].map(([id, counts]) => ({ id, ...counts })));
      const entityHeads: EntityHead[] = [];
      await tx.table<Entity>('entities').each((e) => entityHeads.push(entityHeadOf(e)));
      await tx.table<EntityHead, string>(ENTITY_HEADS_TABLE).bulkPut(entityHeads);
      await rebuildPackHeads(tx);
    },
  },
  {
    // The packs' heads gain their entities and counts, for the directory (platform/library-index.ts).
    version: 5,
    stores: {},
    upgrade: rebuildPackHeads,
  },
];

async function rebuildPackHeads(tx: Transaction): Promise<void> {
  const packHeads: PackHeadsRow[] = [];
  await tx.table<PackDataRecord, string>('packData').each((d) => packHeads.push(packHeadsOf(d)));
  await tx.table<PackHeadsRow, string>(PACK_HEADS_TABLE).bulkPut(packHeads);
}

/** A pack's data as stored: one row, so that an update replaces it atomically. */
export interface PackDataRecord {
  id: string;
  content: PackContent;
}

export class ContextLensDb extends Dexie {
  packs!: EntityTable<PackRecord, 'id'>;
  packData!: EntityTable<PackDataRecord, 'id'>;
  articles!: EntityTable<StoredArticle, 'id'>;
  /** Kept by the database itself (platform/derived-tables.ts): never write them. */
  articleHeads!: EntityTable<ArticleHead, 'id'>;
  entityCounts!: EntityTable<EntityCountsRow, 'id'>;
  entityHeads!: EntityTable<EntityHead, 'id'>;
  packHeads!: EntityTable<PackHeadsRow, 'id'>;
  sentences!: Table<Sentence, [ArticleId, number]>;
  entities!: EntityTable<Entity, 'id'>;
  mentions!: Table<StoredMention, number>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(derivedTablesMiddleware);
  }
}

let shared: ContextLensDb | null = null;

/** The one database of this context, opened on first use. */
export function getDb(): ContextLensDb {
  shared ??= new ContextLensDb();
  return shared;
}
