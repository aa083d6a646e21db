// Character-level cleaning of scraped text: what a reader cannot see must not reach the index.

/** Soft hyphens, zero-width characters and the byte-order mark: invisible on a page, noise in a name. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Non-breaking and other fixed-width spaces read as an ordinary space. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
/** C0/C1 control characters other than line breaks, and the replacement character of undecodable bytes. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const BINARY_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/** Share of characters that cannot be text; over a few per cent the input is a binary file. */
export function binaryShare(text: string): number {
  if (text.length === 0) return 0;
  const bad = text.match(BINARY_CHARS)?.length ?? 0;
  return bad / text.length;
}

/** Normalises line breaks, spaces and invisible characters; keeps letters, quotes and dashes as written. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u0085/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(INVISIBLE, '')
    .replace(BINARY_CHARS, '')
    .replace(ODD_SPACES, ' ');
}

/** One line: inner runs of spaces collapsed, ends trimmed. */
export function cleanLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}

/** Comparison key for duplicate lines: case, quotes, dashes and trailing punctuation do not matter. */
export function lineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'’‘`]/g, '')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[\s.!?…:;,]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
