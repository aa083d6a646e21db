// The library file, format 2 (docs/FORMAT.md): JSON Lines, written and read a line at a time so that a
// library of any size goes through in parts. The first line is the header (format, version, settings,
// counts); then one line per entity of the reader; then one line per article, with its sentences and
// mentions. Every line is checked on its own as it arrives, and `ImportCheck` carries what must hold
// across lines (no id twice, the counts the header announced), so an import refuses a file before it
// writes anything.
import type { Entity, Mention, Sentence, StoredArticle } from './model';
import type { Settings } from './settings';
import {
  EXPORT_FORMAT,
  ImportRefused,
  check,
  checkArticle,
  checkEntity,
  checkSettings,
  isField,
  isInt,
  isSentenceIndex,
  isObject,
  isString,
} from './library-export';
import { MAX_ARTICLE_CHARS } from './ingest/limits';
import * as v from 'valibot';
import { EntityIdSchema } from './validate/ids';

/** Format 1 was one JSON object (lib/library-export.ts), still read; format 2 is this one. */
export const LINES_VERSION = 2;

export interface FileHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  articles: number;
  entities: number;
}

/** One article's line: sentences and mentions carry no articleId (the line's article is theirs). */
export interface ArticleRecord {
  article: StoredArticle;
  sentences: Sentence[];
  mentions: Mention[];
}

export type ImportRecord = { entity: Entity } | ArticleRecord;

/** What one import may hold: far above a reader's library, low enough that a crafted file cannot exhaust storage. */
const LIMITS = {
  articles: 200_000,
  entities: 1_000_000,
  sentencesPerArticle: 50_000,
  mentionsPerArticle: 200_000,
};

export function headerLine(
  settings: Settings,
  counts: { articles: number; entities: number },
  now = new Date(),
): string {
  const header: FileHeader = {
    format: EXPORT_FORMAT,
    version: LINES_VERSION,
    exportedAt: now.toISOString(),
    settings,
    ...counts,
  };
  return JSON.stringify(header);
}

export function entityLine(entity: Entity): string {
  return JSON.stringify({ entity });
}

export function articleLine(article: StoredArticle, sentences: Sentence[], mentions: Mention[]): string {
  return JSON.stringify({
    article,
    sentences: sentences.map(({ index, paragraph, text }) => ({ index, paragraph, text })),
    mentions: mentions.map(({ entityId, sentence, start, end, surface }) => ({
      entityId,
      sentence,
      start,
      end,
      surface,
    })),
  });
}

function parseJson(line: string, what: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new ImportRefused(
      `This file is damaged or is not a Context Lens export: ${what} is not valid JSON.`,
    );
  }
}

/**
 * The version a file's first line declares, or null when the line is not a format-2 header (a format-1
 * file is one JSON object, usually on one line too: it has lists of articles instead of counts).
 */
export function linesVersionOf(firstLine: string): number | null {
  try {
    const o = JSON.parse(firstLine) as unknown;
    return isObject(o) && o.format === EXPORT_FORMAT && isInt(o.version) && o.version >= 2 ? o.version : null;
  } catch {
    return null;
  }
}

export function parseHeader(line: string): FileHeader {
  const o = parseJson(line, 'its first line');
  check(isObject(o) && o.format === EXPORT_FORMAT, 'it does not say it is a Context Lens library');
  const h = o as Record<string, unknown>;
  check(isInt(h.version) && h.version >= 2, 'it has no format version');
  if ((h.version as number) > LINES_VERSION)
    throw new ImportRefused(
      `This file was exported by a newer version of Context Lens (format ${String(h.version)}; this one reads up to ${LINES_VERSION}). Update the extension, then import it again.`,
    );
  check(isInt(h.articles) && isInt(h.entities), 'its header does not say how many articles it holds');
  if ((h.articles as number) > LIMITS.articles || (h.entities as number) > LIMITS.entities)
    throw new ImportRefused(
      `This file holds ${String(h.articles)} articles and ${String(h.entities)} entities; an import takes up to ${LIMITS.articles.toLocaleString('en')} and ${LIMITS.entities.toLocaleString('en')}.`,
    );
  return {
    format: EXPORT_FORMAT,
    version: h.version as number,
    exportedAt: isString(h.exportedAt) ? h.exportedAt : '',
    settings: checkSettings(h.settings),
    articles: h.articles as number,
    entities: h.entities as number,
  };
}

