// Sentences of the corpus found by their words, with Russian and English stemming.

import MiniSearch from 'minisearch';
import type { CorpusIndex, Sentence } from '../model';
import { stemTerm, tokenize, words } from './terms';

export interface SentenceMatch {
  sentence: Sentence;
  score: number;
  marks: [number, number][];
}

interface SentenceDoc {
  id: number;
  text: string;
}

export class PassageSearch {
  private readonly search: MiniSearch<SentenceDoc>;

  constructor(private readonly index: CorpusIndex) {
    this.search = new MiniSearch<SentenceDoc>({
      fields: ['text'],
      storeFields: [],
      tokenize,
      processTerm: (t) => stemTerm(t),
    });
    this.search.addAll(index.sentences.map((s, id) => ({ id, text: s.text })));
  }

  find(query: string, limit: number): SentenceMatch[] {
    const terms = tokenize(query);
    if (!terms.some((t) => stemTerm(t))) return [];
    const lastTerm = stemTerm(terms[terms.length - 1]);
    const hits = this.search.search(query, {
      combineWith: 'AND',
      // As the reader types: the word being typed matches as a beginning.
      prefix: (term) => term === lastTerm && term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : 0),
    });
    return hits.slice(0, limit).map((hit) => {
      const sentence = this.index.sentences[hit.id as number];
      const matched = new Set(hit.terms);
      const marks = words(sentence.text)
        .filter((w) => {
          const stem = stemTerm(w.word);
          return stem !== null && matched.has(stem);
        })
        .map((w): [number, number] => [w.start, w.end]);
      return { sentence, score: hit.score, marks };
    });
  }
}
