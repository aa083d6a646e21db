// Building a corpus from article files: the bundled seed corpus and every pack go through here. Pure:
// the caller reads the files (scripts/pack.ts, scripts/seed-index.ts) and loads the morphology.
import { assembleIndex } from '../corpus-index/assemble';
import { parseArticle } from '../corpus/parse-article';
import { splitSentences } from '../corpus/sentences';
import { buildMatcherPack } from '../corpus-index/pack';
import { buildEntities } from '../entities/build-entities';
import { TYPE_LABEL } from '../i18n';
import { discoverEnglishEntities } from '../ingest/english-entities';
import { compileMatcher } from '../match/scanner';
import type { GazetteerEntry } from '../knowledge/gazetteer';
import type { Article, CorpusIndex, Entity, EntityType } from '../model';
import type { RussianMorphology } from '../morph/morphology';
import { packArticlePrefix, type PackContent } from './format';
import { readMarkdown } from './markdown';

/** One article file: its name, its text, and metadata already known (an HTML page's, extracted by the caller). */
export interface PackSource {
  fileName: string;
  text: string;
  meta?: Partial<Article>;
}

/** The file extensions a pack's folder may hold articles in. */
export const PACK_SOURCE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

function slugOf(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, '');
  return base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A pack's article from one file: id `pack-<pack>-<file name's slug>`; .md front matter gives its metadata. */
export function parsePackSource(packId: string, source: PackSource): Article {
  const slug = slugOf(source.fileName) || 'article';
  const id = `${packArticlePrefix(packId)}${slug}`;
  if (/\.md$/i.test(source.fileName)) {
    const { meta, body } = readMarkdown(source.text);
    return parseArticle(source.fileName, body, { ...meta, ...source.meta, id, origin: 'seed' });
  }
  return parseArticle(source.fileName, source.text, { ...source.meta, id, origin: 'seed' });
}

function corpusDescription(type: EntityType): Entity['description'] {
  return {
    en: `${TYPE_LABEL.en[type]} named in the corpus; not in the curated knowledge.`,
    ru: `${TYPE_LABEL.ru[type]} из статей корпуса; нет в курируемом справочнике.`,
  };
}

/** The index of parsed articles: sentences, the gazetteer's, curated and discovered entities, mentions, stats. */
export function buildCorpusIndex(
  articles: Article[],
  morph: RussianMorphology,
  curated: readonly GazetteerEntry[] = [],
): CorpusIndex {
  const sentences = articles.flatMap((article) => splitSentences(article));
  // Russian discovery reads Russian articles, compromise's English discovery English ones (as the
  // library's additions are read); names-only articles are searched for known names only.
  const langOf = new Map(articles.filter((a) => !a.namesOnly).map((a) => [a.id, a.lang]));
  const russian = sentences.filter((s) => langOf.get(s.articleId) === 'ru');
  const english = sentences.filter((s) => langOf.get(s.articleId) === 'en');
  const entities = buildEntities(articles, russian, morph, curated);
  if (english.length > 0) {
    const matcher = compileMatcher(buildMatcherPack(entities));
    const taken = new Set(entities.map((e) => e.id));
    for (const found of discoverEnglishEntities(english, entities, matcher, taken))
      entities.push({ ...found, origin: 'discovered', description: corpusDescription(found.type) });
  }
  return assembleIndex(articles, sentences, entities);
}

/**
 * A pack's data: as the seed corpus is built, minus the gazetteer's entities the pack never names (every
 * reader has them already). Curated entries stay even unnamed: they are what the publisher vouches for.
 */
export function buildPackContent(
  articles: Article[],
  morph: RussianMorphology,
  curated: readonly GazetteerEntry[] = [],
): PackContent {
  const index = buildCorpusIndex(articles, morph, curated);
  const named = new Set(index.mentions.map((m) => m.entityId));
  const curatedIds = new Set(curated.map((c) => c.id));
  return {
    articles: index.articles,
    sentences: index.sentences,
    // Links may name entities outside the pack: the reader's extension resolves them against all it knows.
    entities: index.entities.filter((e) => named.has(e.id) || curatedIds.has(e.id)),
    mentions: index.mentions,
  };
}
