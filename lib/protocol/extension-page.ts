// Messages the extension's own pages (the popup, the library) send to the background, besides the
// page's and the library's.
import * as v from 'valibot';
import type { SearchResults } from '../view-model';
import { LANG, LIMITS, shortString } from './fields';
import { message, NO_PAYLOAD } from './message';

export interface IndexStatus {
  entities: number;
  articles: number;
  /**
   * Set when the newest names could not be written for pages ('quota': the browser's storage for the
   * extension is full); pages keep the names they had.
   */
  pagesBehind?: 'quota' | 'failed';
}

export const EXTENSION_PAGE_MESSAGES = {
  search: message<SearchResults>()(
    v.strictObject({
      query: shortString(
        LIMITS.queryLength,
        `"query" must be a string of at most ${LIMITS.queryLength} characters`,
      ),
      lang: LANG,
      limit: v.optional(
        v.message(
          v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.maxSearchLimit)),
          `"limit" must be an integer from 1 to ${LIMITS.maxSearchLimit}`,
        ),
      ),
    }),
  ),
  getStatus: message<IndexStatus>()(NO_PAYLOAD),
};
