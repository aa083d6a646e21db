// Messages a content script sends to the background. A content script runs inside a web page, so the
// background treats what it sends as untrusted: these are the only messages it may send at all.
import * as v from 'valibot';
import type { EntityCard } from '../view-model';
import { ARTICLE_ID, ENTITY_ID, LANG, SENTENCE_INDEX } from './fields';
import { message, type ProtocolOf } from './message';

/** Where the library opens: at an article's sentence, or at an entity's page. */
export type LibraryTarget = { article: string; sentence: number } | { entity: string };

const OPEN_LIBRARY = v.pipe(
  v.strictObject({
    entity: v.optional(ENTITY_ID),
    article: v.optional(ARTICLE_ID),
    sentence: v.optional(SENTENCE_INDEX),
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }): LibraryTarget => {
    const { entity, article, sentence } = dataset.value;
    if (entity !== undefined && article === undefined && sentence === undefined) return { entity };
    if (entity === undefined && article !== undefined && sentence !== undefined) return { article, sentence };
    addIssue({ message: 'give an entity, or an article and a sentence' });
    return NEVER;
  }),
);

export const PAGE_MESSAGES = {
  getEntityCard: message<EntityCard | null>()(v.strictObject({ id: ENTITY_ID, lang: LANG })),
  /**
   * Opens the library in a new tab. Web pages may not navigate to extension pages, so a content script
   * asks the background to open it.
   */
  openLibrary: message<void>()(OPEN_LIBRARY),
};

export type PageProtocol = ProtocolOf<typeof PAGE_MESSAGES>;
