// A Markdown article: front matter (title, date, source, url, author, lang) between `---` lines, then the
// body, whose markup is reduced to plain paragraphs.
import type { Article } from '../model';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const FIELDS = ['title', 'date', 'source', 'url', 'author', 'lang'] as const;

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

/** The front matter's fields as an Article's metadata, and the body as plain text. */
export function readMarkdown(text: string): { meta: Partial<Article>; body: string } {
  const match = FRONT_MATTER.exec(text);
  const meta: Partial<Article> = {};
  if (match) {
    for (const line of match[1].split(/\r?\n/)) {
      const field = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
      if (!field) continue;
      const key = field[1].toLowerCase() as (typeof FIELDS)[number];
      const value = unquote(field[2]);
      if (!value || !FIELDS.includes(key)) continue;
      if (key === 'lang') {
        if (value === 'ru' || value === 'en') meta.lang = value;
      } else if (key === 'date') {
        if (/^\d{4}-\d{2}-\d{2}/.test(value)) meta.date = value.slice(0, 10);
      } else meta[key] = value;
    }
  }
  return { meta, body: plainMarkdown(match ? text.slice(match[0].length) : text) };
}

/** Markdown's markup taken off: headings, emphasis, links (their text kept), images, code fences, lists. */
function plainMarkdown(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(.+?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]*)`/g, '$1');
}
