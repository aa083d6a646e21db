// The whole CorpusIndex: every mention found by the page matcher itself, so the corpus and the pages
// agree on what a name is, and the statistics computed from them.

import { compileMatcher, createPageContext, type Matcher } from '../match/scanner';
import type { Article, CorpusIndex, Entity, Sentence } from '../model';
import { buildMatcherPack } from './pack';
import { computeStats, type RecordedMention } from './stats';

/** Format version of the CorpusIndex; bump when its shape or meaning changes. */
const CORPUS_INDEX_VERSION = 1;

export function assembleIndex(articles: Article[], sentences: Sentence[], entities: Entity[]): CorpusIndex {
  const recorded = scanArticles(articles, sentences, entities);
  return {
    version: CORPUS_INDEX_VERSION,
    articles,
    sentences,
    entities,
    mentions: recorded.map((r) => r.mention),
    stats: computeStats(entities, articles, sentences, recorded),
  };
}

/**
 * Every mention of `entities` in the articles, with the kind of form that named it: the page matcher, one
 * page context per article, read in order from its title (the headline names people in full that the
 * body then calls by surname only).
 */
function scanArticles(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): RecordedMention[] {
  const pack = buildMatcherPack(entities);
  return scanArticlesWith(compileMatcher(pack), pack.entities, articles, sentences);
}

/** scanArticles with a matcher already made; `entities[i]` is the matches' entity i. */
export function scanArticlesWith(
  matcher: Matcher,
  entities: readonly { id: Entity['id'] }[],
  articles: readonly Article[],
  sentences: readonly Sentence[],
): RecordedMention[] {
  const byArticle = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byArticle.get(s.articleId);
    if (list) list.push(s);
    else byArticle.set(s.articleId, [s]);
  }

  const recorded: RecordedMention[] = [];
  for (const article of articles) {
    const ctx = createPageContext();
    matcher.scan(article.title, ctx);
    const own = (byArticle.get(article.id) ?? []).slice().sort((a, b) => a.index - b.index);
    for (const sentence of own) {
      for (const m of matcher.scan(sentence.text, ctx)) {
        recorded.push({
          kind: m.kind,
          mention: {
            entityId: entities[m.entity].id,
            articleId: article.id,
            sentence: sentence.index,
            start: m.start,
            end: m.end,
            surface: sentence.text.slice(m.start, m.end),
          },
        });
      }
    }
  }
  return recorded;
}
