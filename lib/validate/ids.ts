// What an id looks like, as valibot schemas: checked the same way when a file is imported and in every
// message that carries one (platform/messages.ts may compose these).
import * as v from 'valibot';

/** Entity ids are slugs ("kassym-jomart-tokayev", "ots-2"): lower-case Latin letters, digits, hyphens. */
const MAX_ENTITY_ID_CHARS = 120;
export const EntityIdSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ENTITY_ID_CHARS),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entity id is a slug of lower-case letters, digits and hyphens'),
);

/** A reader's article: "user-" and a hash (or a slug). */
const MAX_ARTICLE_ID_CHARS = 120;
export const UserArticleIdSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ARTICLE_ID_CHARS),
  v.regex(/^user-[\w-]+$/, 'a reader’s article id starts with user-'),
);
