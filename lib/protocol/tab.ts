// Messages the popup sends to the content script of its tab. Only the extension can message a tab's
// content script (tabs.sendMessage), so these need no check; they are listed here as types only.
import type { EntityId, EntityType } from '../model';

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

/** The page as the content script sees it, for "Add this page". */
interface PageSource {
  html: string;
  url: string;
  title: string;
}

export interface TabProtocol {
  getPageSummary(): PageSummary;
  revealEntity(data: { id: EntityId }): boolean;
  /** The page's HTML, address and title, for the popup's "Add this page". */
  getPageSource(): PageSource;
}
