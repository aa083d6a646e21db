// What the library accepts, and the refusal a reader sees when an input does not fit.

/** A file larger than this is refused before it is read: no news article is 5 MB of text. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** An article's text (pasted or extracted) longer than this is refused. */
export const MAX_ARTICLE_CHARS = 2_000_000;
/** An export file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * Articles the background takes in one message; the library sends a large addition in batches. Each batch
 * compiles the matcher of every known entity (twice with English articles): at 10,000 articles that fixed
 * cost is most of a batch of 25, hence 100 (a few seconds each).
 */
export const INGEST_BATCH_SIZE = 100;

/** One input the library did not add, and why, in words a reader understands. */
export interface Refusal {
  /** The file name, the page address, or "pasted text". */
  label: string;
  reason: string;
  /**
   * The text is in a language the pipeline does not read, the one it was taken for (ISO 639-3): the
   * reader may still add it for names only (IngestInput.reading).
   */
  language?: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file cannot be added, judged from its size and name alone (before reading it), or null. */
export function refuseFileUpFront(name: string, size: number): string | null {
  if (size === 0) return 'the file is empty';
  if (size > MAX_FILE_BYTES)
    return `the file is ${formatBytes(size)}; the library takes articles up to ${formatBytes(MAX_FILE_BYTES)}`;
  if (!/\.(txt|text|md|html?|xhtml)$/i.test(name)) return 'only .txt and .html files can be added';
  return null;
}

/** Why a pasted text cannot be added, before it is sent anywhere, or null. */
export function refuseTextUpFront(text: string): string | null {
  if (text.trim() === '') return 'the text is empty';
  if (text.length > MAX_ARTICLE_CHARS) {
    return `the text is ${text.length.toLocaleString('en')} characters; an article may have up to ${MAX_ARTICLE_CHARS.toLocaleString('en')}`;
  }
  return null;
}
