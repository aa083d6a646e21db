// An article out of a web page's HTML: Readability finds the article in the document (parsed inert:
// a DOMParser document runs no script and loads nothing), its content is sanitised, then read as
// paragraphs of plain text. The caller gives the document and the sanitiser (DOMPurify over its window).
import { Readability } from '@mozilla/readability';
import type { IngestInput } from './prepare';

/**
 * Removes everything active from an HTML fragment and gives what remains parsed in an inert document
 * (DOMPurify, then DOMParser, in the extension): no markup string is assigned to innerHTML here.
 */
export type Sanitize = (html: string) => ParentNode;

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

function paragraphsOf(container: ParentNode): string[] {
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  // Innermost blocks only: a <li> holding a <p> gives its text once.
  const blocks = [...container.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const out = blocks.map(text).filter((t) => t.length > 0);
  if (out.length > 0) return out;
  return (container.textContent ?? '')
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export interface PageMeta {
  label: string;
  url?: string;
}

/**
 * The article of `doc` as an IngestInput (title, source, author and date when the page gives them), or
 * null when the page holds no readable article. `doc` is consumed (Readability rewrites it).
 */
export function extractArticle(doc: Document, sanitize: Sanitize, meta: PageMeta): IngestInput | null {
  const docTitle = doc.title;
  const parsed = new Readability(doc, { charThreshold: 200 }).parse();
  if (!parsed?.content) return null;
  const paragraphs = paragraphsOf(sanitize(parsed.content));
  if (paragraphs.length === 0) return null;
  const title = (parsed.title || docTitle || '').trim();
  const input: IngestInput = { label: meta.label, text: [title, ...paragraphs].filter(Boolean).join('\n\n') };
  if (title) input.title = title;
  if (meta.url) input.url = meta.url;
  if (parsed.siteName) input.source = parsed.siteName.trim();
  if (parsed.byline) input.author = parsed.byline.replace(/^(by|автор:?)\s+/i, '').trim();
  const date = parsed.publishedTime?.slice(0, 10);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) input.date = date;
  return input;
}
