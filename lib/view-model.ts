// What the UI shows: views computed from the index by pure functions, sent through messages.
import type {
  ArticleHead,
  ArticleId,
  CorpusIndex,
  Entity,
  EntityId,
  EntityType,
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

/** The shelf of articles: each stored article's and each enabled pack's, without their text. */
export interface Shelf {
  articles: ArticleHead[];
  /** The name of each enabled pack by its id (an article's `pack`). */
  packNames: Map<string, string>;
}

/** The entity directory: every entity of the index (the packs' merged in) and how often each is named. */
export interface Directory {
  entities: Entity[];
  counts: Map<EntityId, EntityCounts>;
}
