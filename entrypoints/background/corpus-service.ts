// The background's knowledge: the in-memory CorpusIndex that answers queries, its searcher, and the
// matcher pack published to storage for content scripts (as an index and shards, lib/match/shards.ts). An MV3 service worker is stopped when idle and
// woken by the next message, so everything here is rebuilt lazily on first use: the seed part comes
// straight from the bundled index, only the reader's own part is read from IndexedDB.
import type { CorpusIndex, EntityId, Lang } from '../../lib/model';
import type { EntityCard } from '../../lib/view-model';
import { buildEntityCard } from '../../lib/views/card';
import { libraryStamp, readGeneration, storeStats, storedStamp } from '../../platform/stats-rows';
import { storedCard } from './stats-store';
import { MATCHER_PACK_VERSION, buildMatcherPack } from '../../lib/corpus-index/pack';
import { withComputedStats } from '../../lib/ingest/user-stats';
import { EarlierArticles } from '../../lib/ingest/earlier-articles';
import { GrowingMatcher } from '../../lib/match/growing';
import { mergePacks, type HeldPack } from '../../lib/packs/merge';
import { createSearcher, type Searcher } from '../../lib/search';
import type { ContextLensDb } from '../../platform/db';
import { LEGACY_MATCHER_PACK_KEY } from '../../platform/settings';
import {
  MATCHER_INDEX_KEY,
  PAGE_SHARDS_FORMAT,
  shardKey,
  splitPack,
  type PageIndex,
} from '../../lib/match/shards';
import { loadUserPart, storeSeedIndex, withUserPart, type UserPart } from './seed-store';

/** The part of browser.storage.local the service uses. */
export interface KeyValueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface CorpusServiceDeps {
  db: ContextLensDb;
  seed: CorpusIndex;
  storage: KeyValueStorage;
  /** The enabled subscribed packs' data (PackService.held), merged into the index. */
  packs?: () => Promise<HeldPack[]>;
}

/**
 * During an addition in several batches, the pack for pages is published at most this often, and at
 * most a fifth of the time: compiling the pack grows with the library (seconds at 30,000 entities).
 */
const PUBLISH_EVERY_MS = 5000;
const PUBLISH_SHARE = 5;
/** The statistics are stored this long after the library last changed. */
const PERSIST_AFTER_MS = 3000;

const NO_USER_PART: UserPart = { articles: [], sentences: [], entities: [], mentions: [] };

/** Why the newest names are not on pages: storage is full, or it refused the write for another reason. */
export type PublishProblem = 'quota' | 'failed';

function publishProblemOf(error: unknown): PublishProblem {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text) ? 'quota' : 'failed';
}

