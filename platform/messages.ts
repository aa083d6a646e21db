// Every message between the extension's contexts, typed in one place.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleId, EntityId, EntityType, Lang } from '../lib/model';
import type { IngestInput, Refusal } from '../lib/ingest';
import type { Reading } from '../lib/corpus';
import type { LibraryExport } from './export';
import type { EntityCard, SearchResults } from '../lib/view-model';

interface PageEntity {
  id: EntityId;
  type: EntityType;
  name: string;
  count: number;
}

export interface PageSummary {
  host: string;
  entities: PageEntity[];
}

/** Handled by the background; sent by content scripts and extension pages. */
export interface BackgroundProtocol {
  getEntityCard(data: { id: EntityId; lang: Lang }): EntityCard | null;
  search(data: { query: string; lang: Lang; limit?: number }): SearchResults;
  getStatus(): { entities: number; articles: number };
  /**
   * Opens the library in a new tab: at an article's sentence, or at an entity's page. Web pages may not
   * navigate to extension pages, so a content script asks the background to open it.
   */
  openLibrary(data: LibraryTarget): void;
  /** Library: add the reader's articles (a batch; the library sends large additions in several). */
  addArticles(data: { items: IngestInput[] }): AddArticlesResult;
  /**
   * Library: the reader says which language an article is in (or that it is in another one: names only);
   * the background reads it again, discovering its entities anew.
   */
  setArticleReading(data: { id: ArticleId; reading: Reading }): LibraryChange;
  /** Library: remove the reader's articles and what only they contributed. */
  removeArticles(data: { ids: ArticleId[] }): LibraryChange;
  /** Library: everything the reader added, and their settings, as one file's content. */
  exportLibrary(): LibraryExport;
  /** Library: the text of an export file, checked before anything is written. */
  importLibrary(data: { text: string }): LibraryChange;
  /** Library: remove every article and entity the reader added. */
  wipeLibrary(): LibraryChange;
}

export interface AddArticlesResult {
  added: { id: ArticleId; title: string }[];
  refused: Refusal[];
  /** Entities the index did not know before. */
  newEntities: number;
}

/** What a library operation changed. */
export interface LibraryChange {
  articles: number;
  entities: number;
}

export type LibraryTarget = { article: ArticleId; sentence: number } | { entity: EntityId };

/** The page as the content script sees it, for "Add this page". */
interface PageSource {
  html: string;
  url: string;
  title: string;
}

/** Handled by the content script of a tab; sent by the popup. */
export interface ContentProtocol {
  getPageSummary(): PageSummary;
  revealEntity(data: { id: EntityId }): boolean;
  /** The page's HTML, address and title, for the popup's "Add this page". */
  getPageSource(): PageSource;
}

export const backgroundMessaging = defineExtensionMessaging<BackgroundProtocol>();
export const contentMessaging = defineExtensionMessaging<ContentProtocol>();

/** Messages a content script (a web page's context) may send. Anything else is refused. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<keyof BackgroundProtocol> = new Set([
  'getEntityCard',
  'openLibrary',
]);
