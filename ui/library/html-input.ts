// HTML (a dropped .html file, or the page the popup's "Add this page" reads) to an IngestInput, in an
// extension page: parsed inert with DOMParser, the article found by Readability, sanitised by DOMPurify.
import DOMPurify from 'dompurify';
import { extractArticle } from '../../lib/ingest/extract-html';
import type { IngestInput } from '../../lib/ingest/prepare';

const purify = DOMPurify(window);

export function inputFromHtml(html: string, label: string, url?: string): IngestInput | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, (fragment) => purify.sanitize(fragment), { label, url });
}
