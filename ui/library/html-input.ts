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
  return extractArticle(doc, (fragment) => sanitizer.sanitize(fragment), { label, url });
}
