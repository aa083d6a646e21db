// The entity card the popover shows: who or what it is, and what the corpus says about it.

import type { CorpusIndex, EntityId, Lang } from '../model';
import type { EntityCard, Passage, RelatedChip } from '../view-model';
import { createIndexView } from './index-view';

/** Passages a card carries; the popover shows the first two or three. */
const CARD_PASSAGES = 5;
const CARD_RELATED = 8;

export function buildEntityCard(index: CorpusIndex, id: EntityId, lang: Lang): EntityCard | null {
  const view = createIndexView(index);
  const entity = view.entities.get(id);
  if (!entity) return null;
  const stats = view.stats.get(id);

  // The ranking already alternates articles; articles in the reader's language come first.
  const ranked: Passage[] = [];
  for (const mention of stats?.best ?? []) {
    const passage = view.passage(mention);
    if (passage) ranked.push(passage);
  }
  const inLang = (p: Passage) => view.articles.get(p.articleId)?.lang === lang;
  const passages = [...ranked.filter(inLang), ...ranked.filter((p) => !inLang(p))].slice(0, CARD_PASSAGES);

  const related: RelatedChip[] = [];
  for (const r of stats?.related ?? []) {
    const other = view.entities.get(r.entityId);
    if (!other) continue;
    related.push({ id: other.id, type: other.type, name: other.name, sharedSentences: r.sharedSentences });
    if (related.length === CARD_RELATED) break;
  }

  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    description: entity.description,
    mentionCount: stats?.mentionCount ?? 0,
    articleCount: stats?.articleCount ?? 0,
    passages,
    related,
  };
}
