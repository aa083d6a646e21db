// The shapes every part of the product agrees on. Pure data: no functions, no browser types.

/** Stable slug of an entity: 'tokayev', 'middle-corridor', 'ots'. */
export type EntityId = string;
/** Stable id of an article: 'seed-000', or 'user-<hash>' for a reader's own. */
export type ArticleId = string;
export type Lang = 'ru' | 'en';

export const ENTITY_TYPES = ['person', 'organization', 'place', 'project', 'document', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Article {
  id: ArticleId;
  title: string;
  /** ISO date, yyyy-mm-dd, when the text gives one. */
  date: string | null;
  /** The outlet: 'Day.Az', 'El.kz', 'Kazakhstan Today'… */
  source: string;
  author: string | null;
  /** The language it is read in; for a names-only article, the nearer one by script. */
  lang: Lang;
  /**
   * The language identified in its text (ISO 639-3 as franc gives it: 'rus', 'kaz', 'fra'; 'und' when it
   * has too little prose to tell). Absent in articles read before languages were identified.
   */
  language?: string;
  /**
   * Written in a language the pipeline does not read (the reader added it anyway, or said so): the index
   * finds the names it already knows in it, and discovers nothing.
   */
  namesOnly?: true;
  url: string | null;
  /** Clean paragraphs of the body, the title excluded, page chrome removed. */
  paragraphs: string[];
  origin: 'seed' | 'user';
  /** The id of the subscribed pack it came from (lib/packs); absent for the bundled corpus and the reader's. */
  pack?: string;
}

/** A sentence of an article. `index` counts from 0 over the whole article. */
export interface Sentence {
  articleId: ArticleId;
  index: number;
  paragraph: number;
  text: string;
}

/** One place where an entity is named in the corpus. Offsets are UTF-16 indices into the sentence text. */
export interface Mention {
  entityId: EntityId;
  articleId: ArticleId;
  sentence: number;
  start: number;
  end: number;
  /** The name exactly as written there. */
  surface: string;
}

/**
 * How a surface form names its entity; the matcher's case and ambiguity rules depend on it.
 * - full: the whole name ("Касым-Жомарт Токаев", "Organization of Turkic States")
 * - surname: a person's bare surname ("Токаева", "Aliyev"): subject to page-level coreference
 * - short: a shortened name that is not a surname ("Средний коридор" for the TITR)
 * - acronym: all capitals, must be written so ("ОТГ", "CICA")
 */
export type FormKind = 'full' | 'surname' | 'short' | 'acronym';

export interface NameForm {
  /** As a page may write it, case and all: 'Токаева', 'Kassym-Jomart Tokayev', 'ОТГ'. */
  text: string;
  kind: FormKind;
  lang: Lang;
}

export interface Entity {
  id: EntityId;
  type: EntityType;
  /** Display names; `en` is always present (romanised when no English name is known). */
  name: { en: string; ru: string | null };
  description: { en: string; ru: string };
  /** Every surface form a page may contain, declined forms included. */
  forms: NameForm[];
  /** Curated links (the gazetteer's); co-occurrence links are in EntityStats. */
  links: EntityId[];
  origin: 'gazetteer' | 'discovered' | 'user';
  /**
   * Known to the index (search, cards, library) but not painted on web pages: a descriptive name made
   * of ordinary words («Центр анализа международных отношений»), which on a page reads as a phrase.
   */
  quiet?: true;
}

export interface RelatedEntity {
  entityId: EntityId;
  /** Sentences of the corpus that name both. */
  sharedSentences: number;
}

export interface EntityStats {
  entityId: EntityId;
  mentionCount: number;
  articleCount: number;
  /** The most informative mentions first (one per sentence). */
  best: Mention[];
  related: RelatedEntity[];
}

/** An article as stored: the reader's own carry when they were added (ms since 1970; 0 when unknown). */
export interface StoredArticle extends Article {
  addedAt?: number;
}

/** An entity as lists show it: without its forms, description and links. */
export type EntityHead = Pick<Entity, 'id' | 'type' | 'name' | 'origin'>;

/** An article without its text: what a list of articles shows of it. */
export type ArticleMeta = Omit<StoredArticle, 'paragraphs'>;

/** An article as the library keeps it for its lists: its meta, and how many distinct entities it names. */
export type ArticleHead = ArticleMeta & { entityCount: number };

/** Everything the extension knows, as built from the seeds at build time and bundled. */
export interface CorpusIndex {
  version: number;
  articles: Article[];
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  stats: EntityStats[];
}

/** What the content script needs to find names on a page: small, serialisable, sent through storage. */
export interface MatcherPack {
  version: number;
  /** `own`: known only from the reader's articles (painted where settings.ownEntities allows). */
  entities: { id: EntityId; type: EntityType; own?: true }[];
  /** [surface form, index into entities, kind] */
  patterns: [string, number, FormKind][];
  /** The patterns compiled for the page matcher (lib/match/compile.ts), so that pages need not compile them. */
  compiled?: CompiledForms;
}

/** The compiled forms, as JSON-safe lists (storage.local keeps them; Maps are made on load). */
export interface CompiledForms {
  /** COMPILED_FORMS_VERSION of lib/match/compile.ts when it was compiled. */
  version: number;
  /** First-word key → node. */
  roots: [string, number][];
  /** `${node}\u0001${gap}\u0001${word key}` → node. */
  edges: [string, number][];
  /** How many nodes the trie has. */
  nodeCount: number;
  /** Nodes that some edge leaves. */
  branching: number[];
  /** Node → the forms ending there, each packed as a tuple (storage reads them several times faster). */
  variants: [number, PackedVariant[]][];
  /** Person entity → its first names and its surnames (keys). */
  persons: [number, string[], string[]][];
  /** `firstWordHash` of every first-word key: a cheap filter before making a word's key. */
  firstWordHashes: number[];
  /** The characters where a form may start (see StartChars). */
  starts: { initials: string; paired: string; pairs: number[] };
  formCount: number;
}

/** [entity, kind, upper positions per word joined by "|" and ",", surname key, settles surnames, letters, trailing dot] */
export type PackedVariant = [number, FormKind, string, string, 0 | 1, number, 0 | 1];
