// What the popup's components need from the extension, as an interface: the entry point wires it to
// messages and storage, tests to plain functions.
import type { EntityId, Lang } from '../../lib/model';
import type { EntityCard, EntityName, Passage, SearchResults } from '../../lib/view-model';
import type { PageSummary } from '../../lib/protocol/tab';
import type { IndexStatus } from '../../lib/protocol/extension-page';
import type { Settings } from '../../lib/settings';

export type PageState =
  | { kind: 'loading' }
  /** No content script answers in this tab: a browser page, the web store, a PDF, a tab not yet reloaded. */
  | { kind: 'unavailable' }
  | { kind: 'ready'; summary: PageSummary };

/** What became of "Add this page". */
export type AddPageOutcome =
  | { kind: 'added'; title: string; newEntities: number }
  /**
   * The library refused it (another language, too long…): its reason, in its words; `language` when it was
   * refused for its language, which the reader may still add it in for names only.
   */
  | { kind: 'refused'; reason: string; language?: string }
  /** Readability found no article in the page. */
  | { kind: 'no-article' }
  | { kind: 'failed' };

export interface PopupBackend {
  search: (query: string, lang: Lang) => Promise<SearchResults>;
  entityCard(id: EntityId, lang: Lang): Promise<EntityCard | null>;
  status(): Promise<IndexStatus>;
  /** Display names of entities, for the page list (the content script knows only what the page wrote). */
  entityNames(ids: EntityId[]): Promise<Map<EntityId, EntityName>>;
  /** The active tab's summary, or null when no content script answers there. */
  pageSummary(): Promise<PageSummary | null>;
  /** Scrolls the active tab to the entity's first mention and opens its popover. */
  revealEntity(id: EntityId): Promise<boolean>;
  openPassage(passage: Passage): void;
  /** Reads the active tab's article and adds it to the reader's library. */
  /** `namesOnly`: kept and searched for the names the library knows, nothing discovered in it. */
  addThisPage(options?: { namesOnly?: boolean }): Promise<AddPageOutcome>;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Follows changes made elsewhere (another window's popup, the library); returns the unsubscribe. */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  close(): void;
}
