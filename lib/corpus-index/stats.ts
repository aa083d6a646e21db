// Per-entity statistics of the corpus: counts, the most informative mentions, related entities.

import type {
  Article,
  Entity,
  EntityId,
  EntityStats,
  FormKind,
  Mention,
  RelatedEntity,
  Sentence,
} from '../model';

/** How many ranked mentions an entity keeps (the popover shows three, the entity page reads `mentions`). */
const BEST_LIMIT = 50;
const RELATED_LIMIT = 24;

/** A mention with the form kind the matcher recognised it by. */
export interface RecordedMention {
  mention: Mention;
  kind: FormKind;
}

/** One sentence of the corpus as a string key: its article and its index there. */
export const sentenceKey = (articleId: string, index: number) => `${articleId}\u0000${index}`;

/** A sentence reads well in a popover between about 60 and 260 characters. */
function lengthScore(length: number): number {
  if (length < 25) return -3;
  if (length < 60) return -1;
  if (length <= 260) return 1;
  if (length <= 400) return -1;
  return -3;
}

/** Same words, whatever the quotes, case and spacing: a repeated headline or a reprinted sentence. */
function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

interface Candidate {
  mention: Mention;
  score: number;
  duplicate: boolean;
}

/**
 * Ranks one entity's sentences: the name in full, a readable length, a sentence that relates it to other
 * entities; then greedily interleaves articles so the first passages come from different articles.
 */
function rankBest(
  recorded: RecordedMention[],
  sentenceText: Map<string, string>,
  entitiesInSentence: Map<string, Set<EntityId>>,
  titleKeys: Set<string>,
): Mention[] {
  const perSentence = new Map<string, RecordedMention[]>();
  for (const r of recorded) {
    const key = sentenceKey(r.mention.articleId, r.mention.sentence);
    const list = perSentence.get(key);
    if (list) list.push(r);
    else perSentence.set(key, [r]);
  }

  const seenTexts = new Set<string>();
  const candidates: Candidate[] = [];
  for (const [key, list] of perSentence) {
    const text = sentenceText.get(key) ?? '';
    const full = list.find((r) => r.kind === 'full');
    const representative = (full ?? list[0]).mention;
    const others = (entitiesInSentence.get(key)?.size ?? 1) - 1;
    const tkey = textKey(text);
    const duplicate = seenTexts.has(tkey) || titleKeys.has(tkey);
    seenTexts.add(tkey);
    const score =
      (full ? 2 : list.some((r) => r.kind === 'acronym' || r.kind === 'short') ? 0.5 : 0) +
      lengthScore(text.length) +
      Math.min(others, 3) * 0.3 +
      // A name early in the sentence is usually what the sentence is about.
      (representative.start < text.length / 3 ? 0.3 : 0);
    candidates.push({ mention: representative, score, duplicate });
  }

  candidates.sort(
    (a, b) =>
      Number(a.duplicate) - Number(b.duplicate) ||
      b.score - a.score ||
      a.mention.articleId.localeCompare(b.mention.articleId) ||
      a.mention.sentence - b.mention.sentence,
  );

  // Greedy interleave: each pick lowers the value of further sentences from the same article.
  const picked: Mention[] = [];
  const fromArticle = new Map<string, number>();
  const pool = candidates.filter((c) => !c.duplicate);
  while (pool.length > 0 && picked.length < BEST_LIMIT) {
    let bestAt = 0;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      const value = c.score - 1.5 * (fromArticle.get(c.mention.articleId) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        bestAt = i;
      }
    });
    const [chosen] = pool.splice(bestAt, 1);
    picked.push(chosen.mention);
    fromArticle.set(chosen.mention.articleId, (fromArticle.get(chosen.mention.articleId) ?? 0) + 1);
  }
  for (const c of candidates) if (c.duplicate && picked.length < BEST_LIMIT) picked.push(c.mention);
  return picked;
}

/**
 * The entities named in the same sentences as one, most shared sentences first, then the better known.
 * `shared`: how many of its sentences name each other entity; `mentionCount`: every entity's mentions.
 */
export function rankRelated(
  shared: ReadonlyMap<EntityId, number> | undefined,
  mentionCount: ReadonlyMap<EntityId, number>,
): RelatedEntity[] {
  return [...(shared ?? [])]
    .map(([entityId, sharedSentences]) => ({ entityId, sharedSentences }))
    .sort(
      (a, b) =>
        b.sharedSentences - a.sharedSentences ||
        (mentionCount.get(b.entityId) ?? 0) - (mentionCount.get(a.entityId) ?? 0) ||
        a.entityId.localeCompare(b.entityId),
    )
    .slice(0, RELATED_LIMIT);
}

export function computeStats(
  entities: readonly Entity[],
  articles: readonly Article[],
  sentences: readonly Sentence[],
  recorded: readonly RecordedMention[],
): EntityStats[] {
  const sentenceText = new Map(sentences.map((s) => [sentenceKey(s.articleId, s.index), s.text]));
  const titleKeys = new Set(articles.map((a) => textKey(a.title)));

  const byEntity = new Map<EntityId, RecordedMention[]>();
  const entitiesInSentence = new Map<string, Set<EntityId>>();
  for (const r of recorded) {
    const { entityId, articleId, sentence } = r.mention;
    const list = byEntity.get(entityId);
    if (list) list.push(r);
    else byEntity.set(entityId, [r]);
    const key = sentenceKey(articleId, sentence);
    const set = entitiesInSentence.get(key);
    if (set) set.add(entityId);
    else entitiesInSentence.set(key, new Set([entityId]));
  }

  const shared = new Map<EntityId, Map<EntityId, number>>();
  for (const ids of entitiesInSentence.values()) {
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        let row = shared.get(a);
        if (!row) shared.set(a, (row = new Map<EntityId, number>()));
        row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
  }

  const mentionCount = new Map<EntityId, number>();
  for (const [id, list] of byEntity) mentionCount.set(id, list.length);

  return entities.map((entity) => {
    const list = byEntity.get(entity.id) ?? [];
    return {
      entityId: entity.id,
      mentionCount: list.length,
      articleCount: new Set(list.map((r) => r.mention.articleId)).size,
      best: rankBest(list, sentenceText, entitiesInSentence, titleKeys),
      related: rankRelated(shared.get(entity.id), mentionCount),
    };
  });
}
