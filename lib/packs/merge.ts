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

function keysOf(entity: Entity): string[] {
  const keys = [`${entity.type}\u0000${nameKey(entity.name.en)}`];
  if (entity.name.ru) keys.push(`${entity.type}\u0000${nameKey(entity.name.ru)}`);
  return keys.filter((k) => !k.endsWith('\u0000'));
}

const formKey = (f: NameForm) => `${f.text}\u0000${f.kind}\u0000${f.lang}`;

/** `base` with every pack's articles, sentences, entities and mentions; pack entities mapped onto known ones. */
export function mergePacks<T extends Part>(base: T, packs: readonly HeldPack[]): T {
  if (packs.length === 0) return base;
  const entities = new Map<EntityId, Entity>(base.entities.map((e) => [e.id, e]));
  const byKey = new Map<string, EntityId>();
  const register = (entity: Entity) => {
    for (const key of keysOf(entity)) if (!byKey.has(key)) byKey.set(key, entity.id);
  };
  base.entities.forEach(register);
  const articles: Article[] = [...base.articles];
  const sentences = [...base.sentences];
  const mentions = [...base.mentions];
  const articleIds = new Set(base.articles.map((a) => a.id));

  for (const pack of packs) {
    const idOf = new Map<EntityId, EntityId>();
    for (const entity of pack.content.entities) {
      const known = keysOf(entity)
        .map((key) => byKey.get(key))
        .find((id) => id !== undefined);
      if (known !== undefined) {
        idOf.set(entity.id, known);
        entities.set(known, joined(entities.get(known)!, entity));
        continue;
      }
      let id = entity.id;
      for (let n = 2; entities.has(id); n++) id = `${entity.id}-${pack.id}${n > 2 ? `-${n}` : ''}`;
      idOf.set(entity.id, id);
      const own = { ...entity, id, links: [] };
      entities.set(id, own);
      register(own);
    }
    // Links are resolved once every entity of the pack has its id.
    for (const entity of pack.content.entities) {
      const id = idOf.get(entity.id)!;
      const links = entity.links.map((l) => idOf.get(l) ?? l).filter((l) => l !== id && entities.has(l));
      const target = entities.get(id)!;
      const merged = [...new Set([...target.links, ...links])];
      if (merged.length !== target.links.length) entities.set(id, { ...target, links: merged });
    }
    for (const article of pack.content.articles) {
      if (articleIds.has(article.id)) continue;
      articleIds.add(article.id);
      articles.push({ ...article, pack: pack.id });
    }
    // One at a time: a large pack has more sentences than a call's arguments may number.
    for (const sentence of pack.content.sentences) sentences.push(sentence);
    for (const m of pack.content.mentions)
      mentions.push({ ...m, entityId: idOf.get(m.entityId) ?? m.entityId });
  }
  return { ...base, articles, sentences, entities: [...entities.values()], mentions };
}

/** `known` with the forms and links `other` adds. */
function joined(known: Entity, other: Entity): Entity {
  const have = new Set(known.forms.map(formKey));
  const forms = other.forms.filter((f) => !have.has(formKey(f)));
  return forms.length === 0 ? known : { ...known, forms: [...known.forms, ...forms] };
}
