// Adding the reader's articles to the index, as pure data: what to write (articles, sentences, new
// entities, mentions) given what the index already knows. The background writes the plan to IndexedDB.
import { discoverEntities } from '../entities/build-entities';
import { buildMatcherPack } from '../corpus-index/pack';
import { scanArticlesWith } from '../corpus-index/assemble';
import { GrowingMatcher } from '../match/growing';
import { compileMatcher, type Matcher } from '../match/scanner';
import type { Article, ArticleId, Entity, Mention, Sentence } from '../model';
import type { RussianMorphology } from '../morph/morphology';
import { foldTurkicLetters, withUsualSpellings } from '../morph/usual-spelling';
import { discoverEnglishEntities } from './english-entities';
import { givenNameMentions } from './given-names';
import { TYPE_LABEL } from '../i18n';
import { deriveTitle } from '../corpus/title';
import type { Refusal } from './limits';
import { prepareArticle, type IngestInput } from './prepare';

/** The sentence index (and paragraph) of an article's headline. */
const HEADLINE = -1;

export interface LibraryState {
  /** Every entity of the index: the seed's and the reader's. */
  entities: readonly Entity[];
  /** Ids of the articles already in the index (a text added twice is refused the second time). */
  articleIds: ReadonlySet<ArticleId>;
  /**
   * The matcher of exactly `entities`, in their order, kept between additions (the background's corpus
   * service): without it every addition compiles the forms of every known entity.
   */
  matcher?: GrowingMatcher;
}

export interface Addition {
  articles: Article[];
  sentences: Sentence[];
  /** Entities the index did not know, origin 'user'. */
  entities: Entity[];
  /** Every mention in the new articles, of known and new entities alike. */
  mentions: Mention[];
  refused: Refusal[];
}

/**
 * Parses the inputs, discovers the entities they name that the index does not know (Russian with the
 * seeds' pipeline and `morph`, English with compromise) and finds every mention with the page matcher.
 * Without a morphology (the dictionaries failed to load) Russian articles still get the known entities.
 */
export function planAddition(
  inputs: readonly IngestInput[],
  state: LibraryState,
  morph: RussianMorphology | null,
): Addition {
  try {
    return planBatch(inputs, state, morph);
  } catch (error) {
    // Something in the batch broke the pipeline: plan each article alone, so only the one that breaks it
    // is refused (names found in one are then not looked for in the others added with it).
    if (inputs.length === 1) return failed(inputs[0], error);
    const plan: Addition = { articles: [], sentences: [], entities: [], mentions: [], refused: [] };
    let entities = [...state.entities];
    const articleIds = new Set(state.articleIds);
    for (const input of inputs) {
      let one: Addition;
      try {
        one = planBatch([input], { entities, articleIds }, morph);
      } catch (inner) {
        one = failed(input, inner);
      }
      plan.articles.push(...one.articles);
      plan.sentences.push(...one.sentences);
      plan.entities.push(...one.entities);
      plan.mentions.push(...one.mentions);
      plan.refused.push(...one.refused);
      entities = [...entities, ...one.entities];
      for (const a of one.articles) articleIds.add(a.id);
    }
    return plan;
  }
}

function failed(input: IngestInput, error: unknown): Addition {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    articles: [],
    sentences: [],
    entities: [],
    mentions: [],
    refused: [{ label: input.label, reason: `the text could not be processed (${detail.slice(0, 200)})` }],
  };
}

function planBatch(
  inputs: readonly IngestInput[],
  state: LibraryState,
  morph: RussianMorphology | null,
): Addition {
  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  const refused: Refusal[] = [];
  const ids = new Set(state.articleIds);
  for (const input of inputs) {
    const prepared = prepareArticle(input);
    if (!prepared.ok) {
      refused.push(prepared.refusal);
      continue;
    }
    const { article, sentences: own } = prepared.value;
    if (ids.has(article.id)) {
      refused.push({ label: input.label, reason: `already in the library (“${article.title}”)` });
      continue;
    }
    ids.add(article.id);
    articles.push(article);
    sentences.push(...own);
  }
  return { ...planReading(articles, sentences, state.entities, morph, state.matcher), refused };
}

/**
 * What reading prepared articles gives: the entities they name that `known` lacks, every mention, and the
 * sentences: the body's and the headline's (index -1), where it is not the body's first sentence.
 */
