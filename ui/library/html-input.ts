// HTML (a dropped .html file, or the page the popup's "Add this page" reads) to an IngestInput, in an
// extension page: parsed inert with DOMParser, the article found by Readability, sanitised by DOMPurify.
import DOMPurify from 'dompurify';
import { extractArticle } from '../../lib/ingest/extract-html';
import type { IngestInput } from '../../lib/ingest/prepare';

let purify: ReturnType<typeof DOMPurify> | null = null;

export function inputFromHtml(html: string, label: string, url?: string): IngestInput | null {
  purify ??= DOMPurify(window);
  const sanitizer = purify;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The sanitised article is parsed again by DOMParser: an inert document, where nothing loads or runs.
  const inert = (fragment: string) =>
    new DOMParser().parseFromString(sanitizer.sanitize(fragment), 'text/html').body;
  return extractArticle(doc, inert, { label, url });
}
