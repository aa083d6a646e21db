// Lookups over a CorpusIndex, built once per index so that each card or search costs a few map reads.

import type { Article, CorpusIndex, Entity, EntityId, EntityStats, Mention, Sentence } from '../model';
import type { Passage } from '../view-model';
import { sentenceKey } from '../corpus-index/stats';
import { withQuotation } from './quotation';

export class IndexView {
  readonly entities = new Map<EntityId, Entity>();
  readonly stats = new Map<EntityId, EntityStats>();
  readonly articles = new Map<string, Article>();
  private readonly sentences = new Map<string, Sentence>();
  /** Mentions of one entity in one sentence, in text order. */
  private readonly mentionsInSentence = new Map<string, Mention[]>();
  /** Every mention of an entity, in corpus order. */
  private readonly mentionsOf = new Map<EntityId, Mention[]>();

  constructor(readonly index: CorpusIndex) {
    for (const e of index.entities) this.entities.set(e.id, e);
    for (const s of index.stats) this.stats.set(s.entityId, s);
    for (const a of index.articles) this.articles.set(a.id, a);
    for (const s of index.sentences) this.sentences.set(sentenceKey(s.articleId, s.index), s);
    for (const m of index.mentions) {
      const key = `${sentenceKey(m.articleId, m.sentence)}\u0000${m.entityId}`;
      const inSentence = this.mentionsInSentence.get(key);
      if (inSentence) inSentence.push(m);
      else this.mentionsInSentence.set(key, [m]);
      const all = this.mentionsOf.get(m.entityId);
      if (all) all.push(m);
      else this.mentionsOf.set(m.entityId, [m]);
    }
    for (const list of this.mentionsInSentence.values()) list.sort((a, b) => a.start - b.start);
  }

  sentence(articleId: string, index: number): Sentence | undefined {
    return this.sentences.get(sentenceKey(articleId, index));
  }

  /** Every mention of the entity, in article and sentence order. */
  mentions(id: EntityId): readonly Mention[] {
    return this.mentionsOf.get(id) ?? [];
  }

  /** The sentence of a mention as a Passage, every mention of that entity in it marked. */
  passage(mention: Mention): Passage | null {
    const sentence = this.sentence(mention.articleId, mention.sentence);
    if (!sentence) return null;
    const mentions = this.mentionsInSentence.get(
      `${sentenceKey(mention.articleId, mention.sentence)}\u0000${mention.entityId}`,
    );
    return this.sentencePassage(
      sentence,
      (mentions ?? [mention]).map((m): [number, number] => [m.start, m.end]),
    );
  }

  /**
   * A sentence as a Passage with marks at the given offsets of the sentence text. A sentence taken from
   * inside a longer quotation gets its quote marks back (and its marks move with the text).
   */
  sentencePassage(sentence: Sentence, marks: [number, number][]): Passage | null {
    const article = this.articles.get(sentence.articleId);
    if (!article) return null;
    const paragraph = article.paragraphs[sentence.paragraph] ?? sentence.text;
    const { text, shift } = withQuotation(paragraph, sentence.text);
    return {
      articleId: article.id,
      articleTitle: article.title,
      source: article.source,
      date: article.date,
      sentenceIndex: sentence.index,
      text,
      marks: marks.map(([s, e]): [number, number] => [s + shift, e + shift]),
    };
  }

  /** One passage per sentence naming the entity, in corpus order: the entity page's "every mention". */
  allPassages(id: EntityId): Passage[] {
    const seen = new Set<string>();
    const out: Passage[] = [];
    for (const m of this.mentions(id)) {
      const key = sentenceKey(m.articleId, m.sentence);
      if (seen.has(key)) continue;
      seen.add(key);
      const p = this.passage(m);
      if (p) out.push(p);
    }
    return out;
  }
}

const views = new WeakMap<CorpusIndex, IndexView>();

/** The view of an index, built on first use and kept as long as the index lives. */
export function createIndexView(index: CorpusIndex): IndexView {
  let view = views.get(index);
  if (!view) views.set(index, (view = new IndexView(index)));
  return view;
}
