// A pack's data files, checked before anything is kept: ids in the pack's own namespace, every reference
// resolved, lengths bounded. A file that fails names the first thing wrong.
import * as v from 'valibot';
import { ENTITY_TYPES, type Article, type Entity, type Mention, type Sentence } from '../model';
import { EntityIdSchema } from '../validate/ids';
import { MAX_FORMS_PER_ENTITY, NameFormSchema } from '../validate/forms';
import { httpUrl } from '../validate/url';
import { packArticlePrefix, type PackContent, type PackManifest } from './format';

export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

const FIELD_CHARS = 2_000;
const MAX_PARAGRAPH_CHARS = 200_000;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isField = (x: unknown): x is string => typeof x === 'string' && x.length <= FIELD_CHARS;
const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new PackError(`the pack's data is malformed: ${what}`);
}

function checkArticle(a: unknown, prefix: string): Article {
  check(isObject(a), 'an article is not an object');
  const id = a.id;
  check(
    typeof id === 'string' && id.startsWith(prefix) && /^pack-[a-z0-9-]{1,160}$/.test(id),
    `article id ${JSON.stringify(id)} is not of the form ${prefix}…`,
  );
  check(isField(a.title) && isField(a.source), `article ${id} lacks a title or source`);
  check(
    a.date === null || (typeof a.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.date)),
    `article ${id} has a bad date`,
  );
  check(a.author === null || isField(a.author), `article ${id} has a bad author`);
  check(
    a.url === null || (typeof a.url === 'string' && httpUrl(a.url) === a.url),
    `article ${id} has an address that is not http(s)`,
  );
  check(a.lang === 'ru' || a.lang === 'en', `article ${id} has an unknown language`);
  check(
    a.language === undefined || (typeof a.language === 'string' && /^[a-z]{3}$/.test(a.language)),
    `article ${id} has a bad identified language`,
  );
  check(a.namesOnly === undefined || a.namesOnly === true, `article ${id} has a bad namesOnly`);
  check(
    Array.isArray(a.paragraphs) &&
      a.paragraphs.every((p) => typeof p === 'string' && p.length <= MAX_PARAGRAPH_CHARS),
    `article ${id} has bad paragraphs`,
  );
  return a as unknown as Article;
}

function checkEntity(e: unknown): Entity {
  check(isObject(e), 'an entity is not an object');
  check(v.is(EntityIdSchema, e.id), `entity id ${JSON.stringify(e.id)} is not a slug`);
  const at = `entity ${e.id}`;
  check((ENTITY_TYPES as readonly unknown[]).includes(e.type), `${at} has an unknown type`);
  check(
    isObject(e.name) && isField(e.name.en) && (e.name.ru === null || isField(e.name.ru)),
    `${at} has no name`,
  );
  check(
    isObject(e.description) && isField(e.description.en) && isField(e.description.ru),
    `${at} has no description`,
  );
  check(
    Array.isArray(e.forms) &&
      e.forms.length > 0 &&
      e.forms.length <= MAX_FORMS_PER_ENTITY &&
      e.forms.every((f) => v.is(NameFormSchema, f)),
    `${at} has bad forms`,
  );
  check(
    Array.isArray(e.links) && e.links.length <= 100 && e.links.every((l) => v.is(EntityIdSchema, l)),
    `${at} has bad links`,
  );
  check(e.origin === 'gazetteer' || e.origin === 'discovered', `${at} has a bad origin`);
  check(e.quiet === undefined || e.quiet === true, `${at} has a bad quiet flag`);
  return e as unknown as Entity;
}

/** The four files' parsed JSON as PackContent, or a PackError saying what is wrong. */
export function checkPackContent(
  manifest: PackManifest,
  files: Record<keyof PackContent, unknown>,
): PackContent {
  const { articles, sentences, entities, mentions } = files;
  check(
    Array.isArray(articles) && Array.isArray(sentences) && Array.isArray(entities) && Array.isArray(mentions),
    'a data file is not a list',
  );
  check(
    articles.length === manifest.counts.articles,
    `it holds ${articles.length} articles, its index says ${manifest.counts.articles}`,
  );
  check(
    entities.length === manifest.counts.entities,
    `it holds ${entities.length} entities, its index says ${manifest.counts.entities}`,
  );
  const prefix = packArticlePrefix(manifest.id);
  const articleIds = new Set<string>();
  for (const a of articles) {
    const article = checkArticle(a, prefix);
    check(!articleIds.has(article.id), `article ${article.id} is listed twice`);
    articleIds.add(article.id);
  }
  const sentenceKeys = new Map<string, number>();
  for (const s of sentences as unknown[]) {
    check(
      isObject(s) && typeof s.articleId === 'string' && articleIds.has(s.articleId),
      'a sentence belongs to no article of the pack',
    );
    check(
      // -1 is the headline's.
      (isIndex(s.index) || s.index === -1) &&
        Number.isInteger(s.paragraph) &&
        typeof s.text === 'string' &&
        s.text.length <= MAX_PARAGRAPH_CHARS,
      `a sentence of ${s.articleId} is malformed`,
    );
    sentenceKeys.set(`${s.articleId}\u0000${s.index}`, s.text.length);
  }
  const entityIds = new Set<string>();
  for (const e of entities) {
    const entity = checkEntity(e);
    check(!entityIds.has(entity.id), `entity ${entity.id} is listed twice`);
    entityIds.add(entity.id);
  }
  for (const m of mentions as unknown[]) {
    check(
      isObject(m) && typeof m.entityId === 'string' && entityIds.has(m.entityId),
      'a mention names no entity of the pack',
    );
    const length = sentenceKeys.get(`${m.articleId as string}\u0000${m.sentence as number}`);
    check(length !== undefined, `a mention of ${m.entityId} is in no sentence of the pack`);
    check(
      isIndex(m.start) && isIndex(m.end) && m.start < m.end && m.end <= length && isField(m.surface),
      `a mention of ${m.entityId} has bad offsets`,
    );
  }
  return {
    articles: articles as Article[],
    sentences: sentences as Sentence[],
    entities: entities as Entity[],
    mentions: mentions as Mention[],
  };
}