/** One line after the header, checked; `n` is its line number in the file (for the message). */
export function parseRecordLine(line: string, n: number): ImportRecord {
  const at = `line ${n}`;
  const o = parseJson(line, at);
  check(isObject(o), `${at} is not an object`);
  const r = o as Record<string, unknown>;
  if ('entity' in r) {
    checkEntity(r.entity, n - 1);
    return { entity: r.entity };
  }
  check('article' in r, `${at} is neither an entity nor an article`);
  checkArticle(r.article, n - 1);
  const article = r.article;
  const articleId = article.id;
  check(
    Array.isArray(r.sentences) && r.sentences.length <= LIMITS.sentencesPerArticle,
    `${at} has no list of sentences`,
  );
  check(
    Array.isArray(r.mentions) && r.mentions.length <= LIMITS.mentionsPerArticle,
    `${at} has no list of mentions`,
  );
  const sentences = (r.sentences as unknown[]).map((s, i): Sentence => {
    check(
      isObject(s) &&
        isSentenceIndex(s.index) &&
        isSentenceIndex(s.paragraph) &&
        isString(s.text) &&
        s.text.length <= MAX_ARTICLE_CHARS,
      `sentence ${i + 1} of ${at} is damaged`,
    );
    const o = s as Record<string, number & string>;
    return { articleId, index: o.index, paragraph: o.paragraph, text: o.text };
  });
  const indexes = new Set(sentences.map((s) => s.index));
  check(indexes.size === sentences.length, `${at} lists a sentence twice`);
  const mentions = (r.mentions as unknown[]).map((m, i): Mention => {
    check(
      isObject(m) &&
        v.is(EntityIdSchema, m.entityId) &&
        isSentenceIndex(m.sentence) &&
        isInt(m.start) &&
        isInt(m.end) &&
        m.end >= m.start &&
        isField(m.surface),
      `mention ${i + 1} of ${at} is damaged`,
    );
    const o = m as Record<string, number & string>;
    return {
      entityId: o.entityId,
      articleId,
      sentence: o.sentence,
      start: o.start,
      end: o.end,
      surface: o.surface,
    };
  });
  return { article, sentences, mentions };
}

/** What must hold across the lines of one file: each id once, entities before articles, the announced counts. */
export class ImportCheck {
  private readonly articleIds = new Set<string>();
  private readonly entityIds = new Set<string>();

  constructor(readonly header: FileHeader) {}

  add(record: ImportRecord): void {
    if ('entity' in record) {
      check(this.articleIds.size === 0, 'an entity comes after the articles');
      if (this.entityIds.has(record.entity.id))
        throw new ImportRefused(
          `This file lists the entity ${record.entity.id} twice; nothing was imported.`,
        );
      this.entityIds.add(record.entity.id);
      check(this.entityIds.size <= this.header.entities, 'it holds more entities than its header says');
    } else {
      const id = record.article.id;
      if (this.articleIds.has(id))
        throw new ImportRefused(`This file lists the article ${id} twice; nothing was imported.`);
      this.articleIds.add(id);
      check(this.articleIds.size <= this.header.articles, 'it holds more articles than its header says');
    }
  }

  /** At the end of the file: a file cut short is refused. */
  finish(): { articles: number; entities: number } {
    check(
      this.articleIds.size === this.header.articles && this.entityIds.size === this.header.entities,
      `it ends early (${this.articleIds.size} of ${this.header.articles} articles, ${this.entityIds.size} of ${this.header.entities} entities)`,
    );
    return { articles: this.articleIds.size, entities: this.entityIds.size };
  }
}

/** The lines of a text that arrives in pieces (a file read as a stream), without the empty ones. */
export async function* linesOf(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const piece of pieces) {
    const parts = (rest + piece).split('\n');
    rest = parts.pop()!;
    for (const line of parts) if (line.trim()) yield line;
  }
  if (rest.trim()) yield rest;
}
