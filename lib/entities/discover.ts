// Named entities found in Russian text: people (first name + surname, initials), acronyms, quoted names,
// capitalised place and organisation names; each lemmatised to its nominative with the morphology.
import type { ArticleId, EntityType, Sentence } from '../model';
import { declinePhrase } from '../morph/decline-phrase';
import { hasGrammeme, type Gender, type RussianMorphology, type WordParse } from '../morph/morphology';
import { CASES } from '../morph/morphology';
import { capitalise } from '../morph/letter-case';

type CandidateKind = 'person' | 'acronym' | 'quoted' | 'name' | 'latin';

/** One name as found in one sentence. */
export interface Candidate {
  kind: CandidateKind;
  type: EntityType;
  /** As written. */
  surface: string;
  /** The nominative (for a person: "First Last"); quoted and Latin names as written. */
  lemma: string;
  person?: { first?: string; last: string; gender: Gender };
  articleId: ArticleId;
  sentence: number;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}][\p{L}\p{M}]*(?:[-‐][\p{L}][\p{L}\p{M}]*)*/gu;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
/** Legal forms and generic abbreviations: they stand before names, they are not names. */
const GENERIC_ACRONYMS = new Set(
  'АО ТОО ООО ОАО ЗАО ПАО НАО РОО ОО ИА НПО МИД СМИ ВВП НИИ ЕС ИИ ТВ РФ СБ ГК ЦК ФИО ИП ТЭЦ АЭС ЖКХ'.split(
    ' ',
  ),
);
const SURNAME_ENDING =
  /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|заде|оглу|лы|ли|бек|беков|бекова|ян|янц|швили|дзе|енко|ук|юк|ич|ец)(а|у|ым|ом|е|ой|ую|ым)?$/i;
