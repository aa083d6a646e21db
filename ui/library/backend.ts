// What the library page needs from the extension, as an interface: the entry point wires it to
// messages, storage and the database.
import type { IngestInput } from '../../lib/ingest/prepare';
import type { Reading } from '../../lib/corpus/parse-article';
import type { ArticleId, Entity, EntityId } from '../../lib/model';
import type { IndexStatus } from '../../lib/protocol/extension-page';
import type { AddArticlesResult, LibraryChange } from '../../lib/protocol/library';
import type { PackSummary } from '../../lib/packs/state';
import type { Settings } from '../../lib/settings';
import type { Directory, EntityOutline, LibraryIndex, Passage, Shelf } from '../../lib/view-model';
import type { Progress } from './file-transfer';

/** A value that follows the database: `next` now and after every change, until the returned unsubscribe. */
export type Watch<T> = (next: (value: T) => void, fail: (error: Error) => void) => () => void;

/** The reader's library as a file to save. */
interface ExportedLibrary {
  fileName: string;
  blob: Blob;
  articles: number;
  entities: number;
}

export interface LibraryBackend {
  /** One article's page: its part of the library only (platform/library-index.ts's readArticlePart). */
  watchArticle(id: ArticleId): Watch<LibraryIndex>;
  watchShelf: Watch<Shelf>;
  watchDirectory: Watch<Directory>;
  /** Every entity whole, for the directory's search (its list has their heads only). */
  directoryEntities(): Promise<Entity[]>;
  /** One entity's page, without the passages of most articles (platform/entity-page.ts). */
  watchEntity(id: EntityId): Watch<EntityOutline>;
  /** The entity's passages in these of its articles, by article. */
  entityPassages(id: EntityId, articleIds: ArticleId[]): Promise<Map<ArticleId, Passage[]>>;
  status(): Promise<IndexStatus>;
  /** `more`: further batches of the same addition follow. */
  addArticles(items: IngestInput[], more?: boolean): Promise<AddArticlesResult>;
  removeArticles(ids: ArticleId[]): Promise<LibraryChange>;
  setArticleReading(id: ArticleId, reading: Reading): Promise<LibraryChange>;
  /** The whole library as a file (format 2), gathered in parts; `progress` after each. */
  exportLibrary(progress?: Progress): Promise<ExportedLibrary>;
  /** A library file (format 2 in parts, or format 1 whole), all or nothing. */
  importLibrary(file: Blob, progress?: Progress): Promise<LibraryChange>;
  wipeLibrary(): Promise<LibraryChange>;
  listPacks(): Promise<PackSummary[]>;
  /**
   * Asks for the host permission of the pack's origin (call it first thing in the reader's click: the
   * browser shows its prompt only for a user gesture), then subscribes. Resolves null when it was refused.
   */
  subscribePack(url: string): Promise<PackSummary | null>;
  checkPacks(): Promise<PackSummary[]>;
  setPackEnabled(id: string, enabled: boolean): Promise<PackSummary>;
  unsubscribePack(id: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
}
