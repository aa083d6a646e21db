// Messages that change the reader's library, sent by the library page (and the popup's "Add this page").
import * as v from 'valibot';
import type { Reading } from '../corpus/parse-article';
import type { Refusal } from '../ingest/limits';
import { INGEST_BATCH_SIZE, MAX_ARTICLE_CHARS } from '../ingest/limits';
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

/** Lines of the library file one message carries, at most. */
const MAX_FILE_LINES = 1000;
const SESSION = shortString(LIMITS.idLength, '"session" must be the id an earlier answer gave');
const FILE_LINE = shortString(LIMITS.importChars, 'each line of the file must be a string');

export interface ExportPart {
  session: string;
  /** Lines of the whole file, the header included. */
  total: number;
  lines: string[];
  articles: number;
  entities: number;
}

export const LIBRARY_MESSAGES = {
  /** Adds the reader's articles (a batch; the library sends large additions in several). */
  addArticles: message<AddArticlesResult>()(
    v.strictObject({
      items: v.message(
        v.pipe(v.array(INGEST_INPUT), v.minLength(1), v.maxLength(MAX_ITEMS)),
        `"items" must list 1 to ${MAX_ITEMS} articles`,
      ),
      /** More batches of the same addition follow: the pack for pages may wait for them (a few seconds at most). */
      more: v.optional(v.boolean()),
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
  /** The text of a format-1 export file (one JSON object), checked before anything is written. */
  importLibrary: message<LibraryChange>()(
    v.strictObject({
      text: shortString(
        LIMITS.importChars,
        `"text" must be the text of an export file, at most ${LIMITS.importChars} characters`,
      ),
    }),
  ),
  /**
   * One part of the library file (format 2, lib/library-file.ts): lines `from` to `from + count` of it,
   * the header being line 0. The first call (no session) fixes which articles and entities the file holds.
   */
  exportLibraryPart: message<ExportPart>()(
    v.strictObject({
      session: v.optional(SESSION),
      from: v.pipe(v.number(), v.integer(), v.minValue(0)),
      count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_FILE_LINES)),
    }),
  ),
  /** Starts an import of a format-2 file from its header line: checks it, and stages nothing yet. */
  importLibraryBegin: message<{ session: string }>()(v.strictObject({ header: FILE_LINE })),
  /** The next lines of the file, checked and staged (never written to the library before the commit). */
  importLibraryPart: message<{ received: number }>()(
    v.strictObject({
      session: SESSION,
      lines: v.message(
        v.pipe(v.array(FILE_LINE), v.minLength(1), v.maxLength(MAX_FILE_LINES)),
        `"lines" must list 1 to ${MAX_FILE_LINES} lines`,
      ),
    }),
  ),
  /** The file was sent whole: everything staged is written to the library in one transaction. */
  importLibraryCommit: message<LibraryChange>()(v.strictObject({ session: SESSION })),
  /** The reader cancelled, or the page failed: what was staged is dropped. */
  importLibraryAbort: message<void>()(v.strictObject({ session: SESSION })),
  /** Removes every article and entity the reader added. */
  wipeLibrary: message<LibraryChange>()(NO_PAYLOAD),
};

export type LibraryProtocol = ProtocolOf<typeof LIBRARY_MESSAGES>;
