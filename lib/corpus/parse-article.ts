// From scraped or pasted text to a clean Article: metadata found, page chrome and duplicates removed.

import { httpUrl } from '../validate/url';
import type { Article, Lang } from '../model';
import { binaryShare, cleanLine, cleanText, lineKey } from './clean-text';
import { byScript, identifyLanguage, languageName, type LanguageCode } from './language';
import { classifyLine } from './page-chrome';
import { UNKNOWN_SOURCE, detectSource } from './source';
import { deriveTitle, looksLikeHeadline } from './title';

/** An input that cannot become an article; the message names the input and says what is wrong. */
export class CorpusParseError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
    /** Set when the text is in a language the pipeline does not read: the one it was taken for. */
    readonly language?: LanguageCode,
  ) {
    super(`${input}: ${reason}`);
    this.name = 'CorpusParseError';
  }
}

/** Above this share of control or undecodable characters the input is not text. */
const MAX_BINARY_SHARE = 0.01;
/** `date 2026-01-30` glued into the first line by the scraper. */
const DATE_MARKER = /(?:^|\s)date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/u;
/** `title: …` style header lines at the top of a file. */
const HEADER_LINE = /^(title|date|source|author|url|lang):\s*(.*)$/i;
/** A byline: two or three capitalised words and nothing else ("Али Гасымов", "Ilgar Velizade"). */
const BYLINE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})$/u;
/** "Автор: Али Гасымов", "By Ilgar Velizade". */
const EXPLICIT_BYLINE = /^(?:[Аа]втор:|[Тт]екст:|By|BY)\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})$/u;

interface Header {
  title?: string;
  date?: string;
  source?: string;
  author?: string;
  url?: string;
  lang?: Lang;
}

/** Lines grouped into blocks by blank lines; a hard-wrapped sentence is joined back into one line. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let previousBlank = true;
  for (const raw of text.split('\n')) {
    const line = cleanLine(raw);
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    const wrapped =
      !previousBlank && last !== undefined && !/[.!?…:;»"”)]$/u.test(last) && /^\p{Ll}/u.test(line);
    if (wrapped) lines[lines.length - 1] = `${last} ${line}`;
    else lines.push(line);
    previousBlank = false;
  }
  return lines;
}

/** Takes metadata off the top: header lines, and the `date` marker wherever it sits in the first line. */
function readHeader(text: string): { header: Header; body: string } {
  const header: Header = {};
  const lines = text.split('\n');
  while (lines.length > 0) {
    const m = HEADER_LINE.exec(lines[0].trim());
    if (!m) break;
    const key = m[1].toLowerCase() as keyof Header;
    const value = m[2].trim();
    if (value) (header as Record<string, string>)[key] = value;
    lines.shift();
  }
  const first = lines[0] ?? '';
  const marker = DATE_MARKER.exec(first);
  if (marker) {
    header.date ??= marker[1];
    // What precedes the marker is a byline left over from the previous scraped article.
    const before = first.slice(0, marker.index).trim();
    const after = first.slice(marker.index + marker[0].length);
    lines[0] = before && !BYLINE.test(before) ? `${before}\n${after}` : after;
  }
  return { header, body: lines.join('\n') };
}

function isIsoDate(value: string | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * How to read an article: in the language identified (the default), in the one the reader says, or for
 * the names the index knows only (a language the pipeline does not read).
 */
export type Reading = Lang | 'names-only';

/** Parses an article's text; `label` names the input in errors (a file name, "pasted article"). */
export function parseArticle(
  label: string,
  text: string,
  meta: Partial<Article>,
  reading?: Reading,
): Article {
  if (text.trim() === '') throw new CorpusParseError(label, 'the text is empty');
  const share = binaryShare(text);
  if (share > MAX_BINARY_SHARE || text.includes('\u0000')) {
    throw new CorpusParseError(
      label,
      `looks like a binary file, not UTF-8 text (${(share * 100).toFixed(1)}% control bytes)`,
    );
  }

  const { header, body } = readHeader(cleanText(text));
  let chromeDate: string | null = null;
  const lines: string[] = [];
  for (const line of logicalLines(body)) {
    const verdict = classifyLine(line);
    if (verdict.chrome) chromeDate ??= verdict.date;
    else lines.push(line);
  }

  let author = meta.author ?? header.author ?? null;
  const lastLine = lines[lines.length - 1];
  const byline =
    lastLine !== undefined && lines.length > 1
      ? (EXPLICIT_BYLINE.exec(lastLine) ?? BYLINE.exec(lastLine))
      : null;
  if (byline) {
    lines.pop();
    author ??= byline[1];
  }
  const firstLine = lines[0];
  const explicitByline = firstLine !== undefined ? EXPLICIT_BYLINE.exec(firstLine) : null;
  if (explicitByline) {
    lines.shift();
    author ??= explicitByline[1];
  }

  let title = meta.title ?? header.title ?? null;
  if (!title && lines.length > 1) {
    const first = lines[0];
    const repeated = lines.slice(1).some((l) => lineKey(l) === lineKey(first));
    if (repeated || looksLikeHeadline(first)) title = first;
  }
  const titleKey = title ? lineKey(title) : null;
  const paragraphs = titleKey ? lines.filter((l) => lineKey(l) !== titleKey) : lines;
  if (paragraphs.length === 0 || !paragraphs.some((p) => /\p{L}{2,}/u.test(p))) {
    throw new CorpusParseError(
      label,
      'no article text left once page chrome (share buttons, photo credits) is removed',
    );
  }

  const declared = meta.lang ?? (header.lang === 'en' || header.lang === 'ru' ? header.lang : null);
  const verdict = identifyLanguage(paragraphs);
  const namesOnly = reading === 'names-only' || (!reading && !declared && !verdict.lang);
  if (namesOnly && reading !== 'names-only') {
    throw new CorpusParseError(
      label,
      `the text reads as ${languageName(verdict.identified)}, not Russian or English, the languages Context Lens reads; it can still be added for the names the library knows`,
      verdict.identified,
    );
  }
  const lang: Lang =
    reading && reading !== 'names-only'
      ? reading
      : (declared ?? verdict.lang ?? byScript(paragraphs.join(' ')) ?? 'en');

  return {
    id: meta.id ?? label,
    // A headline ends without a full stop; "?", "!" and "…" are part of it.
    title: title ? title.replace(/(?<!\.)\.$/u, '') : deriveTitle(paragraphs[0]),
    date: meta.date ?? (isIsoDate(header.date) ? header.date : null) ?? chromeDate,
    source: meta.source ?? header.source ?? detectSource(paragraphs) ?? UNKNOWN_SOURCE,
    author,
    lang,
    language: verdict.identified,
    ...(namesOnly ? { namesOnly: true as const } : {}),
    url: httpUrl(meta.url ?? header.url ?? '') ?? null,
    paragraphs,
    origin: meta.origin ?? 'user',
  };
}
