// Every message between the extension's contexts, typed in one place.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityId, EntityType, Lang } from '../lib/model';
import type { EntityCard, SearchResults } from '../lib/view-model';

export interface PageEntity {
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
}

/** Handled by the content script of a tab; sent by the popup. */
export interface ContentProtocol {
  getPageSummary(): PageSummary;
  revealEntity(data: { id: EntityId }): boolean;
}

export const backgroundMessaging = defineExtensionMessaging<BackgroundProtocol>();
export const contentMessaging = defineExtensionMessaging<ContentProtocol>();

/** Messages a content script (a web page's context) may send. Anything else is refused. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<keyof BackgroundProtocol> = new Set(['getEntityCard']);