const QUOTED_RE = /[«"“„]([^«»"“”„]{2,80})[»"”“]/g;
const DOCUMENT_WORDS =
  /^(документ|устав|договор|стратеги|декларац|резолюц|концепци|программ|послани|соглашени|акт)/i;
const EVENT_WORDS = /^(саммит|форум|встреч|заседани|конференци|фестивал|выстав|церемони)/i;
const PROJECT_WORDS = /^(инициатив|проект|маршрут|коридор|программ)/i;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isCyrillic = (w: string) => /[\u0400-\u04FF]/.test(w);
const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

export function discoverInSentence(sentence: Sentence, morph: RussianMorphology): Candidate[] {
  const text = sentence.text;
  const words = wordsOf(text);
  const out: Candidate[] = [];
  const at = (w: Pick<Word, 'start' | 'end'>) => ({
    articleId: sentence.articleId,
    sentence: sentence.index,
    start: w.start,
    end: w.end,
  });
  const taken: [number, number][] = [];
  const isTaken = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const push = (c: Candidate) => {
    out.push(c);
    taken.push([c.start, c.end]);
  };

  // Quoted names: «Центральная Азия – 2040», "Бакинский клуб политологов". Speech is long: not a name.
  for (const m of text.matchAll(QUOTED_RE)) {
    const inner = m[1].trim();
    const n = inner.split(/\s+/).length;
    if (!isCap(inner) || n > 6 || /[.!?]$/.test(inner)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const before = text.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
    push({
      kind: 'quoted',
      type: typeByHeadWord(before) ?? typeByHeadWord(inner) ?? 'organization',
      surface: inner,
      lemma: inner,
      ...at({ start, end: start + m[1].length }),
    });
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isTaken(w.start, w.end)) continue;
    // Acronyms: ОТГ, СВМДА, STEM; not Roman numerals nor legal forms.
    if (
      isAllCaps(w.text) &&
      w.text.length <= 6 &&
      !ROMAN_NUMERAL.test(w.text) &&
      !GENERIC_ACRONYMS.has(w.text)
    ) {
      push({ kind: 'acronym', type: 'organization', surface: w.text, lemma: w.text, ...at(w) });
      continue;
    }
    if (!isCap(w.text) || !isCyrillic(w.text) || isAllCaps(w.text)) continue;
    const person = personAt(words, i, text, morph);
    if (person) {
      push({ ...person.candidate, ...at({ start: words[person.from].start, end: words[person.to].end }) });
      i = person.to;
      continue;
    }
    const organisation = organisationAt(words, i, text, morph);
    if (organisation) {
      push({ ...organisation.candidate, ...at({ start: words[i].start, end: words[organisation.to].end }) });
      i = organisation.to;
      continue;
    }
    const name = properNameAt(words, i, text, morph);
    if (name) {
      push({ ...name.candidate, ...at({ start: words[i].start, end: words[name.to].end }) });
      i = name.to;
    }
  }
  return out;
}

function typeByHeadWord(word: string): EntityType | null {
  if (DOCUMENT_WORDS.test(word)) return 'document';
  if (EVENT_WORDS.test(word)) return 'event';
  if (PROJECT_WORDS.test(word)) return 'project';
  return null;
}

function parses(word: string, morph: RussianMorphology): WordParse[] {
  return morph.parse(word);
}

/** A first name: az knows it as one (Name), and not better as a common word. */
function firstNameParse(word: string, morph: RussianMorphology): WordParse | null {
  const first = word.split('-')[0];
  const all = parses(first, morph);
  const name = all.find((p) => hasGrammeme(p, 'Name'));
  if (!name) return null;
  const best = all[0];
  if (best !== name && best.known && !hasGrammeme(best, 'Name') && best.score > name.score * 3) return null;
  return name;
}

function looksLikeSurname(word: string, morph: RussianMorphology): boolean {
  if (!isCap(word) || !isCyrillic(word) || word.includes('-')) return false;
  if (parses(word, morph).some((p) => hasGrammeme(p, 'Surn'))) return true;
  const all = parses(word, morph);
  if (all.some((p) => p.known && (hasGrammeme(p, 'Geox') || hasGrammeme(p, 'Orgn')))) return false;
  // A surname ending, or a word the dictionary does not know at all (Байель, Трамп).
  return SURNAME_ENDING.test(word) || !all.some((p) => p.known);
}

interface Found {
  candidate: Omit<Candidate, 'articleId' | 'sentence' | 'start' | 'end'>;
  from: number;
  to: number;
}

function personAt(words: Word[], i: number, text: string, morph: RussianMorphology): Found | null {
  const w = words[i];
  const next = words[i + 1];
  if (!next) return null;
  // Initials: "К. Токаева"
  if (
    w.text.length === 1 &&
    /^\.[^\S\u2029]*$/.test(text.slice(w.end, next.start)) &&
    looksLikeSurname(next.text, morph)
  ) {
    const { last, gender } = surnameLemma(next.text, null, morph);
    return {
      candidate: {
        kind: 'person',
        type: 'person',
        surface: `${w.text}. ${next.text}`,
        lemma: last,
        person: { last, gender },
      },
      from: i,
      to: i + 1,
    };
  }
  if (!onlySpaceBetween(text, w, next)) return null;
  const firstParse = firstNameParse(w.text, morph);
  if (!firstParse || !looksLikeSurname(next.text, morph)) return null;
  // az's likeliest reading of the first name says which gender to try first (Ильхама: Ильхам, masc).
  const likely: Gender = hasGrammeme(firstParse, 'femn') ? 'female' : 'male';
  const lemma = personLemma(w.text, next.text, [likely, likely === 'male' ? 'female' : 'male'], morph);
  const first = lemma?.first ?? capitalise(firstParse.lemma);
  const last = lemma?.last ?? next.text;
  const gender = lemma?.gender ?? likely;
  return {
    candidate: {
      kind: 'person',
      type: 'person',
      surface: `${w.text} ${next.text}`,
      lemma: `${first} ${last}`,
      person: { first, last, gender },
    },
    from: i,
    to: i + 1,
  };
}

/**
 * The nominative of "First Last" as written in some case. A first name that declines is the evidence
 * (Ильхама Алиева: Ильхам Алиев, genitive); failing that, the name is taken as written, in the nominative.
 */
function personLemma(
  first: string,
  last: string,
  genders: Gender[],
  morph: RussianMorphology,
): { first: string; last: string; gender: Gender } | null {
  for (const gender of genders) {
    for (const c of CASES.slice(1)) {
      const lastLemma = [...stems(last), last].find((l) => morph.declineName('last', l, gender, c) === last);
      if (!lastLemma) continue;
      const nominatives = nominativesOf(first).filter((f) => f !== first);
      const firstLemma =
        nominatives.find((f) => morph.declineName('first', f, gender, c) === first) ??
        nominatives.find((f) => declinedFirstNames(f, gender, c, morph).includes(first));
      if (firstLemma) return { first: firstLemma, last: lastLemma, gender };
    }
  }
  return { first, last, gender: genders[0] };
}

/** A hyphenated first name declines whole (Касыма-Жомарта) or by its last part (Касым-Жомарта). */
function declinedFirstNames(
  first: string,
  gender: Gender,
  c: (typeof CASES)[number],
  morph: RussianMorphology,
): string[] {
  const parts = first.split('-');
  const whole = morph.declineName('first', first, gender, c);
  if (parts.length === 1) return [whole];
  return [
    whole,
    [...parts.slice(0, -1), morph.declineName('first', parts[parts.length - 1], gender, c)].join('-'),
  ];
}

function nominativesOf(word: string): string[] {
  let acc = [''];
  for (const part of word.split('-')) {
    const options = [part, ...stems(part)];
    acc = acc.flatMap((head) => options.map((o) => (head ? `${head}-${o}` : o)));
  }
  return acc;
}

function onlySpaceBetween(text: string, a: Word, b: Word): boolean {
  return /^[^\S\u2029]+$/.test(text.slice(a.end, b.start));
}

/** Possible nominatives of a declined name: strip the case endings petrovich adds. */
function stems(word: string): string[] {
  const out: string[] = [];
  for (const [ending, replacement] of [
    ['ым', ''],
    ['ом', ''],
    ['ем', 'ь'],
    ['ой', 'а'],
    ['ую', 'ая'],
    ['а', ''],
    ['у', ''],
    ['е', ''],
    ['ы', 'а'],
    ['ю', 'ь'],
    ['я', 'ь'],
    ['у', 'а'],
    ['е', 'а'],
    ['и', 'ь'],
    ['и', 'я'],
    ['и', 'а'],
  ]) {
    if (word.endsWith(ending) && word.length > ending.length + 2)
      out.push(word.slice(0, word.length - ending.length) + replacement);
  }
  return out;
}

function surnameLemma(
  word: string,
  hint: { gender: Gender; grammaticalCase: (typeof CASES)[number] } | null,
  morph: RussianMorphology,
): { last: string; gender: Gender } {
  const genders: Gender[] = hint ? [hint.gender] : ['male', 'female'];
  // Every surname "declines" to itself in the nominative: try the other cases first.
  const cases = hint ? [hint.grammaticalCase] : [...CASES.slice(1), CASES[0]];
  for (const c of cases) {
    for (const gender of genders) {
      for (const candidate of [word, ...stems(word)]) {
        if (morph.declineName('last', candidate, gender, c) === word) return { last: candidate, gender };
      }
    }
  }
  return { last: word, gender: hint?.gender ?? 'male' };
}

/**
 * A place or organisation written with capitals: "Центральной Азии", "Южного Кавказа" (adjective + noun,
 * both capitalised), or one capitalised word that az knows as a place or organisation (Баку, Давос).
 * The first word of a sentence counts only when az knows it as such.
 */
function properNameAt(words: Word[], i: number, text: string, morph: RussianMorphology): Found | null {
  const w = words[i];
  const sentenceStart = i === 0 || /[.!?…:]\s*$/.test(text.slice(0, w.start));
  const next = words[i + 1];
  if (next && isCap(next.text) && isCyrillic(next.text) && onlySpaceBetween(text, w, next)) {
    const lemma = lemmaOfPhrase([w.text, next.text], morph);
    if (lemma)
      return {
        candidate: {
          kind: 'name',
          type: placeOrOrganisation(next.text, morph),
          surface: `${w.text} ${next.text}`,
          lemma,
        },
        from: i,
        to: i + 1,
      };
  }
  const proper = parses(w.text, morph).find(
    (p) => p.pos === 'NOUN' && (hasGrammeme(p, 'Geox') || hasGrammeme(p, 'Orgn')),
  );
  if (!proper) return null;
  if (sentenceStart && !proper.known) return null;
  const best = parses(w.text, morph)[0];
  if (best.pos === 'ADJF') return null; // Каспийского (морей): an adjective is not the name
  // Common nouns that can also be names (Газа/газа, Мира/мир) need the place reading to come first.
  if (
    best !== proper &&
    best.known &&
    !hasGrammeme(best, 'Geox') &&
    !hasGrammeme(best, 'Orgn') &&
    best.score > proper.score
  )
    return null;
  const lemma = lemmaOfPhrase([w.text], morph) ?? capitalise(proper.lemma);
  return {
    candidate: {
      kind: 'name',
      type: hasGrammeme(proper, 'Orgn') ? 'organization' : 'place',
      surface: w.text,
      lemma,
    },
    from: i,
    to: i,
  };
}

function placeOrOrganisation(head: string, morph: RussianMorphology): EntityType {
  return parses(head, morph).some((p) => hasGrammeme(p, 'Orgn')) ? 'organization' : 'place';
}

/**
 * The nominative of a written name: try each reading of the last word as the head, put the adjectives
 * before it in agreement, and keep the one whose declension gives back what was written.
 */
function lemmaOfPhrase(words: string[], morph: RussianMorphology): string | null {
  const headWord = words[words.length - 1];
  const proper = (p: WordParse) => (hasGrammeme(p, 'Geox') || hasGrammeme(p, 'Orgn') ? 0 : 1);
  const heads = parses(headWord, morph)
    .filter((p) => p.pos === 'NOUN')
    .sort((a, b) => proper(a) - proper(b) || Number(b.known) - Number(a.known));
  const tried = new Set<string>();
  for (const head of heads) {
    const gender = (['masc', 'femn', 'neut'] as const).find((g) => hasGrammeme(head, g));
    const adjectives = words.slice(0, -1).map((word) => {
      const adjective = parses(word, morph).find((p) => p.pos === 'ADJF');
      if (!adjective) return null;
      const nominative = morph.inflect(adjective, ['nomn', 'sing', ...(gender ? [gender] : [])]);
      return nominative ? capitalise(nominative) : null;
    });
    if (adjectives.some((a) => a === null)) continue;
    const lemma = [...adjectives, capitalise(head.lemma)].join(' ').replace(/ё/g, 'е');
    if (tried.has(lemma)) continue;
    tried.add(lemma);
    const written = words.join(' ').replace(/ё/g, 'е');
    if (declinePhrase(lemma, morph).some((form) => form.replace(/ё/g, 'е') === written)) return lemma;
  }
  return null;
}

/** Titles and roles are written with a capital before a name; they are not names. */
const TITLES =
  /^(президент|премьер|министр|посол|глава|председател|заместител|директор|руководител|депутат|секретар|генсек|генеральн|король|королев|канцлер|мэр|губернатор|сенатор|эксперт|политолог|спикер)/i;

/**
 * An organisation written as a capitalised noun with its lowercase genitive ("Совет мира", "Совете мира"):
 * not at the start of a sentence, not a title, and the phrase must decline back to what was written.
 */
function organisationAt(words: Word[], i: number, text: string, morph: RussianMorphology): Found | null {
  const w = words[i];
  if (i === 0 || /[.!?…:]\s*$/.test(text.slice(0, w.start)) || TITLES.test(w.text) || w.text.includes('-'))
    return null;
  const headParses = parses(w.text, morph).filter(
    (p) =>
      p.pos === 'NOUN' &&
      p.known &&
      !hasGrammeme(p, 'Name') &&
      !hasGrammeme(p, 'Surn') &&
      !hasGrammeme(p, 'Geox'),
  );
  if (headParses.length === 0) return null;
  let to = i;
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const word = words[k];
    if (isCap(word.text) || !onlySpaceBetween(text, words[k - 1], word)) break;
    const genitive =
      word.text.length > 2 &&
      parses(word.text, morph).some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && hasGrammeme(p, 'gent'));
    if (!genitive) break;
    to = k;
  }
  // The genitive group ends with its noun, not with an adjective of the next phrase.
  while (to > i && parses(words[to].text, morph)[0]?.pos !== 'NOUN') to--;
  if (to === i) return null;
  const tail = words
    .slice(i + 1, to + 1)
    .map((x) => x.text)
    .join(' ');
  const surface = `${w.text} ${tail}`;
  for (const head of headParses) {
    const lemma = `${capitalise(head.lemma)} ${tail}`;
    if (declinePhrase(lemma, morph).includes(surface)) {
      return { candidate: { kind: 'name', type: 'organization', surface, lemma }, from: i, to };
    }
  }
  return null;
}
