// The MatcherPack: what a content script needs to find names, small enough for browser.storage.

import type { Entity, FormKind, MatcherPack } from '../model';
import { compileForms } from '../match/compile';

/** Format version of the pack; bump when its shape changes. */
export const MATCHER_PACK_VERSION = 4;

/**
 * Entity i of the pack is `entities[i]`; each distinct (form, entity, kind) appears once. The pack for web
 * pages leaves out quiet entities (their names read as ordinary phrases), and carries its forms compiled, so
 * that no page pays for compiling them; the corpus's own pack keeps the quiet entities.
 */
export function buildMatcherPack(entities: readonly Entity[], { forPages = false } = {}): MatcherPack {
  if (forPages) entities = entities.filter((entity) => !entity.quiet);
  const patterns: MatcherPack['patterns'] = [];
  entities.forEach((entity, index) => {
    for (const [text, kind] of patternsOf(entity)) patterns.push([text, index, kind]);
  });
  const pack: MatcherPack = {
    version: MATCHER_PACK_VERSION,
    entities: entities.map(({ id, type, origin }) =>
      origin === 'user' ? { id, type, own: true } : { id, type },
    ),
    patterns,
  };
  if (forPages) pack.compiled = compileForms(pack);
  return pack;
}

/** An entity's forms as the pack has them: spaces made single, each (text, kind) once. */
export function patternsOf(entity: Entity): [string, FormKind][] {
  const out: [string, FormKind][] = [];
  const seen = new Set<string>();
  for (const form of entity.forms) {
    const text = form.text.replace(/\s+/g, ' ').trim();
    const key = `${form.kind}\u0000${text}`;
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push([text, form.kind]);
  }
  return out;
}
