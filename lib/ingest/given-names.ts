// A person named in full in an article is then often called by the given name alone («Виктор Бут» …
// «Виктор встречался с…»). Those are mentions of that person in that article only: the given name is
// no form of the entity (it would name every Viktor on every page), and it counts only where one person
// of the article has it.
import { capitalise } from '../morph/letter-case';
import { CASES, hasGrammeme, type Gender, type RussianMorphology } from '../morph/morphology';
import type { Article, ArticleId, Entity, EntityId, Mention, Sentence } from '../model';

const WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{N}])/gu;
/** A capitalised word right after the given name makes it part of a longer name («Виктор Иванов»). */
const NAME_GOES_ON = /^[^\S\u2029]+\p{Lu}/u;
const keyOf = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

/** The given name a full name as written begins with, with its gender, if az knows it as one. */
function givenNameOf(surface: string, morph: RussianMorphology): { lemma: string; gender: Gender } | null {
  const words = surface.split(/\s+/);
  if (words.length < 2) return null;
  const parse = morph.parse(words[0]).find((p) => p.known && hasGrammeme(p, 'Name'));
  if (!parse) return null;
  const gender: Gender | null = hasGrammeme(parse, 'masc')
    ? 'male'
    : hasGrammeme(parse, 'femn')
      ? 'female'
      : null;
  return gender ? { lemma: capitalise(parse.lemma), gender } : null;
}

/**
 * The mentions of persons by their given name alone in the articles where the same person is named in
 * full, and where no other person of the article has that given name.
 */
export function givenNameMentions(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  entities: ReadonlyMap<EntityId, Pick<Entity, 'type'>>,
  mentions: readonly Mention[],
  morph: RussianMorphology,
): Mention[] {
  const russian = new Set(articles.filter((a) => a.lang === 'ru').map((a) => a.id));
  const byArticle = new Map<ArticleId, Mention[]>();
  for (const m of mentions) {
    if (!russian.has(m.articleId)) continue;
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  const sentencesOf = new Map<ArticleId, Sentence[]>();
  for (const s of sentences) {
    if (!byArticle.has(s.articleId)) continue;
    const list = sentencesOf.get(s.articleId);
    if (list) list.push(s);
    else sentencesOf.set(s.articleId, [s]);
  }
  const out: Mention[] = [];
  for (const [articleId, own] of byArticle) {
    /** Each case of a given name → the one person of the article named in full with it, or null. */
    const owner = new Map<string, EntityId | null>();
    for (const m of own) {
      if (entities.get(m.entityId)?.type !== 'person') continue;
      const given = givenNameOf(m.surface, morph);
      if (!given) continue;
      for (const c of CASES) {
        const key = keyOf(morph.declineName('first', given.lemma, given.gender, c));
        const known = owner.get(key);
        owner.set(key, known === undefined || known === m.entityId ? m.entityId : null);
      }
    }
    if (owner.size === 0) continue;
    for (const sentence of sentencesOf.get(articleId) ?? []) {
      const taken = own.filter((m) => m.sentence === sentence.index);
      for (const w of sentence.text.matchAll(WORD)) {
        const entityId = owner.get(keyOf(w[0]));
        if (!entityId) continue;
        const start = w.index;
        const end = start + w[0].length;
        if (taken.some((m) => m.start < end && start < m.end)) continue;
        if (NAME_GOES_ON.test(sentence.text.slice(end))) continue;
        out.push({ entityId, articleId, sentence: sentence.index, start, end, surface: w[0] });
      }
    }
  }
  return out;
}
