// What the UI shows: views computed from the index by pure functions, sent through messages.
import type {
  ArticleHead,
  ArticleId,
  CorpusIndex,
  Entity,
  ArticleMeta,
  EntityHead,
  EntityId,
  EntityStats,
  EntityType,
  Mention,
  StoredArticle,
} from './model';
import type { EntityCounts } from './views/entity-counts';

export interface EntityName {
  en: string;
  ru: string | null;
}

export interface Passage {
  articleId: ArticleId;
  articleTitle: string;
  source: string;
  date: string | null;
  sentenceIndex: number;
  text: string;
  /** [start, end) UTF-16 ranges of `text` to emphasise: the mention, or the search hit. */
  marks: [number, number][];
}

export interface RelatedChip {
  id: EntityId;
  type: EntityType;
  name: EntityName;
  sharedSentences: number;
}

export interface EntityCard {
  id: EntityId;
  type: EntityType;
  name: EntityName;
  description: { en: string; ru: string };
  mentionCount: number;
  articleCount: number;
  /** The most informative passages first. */
  passages: Passage[];
  related: RelatedChip[];
}

export interface EntityHit {
  id: EntityId;
  type: EntityType;
  name: EntityName;
  description: { en: string; ru: string };
  mentionCount: number;
  /** The name or form the query matched, when it is not the display name. */
  matchedForm: string | null;
}

export interface SearchResults {
  query: string;
  entities: EntityHit[];
  passages: Passage[];
}

/** The whole index as the library page reads it (the seed and the reader's articles), with statistics. */
export interface LibraryIndex {
  index: CorpusIndex;
  /** The stored articles, with when the reader added them, and the enabled packs' articles. */
  articles: StoredArticle[];
  /** The name of each enabled pack by its id (an article's `pack`). */
  packNames: Map<string, string>;
}

/** An article naming an entity, on the entity's page. */
export interface OutlineGroup {
  article: ArticleMeta;
  /** The indices of the sentences naming the entity, in the order of its mentions. */
  sentences: number[];
}

/** An entity's page before the passages of most of its articles (platform/entity-page.ts). */
export interface EntityOutline {
  /** Absent when the library does not have it (any more). */
  entity: Entity | undefined;
  stats: EntityStats | undefined;
  /** The related entities of its statistics that the library has. */
  related: Entity[];
  groups: OutlineGroup[];
  /** Its mentions, in corpus order. */
  mentions: Mention[];
  /** The passages of the first groups, by article; of every group when packs are in use. */
  passages: Map<ArticleId, Passage[]>;
  packNames: Map<string, string>;
}

/** The shelf of articles: each stored article's and each enabled pack's, without their text. */
export interface Shelf {
  articles: ArticleHead[];
  /** The name of each enabled pack by its id (an article's `pack`). */
  packNames: Map<string, string>;
}

/** The entity directory: every entity of the index (the packs' merged in) and how often each is named. */
export interface Directory {
  /** Without their forms: the search reads the whole entities at its first query. */
  entities: EntityHead[];
  counts: Map<EntityId, EntityCounts>;
}
