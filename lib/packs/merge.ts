// The packs a reader subscribes to, merged into the index they already have (the bundled corpus and their
// own articles). One rule decides that two entities are one: the same type and the same name once
// normalised (lower case, ё→е, words only; lib/entities' nameKey), in English or in Russian. The entity
// already known wins: the bundled corpus first, then the reader's own, then packs in the order they were
// subscribed; it keeps its id, names, description and flags, and gains the other's forms and links.
import { nameKey } from '../entities/build-entities';
import type { Article, CorpusIndex, Entity, EntityId, NameForm } from '../model';
import type { PackContent } from './format';

export interface HeldPack {
  id: string;
  content: PackContent;
}

type Part = Pick<CorpusIndex, 'articles' | 'sentences' | 'entities' | 'mentions'>;

function keysOf(entity: Pick<Entity, 'type' | 'name'>): string[] {
  const keys = [`${entity.type}\u0000${nameKey(entity.name.en)}`];
  if (entity.name.ru) keys.push(`${entity.type}\u0000${nameKey(entity.name.ru)}`);
  return keys.filter((k) => !k.endsWith('\u0000'));
}

const formKey = (f: NameForm) => `${f.text}\u0000${f.kind}\u0000${f.lang}`;

/** What the merge rule reads of an entity: its type and names (an entity's head is enough). */
type Named = Pick<Entity, 'id' | 'type' | 'name'>;

/**
 * Which id each pack's entities take once merged: the id of the known entity it is (the rule above),
 * or its own, made unique among the ids before it. One map per pack, in the packs' order; `added`
 * receives each entity that is none of those before it, under its new id.
 */
export function packEntityIds<T extends Named>(
  base: readonly Named[],
  packs: readonly { id: string; entities: readonly T[] }[],
  added: (entity: T, id: EntityId) => void = () => {},
): Map<EntityId, EntityId>[] {
  const ids = new Set(base.map((e) => e.id));
  const byKey = new Map<string, EntityId>();
  const register = (entity: Named, id: EntityId) => {
    for (const key of keysOf(entity)) if (!byKey.has(key)) byKey.set(key, id);
  };
  for (const e of base) register(e, e.id);
  return packs.map((pack) => {
    const idOf = new Map<EntityId, EntityId>();
    for (const entity of pack.entities) {
      const known = keysOf(entity)
        .map((key) => byKey.get(key))
        .find((id) => id !== undefined);
      if (known !== undefined) {
        idOf.set(entity.id, known);
        continue;
      }
      let id = entity.id;
      for (let n = 2; ids.has(id); n++) id = `${entity.id}-${pack.id}${n > 2 ? `-${n}` : ''}`;
      idOf.set(entity.id, id);
      ids.add(id);
      register(entity, id);
      added(entity, id);
    }
    return idOf;
  });
}

/**
 * `base` with every pack's articles, sentences, entities and mentions; pack entities mapped onto known
 * ones. A pack's article that the base or an earlier pack already has is theirs: its copy in the pack,
 * with its sentences and mentions, is left out.
 */
export function mergePacks<T extends Part>(base: T, packs: readonly HeldPack[]): T {
  if (packs.length === 0) return base;
  const entities = new Map<EntityId, Entity>(base.entities.map((e) => [e.id, e]));
  const articles: Article[] = [...base.articles];
  const sentences = [...base.sentences];
  const mentions = [...base.mentions];
  const articleIds = new Set(base.articles.map((a) => a.id));
  const fresh = new Set<Entity>();
  const idsOf = packEntityIds(
    base.entities,
    packs.map((p) => ({ id: p.id, entities: p.content.entities })),
    (entity, id) => fresh.add(entity) && entities.set(id, { ...entity, id, links: [] }),
  );

  packs.forEach((pack, p) => {
    const idOf = idsOf[p];
    // In order: a pack's entity may be one an earlier pack added.
    for (const entity of pack.content.entities) {
      const id = idOf.get(entity.id)!;
      if (!fresh.has(entity)) entities.set(id, joined(entities.get(id)!, entity));
    }
    // Links are resolved once every entity of the pack has its id.
    for (const entity of pack.content.entities) {
      const id = idOf.get(entity.id)!;
      const links = entity.links.map((l) => idOf.get(l) ?? l).filter((l) => l !== id && entities.has(l));
      const target = entities.get(id)!;
      const merged = [...new Set([...target.links, ...links])];
      if (merged.length !== target.links.length) entities.set(id, { ...target, links: merged });
    }
    const own = new Set<string>();
    for (const article of pack.content.articles) {
      if (articleIds.has(article.id)) continue;
      articleIds.add(article.id);
      own.add(article.id);
      articles.push({ ...article, pack: pack.id });
    }
    // One at a time: a large pack has more sentences than a call's arguments may number.
    for (const sentence of pack.content.sentences) if (own.has(sentence.articleId)) sentences.push(sentence);
    for (const m of pack.content.mentions)
      if (own.has(m.articleId)) mentions.push({ ...m, entityId: idOf.get(m.entityId) ?? m.entityId });
  });
  return { ...base, articles, sentences, entities: [...entities.values()], mentions };
}

/** `known` with the forms and links `other` adds. */
function joined(known: Entity, other: Entity): Entity {
  const have = new Set(known.forms.map(formKey));
  const forms = other.forms.filter((f) => !have.has(formKey(f)));
  return forms.length === 0 ? known : { ...known, forms: [...known.forms, ...forms] };
}
