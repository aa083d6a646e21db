// Search across the corpus: entities by any of their names and forms, sentences by their words.

import type { CorpusIndex, Lang } from '../model';
import type { EntityHit, Passage, SearchResults } from '../view-model';
import { createIndexView } from '../views/index-view';
import { EntitySearch } from './entity-search';
import { PassageSearch } from './passage-search';

export interface Searcher {
  search(query: string, lang: Lang, limit?: number): SearchResults;
}

/** Passages quoted from an entity the query names, before the sentences that contain the words. */
const PASSAGES_PER_ENTITY = 3;

export function createSearcher(index: CorpusIndex): Searcher {
  const view = createIndexView(index);
  const entities = new EntitySearch(index.entities, (id) => view.stats.get(id)?.mentionCount ?? 0);
  const passages = new PassageSearch(index);

  return {
    search(query: string, lang: Lang, limit = 20): SearchResults {
      const trimmed = query.trim();
      if (!trimmed || limit <= 0) return { query, entities: [], passages: [] };

      const entityMatches = entities.find(trimmed, lang, limit);
      const entityHits: EntityHit[] = entityMatches.map(({ entity, form }) => {
        const displayName = lang === 'ru' ? (entity.name.ru ?? entity.name.en) : entity.name.en;
        return {
          id: entity.id,
          type: entity.type,
          name: entity.name,
          description: entity.description,
          mentionCount: view.stats.get(entity.id)?.mentionCount ?? 0,
          matchedForm: form === displayName ? null : form,
        };
      });

      // "tokayev" finds Russian sentences that say "Токаев": the best passages of the entity the query
      // names, then the sentences that contain the query's words.
      const out: Passage[] = [];
      const seen = new Map<string, Passage>();
      const add = (p: Passage) => {
        const key = `${p.articleId}\u0000${p.sentenceIndex}`;
        const known = seen.get(key);
        if (known) {
          known.marks = mergeMarks(known.marks, p.marks);
          return;
        }
        if (out.length >= limit) return;
        seen.set(key, p);
        out.push(p);
      };
      const textHits = passages.find(trimmed, limit);
      // A query naming an entity with a typo ("tokyev") still quotes it when no sentence has the words.
      const strong = entityMatches.filter((m) => m.strong).slice(0, 2);
      const named = strong.length > 0 || textHits.length > 0 ? strong : entityMatches.slice(0, 1);
      for (const m of named) {
        for (const mention of (view.stats.get(m.entity.id)?.best ?? []).slice(0, PASSAGES_PER_ENTITY)) {
          const p = view.passage(mention);
          if (p) add(p);
        }
      }
      for (const hit of textHits) {
        const p = view.sentencePassage(hit.sentence, hit.marks);
        if (p) add(p);
      }
      return { query, entities: entityHits, passages: out };
    },
  };
}

function mergeMarks(a: [number, number][], b: [number, number][]): [number, number][] {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of all) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
