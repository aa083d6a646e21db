// The seed corpus: scraped article files named "000_<hash>.txt", parsed into Articles "seed-000".

import type { Article } from '../model';
import { CorpusParseError, parseArticle, type Reading } from './parse-article';

export { CorpusParseError, type Reading } from './parse-article';
export { UNKNOWN_SOURCE } from './source';

/** "seeds/002_49a2.txt" → "seed-002"; a name without a numeric prefix keeps its own slug. */
function seedIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const prefix = /^(\d+)/.exec(base)?.[1];
  if (prefix) return `seed-${prefix.padStart(3, '0')}`;
  const slug = base
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) throw new CorpusParseError(fileName, 'cannot derive an article id from the file name');
  return `seed-${slug}`;
}

/** Parses one seed file; throws CorpusParseError naming the file when it holds no article. */
export function parseSeedFile(fileName: string, text: string): Article {
  return parseArticle(fileName, text, { id: seedIdFromFileName(fileName), origin: 'seed' });
}

/** FNV-1a, enough to give a pasted article a stable id from its text. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A reader's own article (pasted text or an extracted page): same cleaning, id `user-<hash>` unless given. */
export function parseArticleText(text: string, meta: Partial<Article> = {}, reading?: Reading): Article {
  const label = meta.url ?? meta.title ?? 'pasted article';
  return parseArticle(
    label,
    text,
    { origin: 'user', ...meta, id: meta.id ?? `user-${textHash(text)}` },
    reading,
  );
}
