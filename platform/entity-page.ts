// One entity's page, read in two steps so that it opens at once however often the entity is named: the
// outline (the entity, its counts and related entities, the heads of its articles, its mentions, and the
// passages of the first articles), then the passages of the articles the page scrolls to. With packs in
// use, whose rows are not in the library's tables, the outline holds every passage (readEntityPart).
import type {
  ArticleHead,
  ArticleId,
  ArticleMeta,
  CorpusIndex,
  Entity,
  EntityId,
  EntityStats,
  Mention,
} from '../lib/model';
import { present } from '../lib/present';
import type { EntityOutline, Passage } from '../lib/view-model';
import { outlineGroups, passagesByArticle } from '../lib/views/entity-outline';
import { planEntityPart } from '../lib/views/entity-part';
import type { ContextLensDb } from './db';
import { packsInUse } from './held-packs';
import { readEntityPart } from './library-index';
import { currentStats } from './stats-rows';

/** The articles whose passages come with the outline: more than a screenful with the list's overscan. */
const FIRST_GROUPS = 24;

/**
 * Reading every head costs about a tenth of reading the same number by key (one request instead of one
 * each): above that share of the library, the outline reads them all.
 */
const ALL_HEADS_SHARE = 0.1;

const stripKey = ({ id: _key, ...mention }: Mention & { id?: number }): Mention => mention;

/** `firstGroups`: how many of its newest articles come with their passages. */
export async function readEntityOutline(
  db: ContextLensDb,
  id: EntityId,
  firstGroups = FIRST_GROUPS,
): Promise<EntityOutline> {
  return db.transaction(
    'r',
    [db.articles, db.articleHeads, db.sentences, db.entities, db.mentions, db.meta, db.packs, db.packData],
    async () => {
      // With packs, the whole part (which reads their data once); without, nothing of theirs to show.
      if (await packsInUse(db)) return wholeOutline(await readEntityPart(db, id), id);
      const [mentions, stored] = await Promise.all([
        db.mentions.where('entityId').equals(id).toArray(),
        currentStats(db, id),
      ]);
      const own = mentions.map(stripKey);
      const stats = stored ?? (await statsFromMentions(db, id));
      const articleIds = [...new Set(own.map((m) => m.articleId))];
      const [entities, heads] = await Promise.all([
        db.entities.bulkGet([id, ...stats.related.map((r) => r.entityId)]),
        readHeads(db, articleIds),
      ]);
      const groups = outlineGroups(own, new Map(heads.map((h) => [h.id, h])));
      const first = groups.slice(0, firstGroups).map((g) => g.article.id);
      return {
        entity: entities[0],
        stats,
        related: present(entities.slice(1)),
        groups,
        mentions: own,
        passages: await passagesOf(db, id, first, own),
        packNames: new Map(),
      };
    },
  );
}

/** The passages of the entity in these articles, by article (none for an article the library lacks). */
export async function readEntityPassages(
  db: ContextLensDb,
  id: EntityId,
  articleIds: readonly ArticleId[],
): Promise<Map<ArticleId, Passage[]>> {
  return db.transaction('r', [db.articles, db.sentences, db.mentions], async () => {
    const wanted = new Set(articleIds);
    const mentions = await db.mentions
      .where('articleId')
      .anyOf([...wanted])
      .toArray();
    return passagesOf(db, id, [...wanted], mentions.filter((m) => m.entityId === id).map(stripKey));
  });
}

/** `mentions`: the entity's, in corpus order, at least those in `articleIds`. */
async function passagesOf(
  db: ContextLensDb,
  id: EntityId,
  articleIds: readonly ArticleId[],
  mentions: readonly Mention[],
): Promise<Map<ArticleId, Passage[]>> {
  const wanted = new Set(articleIds);
  const inThem = mentions.filter((m) => wanted.has(m.articleId));
  const keys = [...new Map(inThem.map((m) => [`${m.articleId}\u0000${m.sentence}`, m])).values()];
  const [articles, sentences] = await Promise.all([
    db.articles.bulkGet([...wanted]),
    db.sentences.bulkGet(keys.map((m): [ArticleId, number] => [m.articleId, m.sentence])),
  ]);
  const index: CorpusIndex = {
    version: 1,
    articles: present(articles),
    sentences: present(sentences),
    entities: [],
    mentions: inThem,
    stats: [],
  };
  return passagesByArticle(index, id);
}

/** Its counts and related entities from every mention, when the background has not stored them yet. */
async function statsFromMentions(db: ContextLensDb, id: EntityId): Promise<EntityStats> {
  const plan = planEntityPart(id, (await db.mentions.toArray()).map(stripKey));
  return {
    entityId: id,
    mentionCount: plan.mentionCount,
    articleCount: plan.articleCount,
    best: [],
    related: plan.related,
  };
}

async function readHeads(db: ContextLensDb, ids: readonly ArticleId[]): Promise<ArticleHead[]> {
  if (ids.length === 0) return [];
  if (ids.length < ALL_HEADS_SHARE * (await db.articleHeads.count()))
    return present(await db.articleHeads.bulkGet([...ids]));
  const wanted = new Set(ids);
  return (await db.articleHeads.toArray()).filter((h) => wanted.has(h.id));
}

/** The outline of a part read whole (packs in use): every passage comes with it. */
function wholeOutline(part: Awaited<ReturnType<typeof readEntityPart>>, id: EntityId): EntityOutline {
  const { index } = part;
  const entities = new Map(index.entities.map((e): [EntityId, Entity] => [e.id, e]));
  const stats = index.stats.find((s) => s.entityId === id);
  const mentions = index.mentions.filter((m) => m.entityId === id);
  const metas = new Map(
    part.articles.map(({ paragraphs: _text, ...meta }): [ArticleId, ArticleMeta] => [meta.id, meta]),
  );
  return {
    entity: entities.get(id),
    stats,
    related: present((stats?.related ?? []).map((r) => entities.get(r.entityId))),
    groups: outlineGroups(mentions, metas),
    mentions,
    passages: passagesByArticle(index, id),
    packNames: part.packNames,
  };
}
