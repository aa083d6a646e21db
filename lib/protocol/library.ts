// Messages that change the reader's library, sent by the library page (and the popup's "Add this page").
import * as v from 'valibot';
import type { Reading } from '../corpus/parse-article';
import type { Refusal } from '../ingest/limits';
import { INGEST_BATCH_SIZE, MAX_ARTICLE_CHARS } from '../ingest/limits';
import type { LibraryExport } from '../library-export';
import type { ArticleId } from '../model';
import { LIMITS, shortString, USER_ARTICLE_ID } from './fields';
import { message, NO_PAYLOAD, type ProtocolOf } from './message';

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

const META = shortString(
  LIMITS.metaLength,
  'each of "title", "url", "source", "author", "date" must be a short string',
);

const READINGS: [Reading, ...Reading[]] = ['ru', 'en', 'names-only'];
const READING = v.picklist(READINGS, '"reading" must be "ru", "en" or "names-only"');

/** An article to add (lib/ingest's IngestInput). */
const INGEST_INPUT = v.strictObject({
  label: shortString(LIMITS.labelLength, 'each item needs a "label"'),
  text: shortString(
    MAX_ARTICLE_CHARS,
    `each item must carry a text of at most ${MAX_ARTICLE_CHARS} characters`,
  ),
  title: v.optional(META),
  url: v.optional(META),
  source: v.optional(META),
  author: v.optional(META),
  date: v.optional(META),
  /** The language the reader says the article is in, or 'names-only' (lib/corpus's Reading). */
  reading: v.optional(READING),
});

const MAX_ITEMS = INGEST_BATCH_SIZE * 4;

export const LIBRARY_MESSAGES = {
  /** Adds the reader's articles (a batch; the library sends large additions in several). */
  addArticles: message<AddArticlesResult>()(
    v.strictObject({
      items: v.message(
        v.pipe(v.array(INGEST_INPUT), v.minLength(1), v.maxLength(MAX_ITEMS)),
        `"items" must list 1 to ${MAX_ITEMS} articles`,
      ),
    }),
  ),
  /** Removes the reader's articles and what only they contributed. */
  removeArticles: message<LibraryChange>()(
    v.strictObject({
      ids: v.message(
        v.pipe(v.array(USER_ARTICLE_ID), v.maxLength(LIMITS.removeIds)),
        '"ids" must list the reader’s article ids (user-…)',
      ),
    }),
  ),
  /**
   * The reader says which language an article is in (or that it is in another one: names only); the
   * background reads it again, discovering its entities anew.
   */
  setArticleReading: message<LibraryChange>()(
    v.strictObject({
      id: v.message(USER_ARTICLE_ID, '"id" must be one of the reader’s article ids'),
      reading: READING,
    }),
  ),
  /** Everything the reader added, and their settings, as one file's content. */
  exportLibrary: message<LibraryExport>()(NO_PAYLOAD),
  /** The text of an export file, checked before anything is written. */
  importLibrary: message<LibraryChange>()(
    v.strictObject({
      text: shortString(
        LIMITS.importChars,
        `"text" must be the text of an export file, at most ${LIMITS.importChars} characters`,
      ),
    }),
  ),
  /** Removes every article and entity the reader added. */
  wipeLibrary: message<LibraryChange>()(NO_PAYLOAD),
};

export type LibraryProtocol = ProtocolOf<typeof LIBRARY_MESSAGES>;
