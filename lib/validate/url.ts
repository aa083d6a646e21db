// An article's address: http(s) only, wherever it comes from (a pasted header, a file, an import, a page).
// javascript:, data:, file: and extension addresses would become links in the library.
import * as v from 'valibot';

const MAX_URL_CHARS = 2048;

export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS),
  v.check((s) => httpUrl(s) !== null, 'an article’s address must be an http or https address'),
);

/** The address, normalised by the URL parser, when it is http(s); otherwise null. */
export function httpUrl(text: string): string | null {
  if (text.length > MAX_URL_CHARS) return null;
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}
