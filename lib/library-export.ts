// The reader's library as one JSON file: their articles (with sentences and mentions, so that an import
// gives back exactly what was exported), the entities only their articles named, and their settings.
// `parseLibraryExport` checks a file before anything is written: an import never half-happens.
import * as v from 'valibot';
import type { Article, Entity, Mention, Sentence, StoredArticle } from './model';
import { ENTITY_TYPES } from './model';
import { MAX_ARTICLE_CHARS } from './ingest/limits';
import { EntityIdSchema, UserArticleIdSchema } from './validate/ids';
import { MAX_FORMS_PER_ENTITY, NameFormSchema } from './validate/forms';
import { HttpUrlSchema } from './validate/url';
import { settingsFrom, type Settings } from './settings';

/** What one file may hold: far above any reader's library, low enough that a crafted file cannot exhaust memory. */
const IMPORT_LIMITS = {
  articles: 20_000,
  entities: 100_000,
  sentences: 2_000_000,
  mentions: 5_000_000,
  /** Title, source, author, a sentence's or a name's text. */
  fieldChars: 2_000,
} as const;

export const EXPORT_FORMAT = 'context-lens-library';
/** Bump when the file's shape changes; an older reader refuses a newer file rather than misread it. */
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  articles: StoredArticle[];
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
}

export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

export function buildLibraryExport(
  part: Omit<LibraryExport, 'format' | 'version' | 'exportedAt'>,
  now = new Date(),
): LibraryExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...part };
}

export function exportFileName(now = new Date()): string {
  return `context-lens-library-${now.toISOString().slice(0, 10)}.jsonl`;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** A sentence's index or paragraph: -1 is the headline's. */
export const isSentenceIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= -1;
export const isField = (v: unknown): v is string => isString(v) && v.length <= IMPORT_LIMITS.fieldChars;

export function check(ok: boolean, what: string): void {
  if (!ok) throw new ImportRefused(`This file is damaged or is not a Context Lens export: ${what}.`);
}

export function checkArticle(a: unknown, i: number): asserts a is StoredArticle {
  const at = `article ${i + 1}`;
  check(isObject(a), `${at} is not an object`);
  const o = a as Record<string, unknown>;
  check(v.is(UserArticleIdSchema, o.id), `${at} has no valid id`);
  check(isField(o.title) && isField(o.source), `${at} lacks a title or source`);
  check(
    (o.date === null || (isString(o.date) && /^\d{4}-\d{2}-\d{2}$/.test(o.date))) &&
      (o.author === null || isField(o.author)),
    `${at} has a bad date or author`,
  );
  check(o.url === null || v.is(HttpUrlSchema, o.url), `${at} has an address that is not http(s)`);
  check(o.lang === 'ru' || o.lang === 'en', `${at} has an unknown language`);
  check(
    (o.language === undefined || (isString(o.language) && /^[a-z]{3}$/.test(o.language))) &&
      (o.namesOnly === undefined || o.namesOnly === true),
    `${at} has a bad identified language`,
  );
  check(
    Array.isArray(o.paragraphs) &&
      o.paragraphs.every(isString) &&
      o.paragraphs.reduce((n: number, p: string) => n + p.length, 0) <= MAX_ARTICLE_CHARS,
    `${at} has no paragraphs, or more text than an article may have`,
  );
  check(o.origin === 'user', `${at} is not one of the reader's articles`);
}

export function checkEntity(e: unknown, i: number): asserts e is Entity {
  const at = `entity ${i + 1}`;
  check(isObject(e), `${at} is not an object`);
  const o = e as Record<string, unknown>;
  check(v.is(EntityIdSchema, o.id), `${at} has no valid id`);
  check((ENTITY_TYPES as readonly unknown[]).includes(o.type), `${at} has an unknown type`);
  check(
    isObject(o.name) && isField(o.name.en) && (o.name.ru === null || isField(o.name.ru)),
    `${at} has no name`,
  );
  check(
    isObject(o.description) && isField(o.description.en) && isField(o.description.ru),
    `${at} has no description`,
  );
  check(
    Array.isArray(o.forms) &&
      o.forms.length > 0 &&
      o.forms.length <= MAX_FORMS_PER_ENTITY &&
      o.forms.every((f) => v.is(NameFormSchema, f)),
    `${at} has bad forms`,
  );
  check(
    Array.isArray(o.links) && o.links.length <= 100 && o.links.every((l) => v.is(HttpUrlSchema, l)),
    `${at} has links that are not http(s) addresses`,
  );
  check(o.origin === 'user', `${at} is not one of the reader's entities`);
}

export function checkSettings(s: unknown): Settings {
  check(isObject(s), 'the settings are missing');
  return settingsFrom(s);
}

/** Throws ImportRefused naming the first value that occurs twice. */
function checkUnique(values: Iterable<string>, what: (value: string) => string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value))
      throw new ImportRefused(`This file lists ${what(value)} twice; nothing was imported.`);
    seen.add(value);
  }
}

