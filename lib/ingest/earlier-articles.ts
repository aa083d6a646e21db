// The reader's articles added before, indexed by the words they hold: the mentions of a batch's new names
// in earlier articles are looked for only in the articles where a first word of those names is written
// (scanning every earlier sentence for each batch made a library's ingest grow with its square).
import { patternsOf } from '../corpus-index/pack';
import type { Article, Entity, Sentence } from '../model';
import { foldTurkicLetters } from '../morph/usual-spelling';
import { tokenize } from '../text/tokenize';
import { wordKeys } from '../text/word-keys';

export class EarlierArticles {
  private readonly articles: Article[] = [];
  private readonly sentences: Sentence[][] = [];
  /** Word key (as the matcher makes it) → the ordinals of the articles whose sentences have it, ascending. */
  private readonly byKey = new Map<string, number[]>();

  constructor(articles: readonly Article[] = [], sentences: readonly Sentence[] = []) {
    this.add(articles, sentences);
  }

  get size(): number {
    return this.articles.length;
  }

  add(articles: readonly Article[], sentences: readonly Sentence[]): void {
    const ordinals = new Map<string, number>();
    for (const article of articles) {
      ordinals.set(article.id, this.articles.length);
      this.articles.push(article);
      this.sentences.push([]);
    }
    for (const sentence of sentences) {
      const ordinal = ordinals.get(sentence.articleId);
      if (ordinal === undefined) continue;
      this.sentences[ordinal].push(sentence);
      this.index(sentence.text, ordinal);
      // Names are also looked for with Turkic letters folded (plan-addition's findMentions).
      const folded = foldTurkicLetters(sentence.text);
      if (folded !== sentence.text) this.index(folded, ordinal);
    }
  }

  /** The articles in which some form of the entities may be found (they have all its words), and their sentences. */
  naming(entities: readonly Entity[]): { articles: Article[]; sentences: Sentence[] } {
    const found = new Set<number>();
    for (const entity of entities) {
      for (const [text] of patternsOf(entity)) {
        const toks = tokenize(text);
        if (toks.count === 0) continue;
        const lists = [...new Set(wordKeys(text, toks))].map((key) => this.byKey.get(key) ?? []);
        for (const ordinal of intersection(lists)) found.add(ordinal);
      }
    }
    const ordinals = [...found].sort((a, b) => a - b);
    return {
      articles: ordinals.map((o) => this.articles[o]),
      sentences: ordinals.flatMap((o) => this.sentences[o]),
    };
  }

  private index(text: string, ordinal: number): void {
    const toks = tokenize(text);
    for (const key of wordKeys(text, toks)) {
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [ordinal]);
      else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    }
  }
}

/** The ordinals in every one of the ascending lists. */
function intersection(lists: number[][]): number[] {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  if (!shortest?.length) return [];
  const at = others.map(() => 0);
  return shortest.filter((ordinal) =>
    others.every((list, k) => {
      while (at[k] < list.length && list[at[k]] < ordinal) at[k]++;
      return list[at[k]] === ordinal;
    }),
  );
}
