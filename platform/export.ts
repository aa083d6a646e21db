// The reader's library as one JSON file: their articles (with sentences and mentions, so that an import
// gives back exactly what was exported), the entities only their articles named, and their settings.
// `parseLibraryExport` checks a file before anything is written: an import never half-happens.
import type { Article, Entity, Mention, Sentence } from '../lib/model';
import { ENTITY_TYPES } from '../lib/model';
import type { StoredArticle } from './db';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const EXPORT_FORMAT = 'context-lens-library';
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
  return `context-lens-library-${now.toISOString().slice(0, 10)}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNullableString = (v: unknown) => v === null || isString(v);

function check(ok: boolean, what: string): void {
  if (!ok) throw new ImportRefused(`This file is damaged or is not a Context Lens export: ${what}.`);
}

function checkArticle(a: unknown, i: number): asserts a is StoredArticle {
  const at = `article ${i + 1}`;
  check(isObject(a), `${at} is not an object`);
  const o = a as Record<string, unknown>;
  check(isString(o.id) && /^user-[\w-]+$/.test(o.id), `${at} has no valid id`);
  check(isString(o.title) && isString(o.source), `${at} lacks a title or source`);
  check(
    isNullableString(o.date) && isNullableString(o.author) && isNullableString(o.url),
    `${at} has a bad date, author or address`,
  );
  check(o.lang === 'ru' || o.lang === 'en', `${at} has an unknown language`);
  check(
    (o.language === undefined || (isString(o.language) && /^[a-z]{3}$/.test(o.language))) &&
      (o.namesOnly === undefined || o.namesOnly === true),
    `${at} has a bad identified language`,
  );
  check(Array.isArray(o.paragraphs) && o.paragraphs.every(isString), `${at} has no paragraphs`);
  check(o.origin === 'user', `${at} is not one of the reader's articles`);
}

function checkEntity(e: unknown, i: number): asserts e is Entity {
  const at = `entity ${i + 1}`;
  check(isObject(e), `${at} is not an object`);
  const o = e as Record<string, unknown>;
  check(isString(o.id) && /^[a-z0-9-]+$/.test(o.id), `${at} has no valid id`);
  check((ENTITY_TYPES as readonly unknown[]).includes(o.type), `${at} has an unknown type`);
  check(isObject(o.name) && isString(o.name.en) && isNullableString(o.name.ru), `${at} has no name`);
  check(
    isObject(o.description) && isString(o.description.en) && isString(o.description.ru),
    `${at} has no description`,
  );
  check(
    Array.isArray(o.forms) &&
      o.forms.every(
        (f) =>
          isObject(f) &&
          isString(f.text) &&
          ['full', 'surname', 'short', 'acronym'].includes(f.kind as string) &&
          (f.lang === 'ru' || f.lang === 'en'),
      ),
    `${at} has bad forms`,
  );
  check(Array.isArray(o.links) && o.links.every(isString), `${at} has bad links`);
  check(o.origin === 'user', `${at} is not one of the reader's entities`);
}

function checkSettings(s: unknown): Settings {
  check(isObject(s), 'the settings are missing');
  const o = s as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (typeof o.paused === 'boolean') settings.paused = o.paused;
  if (Array.isArray(o.disabledSites) && o.disabledSites.every(isString))
    settings.disabledSites = o.disabledSites;
  if (Array.isArray(o.types) && o.types.every((t) => (ENTITY_TYPES as readonly unknown[]).includes(t)))
    settings.types = o.types as Settings['types'];
  if (o.mentions === 'all' || o.mentions === 'first') settings.mentions = o.mentions;
  if (o.style === 'underline' || o.style === 'background') settings.style = o.style;
  if (isInt(o.hoverDelayMs)) settings.hoverDelayMs = o.hoverDelayMs;
  return settings;
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
  for (const key of ['articles', 'sentences', 'entities', 'mentions'])
    check(Array.isArray(o[key]), `the list of ${key} is missing`);
  const articles = o.articles as unknown[];
  articles.forEach(checkArticle);
  const entities = o.entities as unknown[];
  entities.forEach(checkEntity);
  const articleIds = new Set((articles as Article[]).map((a) => a.id));
  (o.sentences as unknown[]).forEach((s, i) => {
    check(
      isObject(s) &&
        isString(s.articleId) &&
        articleIds.has(s.articleId) &&
        isInt(s.index) &&
        isInt(s.paragraph) &&
        isString(s.text),
      `sentence ${i + 1} is damaged`,
    );
  });
  (o.mentions as unknown[]).forEach((m, i) => {
    check(
      isObject(m) &&
        isString(m.entityId) &&
        /^[a-z0-9-]+$/.test(m.entityId) &&
        isString(m.articleId) &&
        articleIds.has(m.articleId) &&
        isInt(m.sentence) &&
        isInt(m.start) &&
        isInt(m.end) &&
        isString(m.surface),
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