export class CorpusService {
  /** Set when the last publication of the pack failed; pages still have the one before it. */
  publishProblem: PublishProblem | null = null;
  private indexPromise: Promise<CorpusIndex> | null = null;
  private searcherFor: { index: CorpusIndex; searcher: Searcher } | null = null;
  /** The index whose arrays the last addition made (nothing else holds them). */
  private ownArrays: CorpusIndex | null = null;
  /** Kept from one addition to the next: the matcher of the index's entities, its articles by word. */
  private grownFor: { index: CorpusIndex; matcher: GrowingMatcher; earlier: EarlierArticles } | null = null;
  private publishedAt = 0;
  private publishMs = 0;
  private trailing: ReturnType<typeof setTimeout> | null = null;
  /** The index once loaded (null while it is being read), and the library generation it holds. */
  private loaded: CorpusIndex | null = null;
  private generation: number | null = null;
  private loadingGeneration: number | null = null;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: CorpusServiceDeps) {}

  /** The database the reader's articles are kept in (the library's handlers write to it). */
  get db(): ContextLensDb {
    return this.deps.db;
  }

  /** The whole index: the bundled seed plus the reader's articles, loaded once per worker lifetime. */
  index(): Promise<CorpusIndex> {
    if (!this.indexPromise) {
      const loading = this.loadIndex().then((index) => {
        if (this.indexPromise === loading) {
          this.loaded = index;
          this.generation = this.loadingGeneration;
          this.schedulePersist();
        }
        return index;
      });
      this.indexPromise = loading;
    }
    return this.indexPromise;
  }

  /**
   * An entity's card. A woken worker answers it from the statistics stored for this library (a few reads
   * by key) while it loads the index; once the index is loaded, and when nothing valid is stored, from it.
   */
  async card(id: EntityId, lang: Lang): Promise<EntityCard | null> {
    if (!this.loaded) {
      // The index is loaded when a search, the library or an addition needs it, not for cards.
      const stored = await storedCard(this.deps.db, id, lang).catch(() => null);
      if (stored) return stored;
    }
    return buildEntityCard(await this.index(), id, lang);
  }

  /**
   * Stores the statistics of the index for the next wake-up, unless those of this library already are.
   * Run a few seconds after the library last changed (and after a wake-up's load), not per batch.
   */
  async persistStats(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    const index = await this.index();
    const { generation } = this;
    if (generation === null || this.loaded !== index) return;
    const { db } = this.deps;
    const stamp = await libraryStamp(db, generation);
    if ((await storedStamp(db)) === stamp) return;
    const stats = index.stats;
    // Changed while the statistics were computed: the next change schedules another run. (Stored under
    // an older generation than the database's, they would never be read.)
    if (this.loaded !== index) return;
    await storeStats(db, stats, stamp);
  }

  private schedulePersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      this.persistStats().catch((error: unknown) => {
        // A database closed meanwhile (the worker or a test ending) keeps nothing to store into.
        if ((error as { name?: string } | null)?.name !== 'DatabaseClosedError')
          console.warn('[context-lens] could not store the statistics', error);
      });
    }, PERSIST_AFTER_MS);
  }

  /** The searcher over the current index, built on the first search only (cards do not need it). */
  async searcher(): Promise<Searcher> {
    const index = await this.index();
    if (this.searcherFor?.index !== index) this.searcherFor = { index, searcher: createSearcher(index) };
    return this.searcherFor.searcher;
  }

  /**
   * The matcher of the index's entities (in their order) and the reader's articles by word, for an
   * addition: made on the first addition after a wake-up, then grown with each one.
   */
  async forAddition(): Promise<{ index: CorpusIndex; matcher: GrowingMatcher; earlier: EarlierArticles }> {
    const index = await this.index();
    if (this.grownFor?.index !== index) {
      const user = index.articles.filter((a) => a.origin === 'user');
      const ids = new Set(user.map((a) => a.id));
      this.grownFor = {
        index,
        matcher: new GrowingMatcher(index.entities),
        earlier: new EarlierArticles(
          user,
          index.sentences.filter((s) => ids.has(s.articleId)),
        ),
      };
    }
    return this.grownFor;
  }

  /** On install, update and browser start: bring IndexedDB up to date with the bundle, then publish. */
  async install(): Promise<void> {
    try {
      if (await storeSeedIndex(this.deps.db, this.deps.seed)) this.indexPromise = null;
    } catch (error) {
      // Without IndexedDB (a private window, a full disk) the bundled seed still answers everything.
      console.warn('[context-lens] could not store the seed index', error);
    }
    await this.publishMatcherPack();
  }

  /**
   * After an addition already written to IndexedDB: the loaded index gains it in memory (statistics are
   * computed again on the next card), rather than being read back whole, then the pack is republished.
   */
  async added(
    part: UserPart,
    { more = false, generation }: { more?: boolean; generation?: number } = {},
  ): Promise<void> {
    if (this.indexPromise) {
      const current = await this.indexPromise;
      const replaced = new Set(part.entities.map((e) => e.id));
      const replacing = current.entities.some((e) => replaced.has(e.id));
      // Arrays a previous addition made are grown in place (copying 700,000 sentences for every batch
      // grew an ingest with its square); the seed's own, or any the index shares, are copied once.
      const inPlace = this.ownArrays === current && !replacing;
      const grow = <T>(list: T[], more: readonly T[]): T[] => {
        const out = inPlace ? list : [...list];
        for (const item of more) out.push(item);
        return out;
      };
      // Built field by field: spreading `current` would read its statistics, computing them.
      const next = withComputedStats({
        version: current.version,
        articles: grow(current.articles, part.articles),
        sentences: grow(current.sentences, part.sentences),
        entities: grow(
          replacing ? current.entities.filter((e) => !replaced.has(e.id)) : current.entities,
          part.entities,
        ),
        mentions: grow(current.mentions, part.mentions),
        stats: [],
      });
      this.ownArrays = next;
      this.indexPromise = Promise.resolve(next);
      this.loaded = next;
      this.generation = generation ?? null;
      const grown = this.grownFor;
      if (grown?.index === current && !replacing) {
        grown.matcher.add(part.entities);
        grown.earlier.add(part.articles, part.sentences);
        grown.index = next;
      } else this.grownFor = null;
    }
    // In a long addition, open pages get the new names every few seconds rather than after each batch:
    // compiling and storing the pack of 30,000 entities each time would cost the worker and every tab.
    if (!more) {
      this.schedulePersist();
      // The matcher of 30,000 entities' forms weighs hundreds of MB: a later addition makes it again.
      this.grownFor = null;
    }
    const every = Math.max(PUBLISH_EVERY_MS, PUBLISH_SHARE * this.publishMs);
    if (more && Date.now() - this.publishedAt < every) {
      this.trailing ??= setTimeout(() => void this.publishMatcherPack(), every);
      return;
    }
    await this.publishMatcherPack();
  }

  /** After the reader's articles changed: reload the index and republish the pack. */
  async refresh(): Promise<void> {
    this.indexPromise = null;
    this.loaded = null;
    this.generation = null;
    await this.publishMatcherPack();
  }

  /** On a wake-up: publish the pack only if storage lost it (cleared by hand, never written) or holds an older format. */
  async ensureMatcherPack(): Promise<void> {
    const pageIndex = (await this.deps.storage.get(MATCHER_INDEX_KEY))[MATCHER_INDEX_KEY] as
      Partial<Pick<PageIndex, 'format' | 'packVersion'>> | undefined;
    if (pageIndex?.format !== PAGE_SHARDS_FORMAT || pageIndex.packVersion !== MATCHER_PACK_VERSION)
      await this.publishMatcherPack();
  }

  /**
   * The pack for web pages, as its index and shards (lib/match/shards.ts), in one write: a page that
   * reads the new index finds its shards. The whole pack is not stored: every write of a key reaches every
   * open tab's storage.onChanged, tens of MB at 50,000 entities.
   */
  async publishMatcherPack(): Promise<void> {
    if (this.trailing) clearTimeout(this.trailing);
    this.trailing = null;
    this.publishedAt = Date.now();
    const index = await this.index();
    const started = performance.now();
    const pack = buildMatcherPack(index.entities, { forPages: true });
    const { index: pageIndex, shards } = splitPack(
      pack,
      `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    );

    const before = (await this.deps.storage.get(MATCHER_INDEX_KEY))[MATCHER_INDEX_KEY] as
      Pick<PageIndex, 'shardCount'> | undefined;
    const items: Record<string, unknown> = { [MATCHER_INDEX_KEY]: pageIndex };
    for (const shard of shards) items[shardKey(shard.shard)] = shard;
    try {
      await this.deps.storage.set(items);
      // Storing costs as much as compiling (the browser serialises every shard).
      this.publishMs = performance.now() - started;
    } catch (error) {
      // storage.set writes all of its items or none: pages keep the previous pack, and the reader is told
      // (getStatus) that the newest names do not reach them; what was added stays in the library.
      this.publishProblem = publishProblemOf(error);
      console.warn('[context-lens] the matcher pack could not be written', error);
      return;
    }
    this.publishProblem = null;
    // The shards a larger library had.
    const stale: string[] = [LEGACY_MATCHER_PACK_KEY];
    for (let s = shards.length; s < (before?.shardCount ?? 0); s++) stale.push(shardKey(s));
    if (stale.length) await this.deps.storage.remove(stale);
  }

  private async loadIndex(): Promise<CorpusIndex> {
    const { db } = this.deps;
    // The reader's part and the generation of the library it is, read together.
    const { user, generation } = await db
      .transaction('r', [db.articles, db.sentences, db.entities, db.mentions, db.meta], async () => ({
        user: await loadUserPart(db),
        generation: await readGeneration(db),
      }))
      .catch((error: unknown) => {
        console.warn('[context-lens] could not read the reader’s articles', error);
        return { user: NO_USER_PART, generation: null };
      });
    this.loadingGeneration = generation;
    const packs = await (this.deps.packs?.() ?? Promise.resolve([])).catch((error: unknown) => {
      console.warn('[context-lens] could not read the subscribed packs', error);
      return [];
    });
    const merged = mergePacks(withUserPart(this.deps.seed, user), packs);
    // The reader's articles and the packs change counts, best passages and related entities: computed again over all.
    return merged === this.deps.seed ? merged : withComputedStats(merged);
  }
}