export function planReading(
  articles: Article[],
  body: Sentence[],
  known: readonly Entity[],
  morph: RussianMorphology | null,
  knownMatcher: GrowingMatcher = new GrowingMatcher(known),
): Omit<Addition, 'refused'> {
  if (articles.length === 0) return { articles, sentences: body, entities: [], mentions: [] };
  // The headline is read and searched like a sentence of its own, stored with the body's.
  const sentences = [...headlines(articles, body), ...body];
  // An article in another language (names only) is searched for known names, never read for new ones.
  const langOf = new Map(articles.filter((a) => !a.namesOnly).map((a) => [a.id, a.lang]));
  const russian = sentences.filter((s) => langOf.get(s.articleId) === 'ru');
  // An English headline is often in title case, where every word looks like a name.
  const english = body.filter((s) => langOf.get(s.articleId) === 'en');
  const taken = new Set(known.map((e) => e.id));
  const found: Entity[] = [];
  if (morph && russian.length > 0) {
    for (const entity of discoverEntities(russian, known as Entity[], withUsualSpellings(morph))) {
      taken.add(entity.id);
      found.push({ ...entity, origin: 'user' });
    }
  }
  if (english.length > 0) {
    const named = knownMatcher.with(found, (matcher) =>
      discoverEnglishEntities(english, known, matcher, taken, found),
    );
    found.push(...named);
  }

  const mentions = knownMatcher.with(found, (matcher, entities) =>
    findMentions(matcher, entities, articles, sentences),
  );
  if (morph) {
    const types = new Map<string, Pick<Entity, 'type'>>([...known, ...found].map((e) => [e.id, e]));
    mentions.push(...givenNameMentions(articles, sentences, types, mentions, morph));
  }
  // A candidate the matcher never finds (its forms were all unsafe, or a longer name covers it) is dropped.
  const firstArticle = new Map<string, Article>();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const m of mentions)
    if (!firstArticle.has(m.entityId)) firstArticle.set(m.entityId, byId.get(m.articleId)!);
  const entities = found
    .filter((e) => firstArticle.has(e.id))
    .map((e) => ({ ...e, description: userDescription(e, firstArticle.get(e.id)!) }));
  return { articles, sentences, entities, mentions };
}

/**
 * The headlines as sentences (index -1, paragraph -1): their names are mentions, and a name the headline
 * gives in full («Михаил Саакашвили») is what the body's bare surname means. A title derived from the
 * first sentence, or one already stored, adds nothing.
 */
function headlines(articles: readonly Article[], body: readonly Sentence[]): Sentence[] {
  const stored = new Set(body.filter((s) => s.index === HEADLINE).map((s) => s.articleId));
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return articles
    .filter(
      (a) =>
        !stored.has(a.id) &&
        a.title &&
        a.title !== deriveTitle(a.paragraphs[0] ?? '') &&
        !key(a.paragraphs[0] ?? '').startsWith(key(a.title.replace(/…$/, ''))),
    )
    .map((a) => ({ articleId: a.id, index: HEADLINE, paragraph: HEADLINE, text: a.title }));
}

/** The mentions of newly found entities in articles added earlier (the same pipeline, those entities only). */
export function mentionsInEarlierArticles(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): Mention[] {
  if (entities.length === 0 || articles.length === 0) return [];
  return findMentions(compileMatcher(buildMatcherPack(entities)), entities, articles, sentences);
}

/**
 * Every mention in the articles of the matcher's entities (`entities[i]` is its entity i), found as
 * assembleIndex finds them, without statistics.
 */
function findMentions(
  matcher: Matcher,
  entities: readonly Entity[],
  articles: readonly Article[],
  sentences: readonly Sentence[],
): Mention[] {
  const mentions = scanArticlesWith(matcher, entities, articles, sentences).map((r) => r.mention);
  // Names are also looked for with Turkic letters folded to Russian ones (a known Токаев written Тоқаев),
  // and quoted as written: folding keeps every offset.
  const folded = sentences.flatMap((s) => {
    const plain = foldTurkicLetters(s.text);
    return plain === s.text ? [] : [{ ...s, text: plain }];
  });
  if (folded.length === 0) return mentions;
  const sentenceKey = (m: Pick<Mention, 'articleId' | 'sentence'>) => `${m.articleId}\u0000${m.sentence}`;
  const taken = new Map<string, Mention[]>();
  for (const m of mentions) taken.set(sentenceKey(m), [...(taken.get(sentenceKey(m)) ?? []), m]);
  const text = new Map(
    sentences.map((s) => [sentenceKey({ articleId: s.articleId, sentence: s.index }), s.text]),
  );
  for (const { mention } of scanArticlesWith(matcher, entities, articles, folded)) {
    const here = taken.get(sentenceKey(mention)) ?? [];
    // A name found as written already covers this place.
    if (here.some((m) => m.start < mention.end && mention.start < m.end)) continue;
    const original = text.get(sentenceKey(mention)) ?? '';
    mentions.push({ ...mention, surface: original.slice(mention.start, mention.end) });
  }
  return mentions;
}

/** What a card says of a name the library learnt: which of the reader's articles it came from. */
function userDescription(entity: Entity, article: Article): Entity['description'] {
  const where = [article.source, article.date].filter(Boolean).join(', ');
  return {
    en: `${TYPE_LABEL.en[entity.type]} from your article “${article.title}”${where ? ` (${where})` : ''}; not in the curated knowledge.`,
    ru: `${TYPE_LABEL.ru[entity.type]} из вашей статьи «${article.title}»${where ? ` (${where})` : ''}; нет в курируемом справочнике.`,
  };
}
