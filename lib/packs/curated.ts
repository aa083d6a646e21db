// A pack's entities.json: curated entries in the gazetteer's own format (lib/knowledge/gazetteer.ts),
// checked before the build uses them. They take precedence over what discovery finds.
import * as v from 'valibot';
import type { GazetteerEntry } from '../knowledge/gazetteer';
import { ENTITY_TYPES } from '../model';
import { EntityIdSchema } from '../validate/ids';
import { NameFormSchema } from '../validate/forms';

const Name = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Names = v.optional(v.pipe(v.array(Name), v.maxLength(50)));

const CuratedEntrySchema = v.strictObject({
  id: EntityIdSchema,
  type: v.picklist(ENTITY_TYPES),
  name: v.strictObject({ en: Name, ru: Name }),
  person: v.optional(
    v.strictObject({
      first: v.optional(Name),
      middle: v.optional(Name),
      last: Name,
      gender: v.picklist(['male', 'female']),
    }),
  ),
  ru: Names,
  ruShort: Names,
  ruFixed: Names,
  en: Names,
  enShort: Names,
  enSurname: Names,
  acronyms: Names,
  extra: v.optional(v.pipe(v.array(NameFormSchema), v.maxLength(200))),
  description: v.strictObject({
    en: v.pipe(v.string(), v.maxLength(2000)),
    ru: v.pipe(v.string(), v.maxLength(2000)),
  }),
  links: v.optional(v.pipe(v.array(EntityIdSchema), v.maxLength(100)), []),
  quiet: v.optional(v.literal(true)),
});

const CuratedListSchema = v.array(CuratedEntrySchema);

/** The entries of an entities.json (a list, or `{ "entities": [...] }` as gazetteer.json is); throws saying what is wrong. */
export function parseCuratedEntities(json: unknown, label = 'entities.json'): GazetteerEntry[] {
  const list =
    typeof json === 'object' && json !== null && !Array.isArray(json) && 'entities' in json
      ? json.entities
      : json;
  const result = v.safeParse(CuratedListSchema, list);
  if (!result.success) {
    const first = result.issues[0];
    const path = v.getDotPath(first) ?? '';
    throw new Error(`${label}: ${path ? `${path}: ` : ''}${first.message}`);
  }
  const entries = result.output;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new Error(`${label}: entity ${entry.id} is listed twice`);
    seen.add(entry.id);
  }
  return entries;
}
