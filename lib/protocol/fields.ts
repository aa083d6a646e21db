// The fields that messages carry, as valibot schemas: each rule (what an id looks like, how long a query
// may be) is written once, and the messages of every sender use it.
import * as v from 'valibot';
import type { Lang } from '../model';
import { EntityIdSchema, UserArticleIdSchema } from '../validate/ids';

export const LIMITS = {
  idLength: 80,
  queryLength: 200,
  maxSearchLimit: 50,
  /** Library messages (extension pages only). */
  labelLength: 1000,
  metaLength: 2000,
  removeIds: 5000,
  importChars: 60_000_000,
} as const;

const LANGS: [Lang, ...Lang[]] = ['ru', 'en'];

/** A string of at most `max` characters; `message` names the rule whichever part of it fails. */
export const shortString = (max: number, message: string) =>
  v.message(v.pipe(v.string(), v.maxLength(max)), message);

export const LANG = v.picklist(LANGS, '"lang" must be "ru" or "en"');

/** lib/validate's entity id, no longer than a message may carry. */
export const ENTITY_ID = v.message(
  v.pipe(EntityIdSchema, v.maxLength(LIMITS.idLength)),
  `"id" must be an entity id (a-z, 0-9, -; at most ${LIMITS.idLength} characters)`,
);

/** Any article: the corpus's ('seed-…'), the reader's ('user-…') or a subscribed pack's ('pack-…'). */
export const ARTICLE_ID = v.message(
  v.pipe(v.string(), v.maxLength(LIMITS.idLength), v.regex(/^(seed|user|pack)-[a-z0-9-]+$/)),
  '"article" must be an article id',
);

/** One of the reader's own articles ('user-…'): the only ones the library may remove. */
export const USER_ARTICLE_ID = v.pipe(UserArticleIdSchema, v.maxLength(LIMITS.idLength));

export const SENTENCE_INDEX = v.message(
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  '"sentence" must be a sentence index',
);
