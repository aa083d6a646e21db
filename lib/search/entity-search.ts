// Entities found by every name and form they have, as the reader types, with small typos forgiven.

import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entity, EntityId, Lang } from '../model';
import { foldTerm, tokenize } from './terms';

interface FormDoc {
  id: number;
  entity: number;
  text: string;
  isName: boolean;
}

export interface EntityMatch {
  entity: Entity;
  score: number;
  /** The name or form that matched best. */
  form: string;
  /** Every query word matched a word of the form exactly or as its beginning (not only by a typo). */
  strong: boolean;
}

const phraseKey = (text: string) => tokenize(text).map(foldTerm).join(' ');

/** Word-level quality of a hit: exact words beat prefixes, prefixes beat typos. */
function quality(queryTerms: string[], docTerms: string[]): { exact: boolean; strong: boolean } {
  let exact = true;
  let strong = true;
  for (const q of queryTerms) {
    if (docTerms.includes(q)) continue;
    exact = false;
    if (!docTerms.some((d) => d.startsWith(q))) strong = false;
  }
  return { exact, strong };
}

export class EntitySearch {
  private readonly docs: FormDoc[] = [];
  private readonly search: MiniSearch<FormDoc>;

  /** `mentionCount` ranks the better-known of equal hits first (asked at the first query, not here). */
  constructor(
    private readonly entities: readonly Entity[],
    private readonly mentionCount: (id: EntityId) => number,
  ) {
    entities.forEach((entity, e) => {
      const names = new Set([entity.name.en, entity.name.ru].filter((n): n is string => !!n));
      const texts = new Map<string, boolean>();
      for (const n of names) texts.set(n, true);
      for (const f of entity.forms) if (!texts.has(f.text)) texts.set(f.text, false);
      for (const [text, isName] of texts) this.docs.push({ id: this.docs.length, entity: e, text, isName });
    });
    this.search = new MiniSearch<FormDoc>({
      fields: ['text'],
      storeFields: [],
      tokenize,
      processTerm: (t) => foldTerm(t) || null,
    });
    this.search.addAll(this.docs);
  }

  find(query: string, lang: Lang, limit: number): EntityMatch[] {
    const queryTerms = tokenize(query).map(foldTerm).filter(Boolean);
    if (queryTerms.length === 0) return [];
    const queryPhrase = queryTerms.join(' ');
    const options = {
      prefix: (term: string) => term.length >= 2,
      fuzzy: (term: string) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : 0),
      maxFuzzy: 2,
    };
    let hits: SearchResult[] = this.search.search(query, { ...options, combineWith: 'AND' });
    if (hits.length === 0 && queryTerms.length > 1)
      hits = this.search.search(query, { ...options, combineWith: 'OR' });

    const best = new Map<number, EntityMatch>();
    for (const hit of hits) {
      const doc = this.docs[hit.id as number];
      const entity = this.entities[doc.entity];
      const { exact, strong } = quality(queryTerms, hit.terms);
      const displayName = lang === 'ru' ? (entity.name.ru ?? entity.name.en) : entity.name.en;
      let score = hit.score;
      if (phraseKey(doc.text) === queryPhrase)
        score *= 4; // the whole name as typed: "ОТГ", "Middle Corridor"
      else if (exact) score *= 2;
      else if (!strong) score *= 0.5;
      if (doc.isName) score *= doc.text === displayName ? 1.5 : 1.3;
      const known = best.get(doc.entity);
      if (!known || score > known.score)
        best.set(doc.entity, { entity, score, form: doc.text, strong: strong || exact });
    }
    return [...best.values()]
      .map((m) => ({ ...m, score: m.score * (1 + 0.1 * Math.log1p(this.mentionCount(m.entity.id))) }))
      .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id))
      .slice(0, limit);
  }
}