/** The checked content of an export file's text; throws ImportRefused saying what is wrong. */
export function parseLibraryExport(text: string): LibraryExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportRefused('This file is damaged or is not a Context Lens export: it is not valid JSON.');
  }
  check(isObject(data) && data.format === EXPORT_FORMAT, 'it does not say it is a Context Lens library');
  const o = data as Record<string, unknown>;
  check(isInt(o.version) && o.version >= 1, 'it has no format version');
  if ((o.version as number) > EXPORT_VERSION) {
    throw new ImportRefused(
      `This file was exported by a newer version of Context Lens (format ${String(o.version)}; this one reads up to ${EXPORT_VERSION}). Update the extension, then import it again.`,
    );
  }
  for (const key of ['articles', 'sentences', 'entities', 'mentions'] as const) {
    check(Array.isArray(o[key]), `the list of ${key} is missing`);
    if ((o[key] as unknown[]).length > IMPORT_LIMITS[key])
      throw new ImportRefused(
        `This file holds ${(o[key] as unknown[]).length.toLocaleString('en')} ${key}; an import takes up to ${IMPORT_LIMITS[key].toLocaleString('en')}.`,
      );
  }
  const articles = o.articles as unknown[];
  articles.forEach(checkArticle);
  const entities = o.entities as unknown[];
  entities.forEach(checkEntity);
  checkUnique(
    (articles as Article[]).map((a) => a.id),
    (id) => `the article ${id}`,
  );
  checkUnique(
    (entities as Entity[]).map((e) => e.id),
    (id) => `the entity ${id}`,
  );
  const articleIds = new Set((articles as Article[]).map((a) => a.id));
  (o.sentences as unknown[]).forEach((s, i) => {
    check(
      isObject(s) &&
        isString(s.articleId) &&
        articleIds.has(s.articleId) &&
        isSentenceIndex(s.index) &&
        isSentenceIndex(s.paragraph) &&
        isString(s.text) &&
        s.text.length <= MAX_ARTICLE_CHARS,
      `sentence ${i + 1} is damaged`,
    );
  });
  checkUnique(
    (o.sentences as Sentence[]).map((s) => `${s.articleId}#${s.index}`),
    (key) => `sentence ${key.split('#')[1]} of ${key.split('#')[0]}`,
  );
  (o.mentions as unknown[]).forEach((m, i) => {
    check(
      isObject(m) &&
        v.is(EntityIdSchema, m.entityId) &&
        isString(m.articleId) &&
        articleIds.has(m.articleId) &&
        isSentenceIndex(m.sentence) &&
        isInt(m.start) &&
        isInt(m.end) &&
        m.end >= m.start &&
        isField(m.surface),
      `mention ${i + 1} is damaged`,
    );
  });
  return {
    format: EXPORT_FORMAT,
    version: o.version as number,
    exportedAt: isString(o.exportedAt) ? o.exportedAt : '',
    settings: checkSettings(o.settings),
    articles: articles as StoredArticle[],
    sentences: o.sentences as Sentence[],
    entities: entities as Entity[],
    mentions: (o.mentions as Mention[]).map(({ entityId, articleId, sentence, start, end, surface }) => ({
      entityId,
      articleId,
      sentence,
      start,
      end,
      surface,
    })),
  };
}
