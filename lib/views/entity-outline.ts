// An entity's page before its passages: the articles that name it, newest first, each with the sentences
// that name it, so that the page can list every article at once and read the text of those it shows.
import type { ArticleId, ArticleMeta, CorpusIndex, EntityId, Mention } from '../model';
import type { OutlineGroup, Passage } from '../view-model';
import { createIndexView } from './index-view';

/**
 * `mentions`: the entity's, in corpus order. An article the library does not hold is left out. Newest
 * first; articles of one date (or none) keep the order of their first mention.
 */
export function outlineGroups(
  mentions: readonly Mention[],
  heads: ReadonlyMap<ArticleId, ArticleMeta>,
): OutlineGroup[] {
  const groups = new Map<ArticleId, OutlineGroup>();
  for (const m of mentions) {
    let group = groups.get(m.articleId);
    if (!group) {
      const article = heads.get(m.articleId);
      if (!article) continue;
      groups.set(m.articleId, (group = { article, sentences: [] }));
    }
    if (!group.sentences.includes(m.sentence)) group.sentences.push(m.sentence);
  }
  return [...groups.values()].sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? ''));
}

/** The entity's passages in an index holding (part of) its articles, sentences and mentions, by article. */
export function passagesByArticle(index: CorpusIndex, id: EntityId): Map<ArticleId, Passage[]> {
  const out = new Map<ArticleId, Passage[]>();
  for (const p of createIndexView(index).allPassages(id)) {
    const list = out.get(p.articleId);
    if (list) list.push(p);
    else out.set(p.articleId, [p]);
  }
  return out;
}
