// Places and organisations written with capitals: "Центральной Азии", "Южного Кавказа" (adjective + noun),
// one word az knows as a place or organisation (Баку, Давос, Газпром), a capitalised common noun that
// names an organisation mid-sentence (Сенат, Конгресс), an adjective before an organisation's head noun
// («Большого театра», «Конституционного суда»), and a capitalised head noun with its lowercase genitive
// («Министерство сельского хозяйства», «Союз журналистов»).
import { ORG_NAMES, ORG_WORDS, PLACE_NAMES, PLACE_WORDS } from '../../knowledge/well-known';
import type { EntityType } from '../../model';
import { declinePhrase } from '../../morph/decline-phrase';
import { capitalise } from '../../morph/letter-case';
import { hasGrammeme, type RussianMorphology, type WordParse } from '../../morph/morphology';
import type { Found } from './candidate';
import { isOrgCue, isOrgHead, isPersonCue, isPlaceCue, isWorkCue, typeByHeadWord } from './cues';
import { lemmaOfPhrase } from './phrase';
import { isCap, isCyrillic, onlySpaceBetween, opensSentence, type Word } from './words';

const proper = (p: WordParse) => hasGrammeme(p, 'Geox') || hasGrammeme(p, 'Orgn');

/** The context word before the name types it, when it is a place or organisation word. */
function cueType(words: Word[], i: number): EntityType | null {
  const before = i > 0 ? words[i - 1].text : '';
  if (!before || isCap(before)) return null;
  if (isPlaceCue(before)) return 'place';
  if (isOrgCue(before)) return 'organization';
  return null;
}

/** Pronouns' adjectives and time words: «Весь», «Наш», «Нынешний»; no place's name begins with one. */
const TIME_ADJECTIVES =
  /^(нынешн|сегодняшн|современн|тогдашн|прежн|бывш|будущ|целы|цел[аоу]|тепер|вчерашн|завтрашн)/;
function opensNoName(word: string, morph: RussianMorphology): boolean {
  const parses = morph.parse(word);
  if (parses.some((p) => p.pos === 'ADJF' && hasGrammeme(p, 'Apro'))) return true;
  return TIME_ADJECTIVES.test(word.toLowerCase()) && parses.some((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
}

/** Prepositions after which a name is where something is, goes or comes from. */
const SPATIAL_PREPOSITIONS = new Set([
  'в',
  'во',
  'из',
  'изо',
  'под',
  'до',
  'около',
  'возле',
  'близ',
  'через',
  'над',
]);

export function properNameAt(words: Word[], i: number, text: string, morph: RussianMorphology): Found | null {
  const w = words[i];
  const start = opensSentence(text, w);
  // Adjectives + noun, all capitalised: «Объединённые Арабские Эмираты», «Южного Кавказа».
  let to = i;
  while (
    to < i + 3 &&
    words[to + 1] &&
    isCap(words[to + 1].text) &&
    isCyrillic(words[to + 1].text) &&
    onlySpaceBetween(text, words[to], words[to + 1]) &&
    morph.parse(words[to].text).some((p) => p.pos === 'ADJF' || p.pos === 'PRTF')
  )
    to++;
  // «Нынешний Крым», «Весь Кавказ»: an adjective that opens the sentence and begins no name is left out.
  if (start && to > i && opensNoName(w.text, morph)) return null;
  for (let end = to; end > i; end--) {
    const phrase = words.slice(i, end + 1).map((x) => x.text);
    // A participle begins a well-known place only («Объединённые Арабские Эмираты», «Соединённого
    // Королевства»); elsewhere it is a title or a description («Избранный Президент»).
    const withParticiple = () => {
      const lemma = lemmaOfPhrase(phrase, morph, true);
      return lemma && PLACE_NAMES.has(nameKeyOf(lemma)) ? lemma : null;
    };
    const head = phrase[phrase.length - 1];
    // «Избранный Президент»: a title after an adjective is no name.
    if (TITLES.test(head) && morph.parse(head).some((p) => hasGrammeme(p, 'anim'))) continue;
    const lemma = lemmaOfPhrase(phrase, morph) ?? withParticiple();
    if (!lemma) continue;
    // A known place keeps its type after an organisation word: «федерации Ирака» is Iraq's federation.
    const knownPlace = morph.parse(head).some((p) => p.known && hasGrammeme(p, 'Geox'));
    const type = PLACE_NAMES.has(nameKeyOf(lemma))
      ? 'place'
      : ((knownPlace ? null : cueType(words, i)) ??
        (isOrgHead(head) || headIsOrg(head, morph) ? 'organization' : 'place'));
    return { candidate: { kind: 'name', type, surface: phrase.join(' '), lemma }, from: i, to: end };
  }
  const all = morph.parse(w.text);
  const best = all[0];
  if (!best) return null;
  // A capitalised common noun that names an organisation: «Сенат», «Конгрессе» (not opening a sentence).
  const orgWord = all.find((p) => p.pos === 'NOUN' && p.known && ORG_WORDS.has(p.lemma));
  if (orgWord && !start) {
    return {
      candidate: { kind: 'name', type: 'organization', surface: w.text, lemma: capitalise(orgWord.lemma) },
      from: i,
      to: i,
    };
  }
  // A well-known place: mid-sentence, or opening one when az reads the word as nothing else.
  const place = wellKnown(w.text, PLACE_NAMES, morph);
  const otherReading = all.some((p) => p.known && nameKeyOf(p.lemma) !== nameKeyOf(place ?? ''));
  if (place && !/\s/.test(place) && (!start || !otherReading))
    return { candidate: { kind: 'name', type: 'place', surface: w.text, lemma: place }, from: i, to: i };
  const placeWord = all.find((p) => p.pos === 'NOUN' && p.known && PLACE_WORDS.has(p.lemma));
  if (placeWord && !start)
    return {
      candidate: { kind: 'name', type: 'place', surface: w.text, lemma: capitalise(placeWord.lemma) },
      from: i,
      to: i,
    };
  const name = all.find((p) => p.pos === 'NOUN' && proper(p));
  if (!name) return settlementAt(words, i, start);
  if (start && !name.known) return null;
  if (best.pos === 'ADJF') return null; // Каспийского (морей): an adjective is not the name
  // A town named after a person («полёта Гагарина», «памятник Пушкину») is that person, unless a
  // preposition of place or a place word stands before it («в Пушкине», «город Королёв»).
  const before = i > 0 ? words[i - 1].text.toLowerCase() : '';
  if (
    all.some((p) => p.known && hasGrammeme(p, 'Surn')) &&
    !SPATIAL_PREPOSITIONS.has(before) &&
    !cueType(words, i)
  )
    return null;
  // Common nouns that can also be names (Газа/газа, Мира/мир) need the place reading to come first.
  if (best !== name && best.known && !proper(best) && best.score > name.score) return null;
  // A guess from the ending alone (Зепп, Джаред) is a name only with a context word before it.
  const type =
    (name.known ? null : cueType(words, i)) ?? (hasGrammeme(name, 'Orgn') ? 'organization' : 'place');
  if (!name.known && !cueType(words, i)) return null;
  if (i > 0 && isPersonCue(words[i - 1].text) && !name.known) return null;
  const lemma = lemmaOfPhrase([w.text], morph) ?? capitalise(name.lemma);
  return { candidate: { kind: 'name', type, surface: w.text, lemma }, from: i, to: i };
}

/** A case ending that a declined foreign name takes («Хезболлы», «Аль-Каиды», «Интерфаксу»). */
const CASE_ENDING = /(?:ой|ей|ом|ем|ы|и|у|ю|а|я|е)$/;
const nameKeyOf = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** The well-known name (of ORG_NAMES or PLACE_NAMES) that the word is a case of, if any. */
function wellKnown(
  word: string,
  names: ReadonlyMap<string, string>,
  morph: RussianMorphology,
): string | undefined {
  const key = nameKeyOf(word);
  const exact = names.get(key);
  if (exact) return exact;
  for (const p of morph.parse(word)) {
    const byLemma = p.pos === 'NOUN' ? names.get(nameKeyOf(p.lemma)) : undefined;
    if (byLemma) return byLemma;
  }
  // az has no word for many of them: a case ending off the written word, and the final vowel off the name.
  const stem = key.replace(CASE_ENDING, '');
  if (stem === key || stem.length < 3) return undefined;
  return names.get(stem) ?? names.get(stem + 'а') ?? names.get(stem + 'я');
}
export const wellKnownOrg = (word: string, morph: RussianMorphology) => wellKnown(word, ORG_NAMES, morph);

/**
 * A well-known organisation (lib/knowledge/well-known.json, orgNames): «Интерфакс», «Роскомнадзора»,
 * «Франс Пресс»; a name wherever it stands, opening a sentence too, and before any reading of it as a
 * surname («агентство Рейтер»).
 */
export function wellKnownOrganisationAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
): Found | null {
  const w = words[i];
  const next = words[i + 1];
  // A fixed phrase of two words is written as it is: «Франс Пресс».
  if (next && isCap(next.text) && onlySpaceBetween(text, w, next)) {
    const pair = ORG_NAMES.get(nameKeyOf(`${w.text} ${next.text}`));
    if (pair)
      return {
        candidate: { kind: 'name', type: 'organization', surface: `${w.text} ${next.text}`, lemma: pair },
        from: i,
        to: i + 1,
      };
  }
  const name = wellKnownOrg(w.text, morph);
  if (!name || /\s/.test(name)) return null;
  // «Меджлис крымско-татарского народа»: the name with its genitive is the longer name.
  return (
    organisationAt(words, i, text, morph) ?? {
      candidate: { kind: 'name', type: 'organization', surface: w.text, lemma: name },
      from: i,
      to: i,
    }
  );
}

/**
 * A capitalised common noun before a place in the genitive, mid-sentence: «Эхо Москвы», «Голоса Америки»,
 * «Совета Европы», «Банк России» name an organisation. Not a person or a title («Героя России», «Жители
 * Москвы»: animate), not an event or a work («Кубка Англии»), not a place («Республики Корея», «Юга»).
 */
export function nounOfPlaceAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
): Found | null {
  const w = words[i];
  const next = words[i + 1];
  if (!next || !isCap(next.text) || !isCyrillic(next.text) || !onlySpaceBetween(text, w, next)) return null;
  if (w.text.includes('-') || TITLES.test(w.text) || isPersonCue(w.text) || isPlaceCue(w.text)) return null;
  if (isWorkCue(w.text) || typeByHeadWord(w.text) || GENERIC_BODY.test(w.text.toLowerCase())) return null;
  if (opensSentence(text, w) && !isOrgHead(w.text)) return null;
  const noun = morph
    .parse(w.text)
    .find(
      (p) =>
        p.pos === 'NOUN' &&
        p.known &&
        hasGrammeme(p, 'inan') &&
        !hasGrammeme(p, 'Name') &&
        !hasGrammeme(p, 'Surn') &&
        !hasGrammeme(p, 'Geox') &&
        !hasGrammeme(p, 'Orgn'),
    );
  if (!noun) return null;
  const place = morph
    .parse(next.text)
    .some((p) => p.known && hasGrammeme(p, 'Geox') && hasGrammeme(p, 'gent'));
  if (!place) return null;
  // The place must be the whole of its name: «Банк России», not «Совет Европейского союза».
  const after = words[i + 2];
  if (after && isCap(after.text) && onlySpaceBetween(text, next, after)) return null;
  const lemma = `${capitalise(noun.lemma)} ${next.text}`;
  if (!declinePhrase(lemma, morph).includes(`${w.text} ${next.text}`)) return null;
  return {
    candidate: { kind: 'name', type: 'organization', surface: `${w.text} ${next.text}`, lemma },
    from: i,
    to: i + 1,
  };
}

/** Nouns of settlements and land before a name in apposition («в городе Феникс», «в районе Тоттенхэм»). */
const SETTLEMENT_CUES =
  /^(город|сел[оае]|деревн|посел|посёл|станиц|район|штат|провинци|остров|округ[аеу]?$|муниципалитет|коммун)/;

/**
 * After a noun of a settlement or land, a capitalised word that az reads as no place (or not at all) is the
 * place's name, written as the press writes such names: in the nominative, whatever the noun's case.
 */
function settlementAt(words: Word[], i: number, start: boolean): Found | null {
  const w = words[i];
  const before = i > 0 ? words[i - 1].text : '';
  if (start || !before || isCap(before) || !SETTLEMENT_CUES.test(before.toLowerCase())) return null;
  if (!isCyrillic(w.text) || TITLES.test(w.text)) return null;
  return { candidate: { kind: 'name', type: 'place', surface: w.text, lemma: w.text }, from: i, to: i };
}

function headIsOrg(head: string, morph: RussianMorphology): boolean {
  return morph.parse(head).some((p) => p.known && hasGrammeme(p, 'Orgn'));
}

/**
 * A capitalised adjective before an organisation's head noun in lower case: «Большого театра»,
 * «Конституционного суда», «Европейский союз», «Государственной думы».
 */
export function adjectiveOrganisationAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
): Found | null {
  return adjectiveNameAt(words, i, text, morph, 'organization');
}

/** Head nouns (stems) of places named by an adjective and the noun («Камчатский край», «Курильские острова»). */
const PLACE_HEADS =
  /^(кра[йяюе]|кра[её]м|округ|област|республик|автономи|импери|острова?$|островов|островам|островах|остров[ауе]$|островом|озер|мор[еяю]$|морем|залив|пролив|полуостров|хреб[её]т|хребт|нагорь|низменност|пустын|равнин|губерни|уезд|волост|район)/;
export const isPlaceHead = (word: string) => PLACE_HEADS.test(word.toLowerCase().replace(/ё/g, 'е'));

/** A capitalised adjective before a place's head noun in lower case: «Камчатский край», «Московской области». */
export function adjectivePlaceAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
): Found | null {
  return adjectiveNameAt(words, i, text, morph, 'place');
}

const COUNTRY_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u;
const GENERIC_BODY = /^(полици|правительств|арми|милици|власт|ведомств|флот|спецслужб|дипломат)/;

function adjectiveNameAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
  type: 'organization' | 'place',
): Found | null {
  const headStem = type === 'place' ? isPlaceHead : isOrgHead;
  // A head is a noun: «фондовая» begins like «фонд».
  const isHead = (word: string) => headStem(word) && morph.parse(word).some((p) => p.pos === 'NOUN');
  const w = words[i];
  let k = i;
  // Cheap checks first: a head noun within the next four words, and an adjective's ending.
  if (!/(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ей|ую|юю|ых|их|ыми|ими)$/i.test(w.text))
    return null;
  if (!words.slice(i + 1, i + 5).some((x) => isHead(x.text))) return null;
  const adjective = (word: string) => morph.parse(word).some((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
  if (!adjective(w.text)) return null;
  // Further lowercase adjectives: «Высший арбитражный суд».
  while (
    k < i + 3 &&
    words[k + 1] &&
    onlySpaceBetween(text, words[k], words[k + 1]) &&
    !isCap(words[k + 1].text) &&
    adjective(words[k + 1].text) &&
    !isHead(words[k + 1].text)
  )
    k++;
  const head = words[k + 1];
  if (!head || !onlySpaceBetween(text, words[k], head) || isCap(head.text) || !isHead(head.text)) return null;
  const phrase = words.slice(i, k + 2).map((x) => x.text);
  // «Японская полиция», «Российское правительство»: a country's police or government, described, not named.
  if (
    type === 'organization' &&
    phrase.length === 2 &&
    COUNTRY_ADJECTIVE.test(phrase[0]) &&
    GENERIC_BODY.test(phrase[1].toLowerCase())
  )
    return null;
  const lemma = lowercaseHeadLemma(phrase, morph, type === 'place');
  if (!lemma) return null;
  const end = type === 'organization' ? organisationEnd(words, k + 1, text, morph, k + 1) : k + 1;
  const tail = text.slice(words[k + 1].end, words[end].end);
  return {
    candidate: {
      kind: 'name',
      type,
      surface: phrase.join(' ') + tail,
      lemma: lemma + tail,
    },
    from: i,
    to: end,
  };
}

/** The parts of a hyphenated form capitalised as the written word's are: «Северо-Кавказский». */
function casedLike(form: string, written: string): string {
  const parts = form.split('-');
  const writtenParts = written.split('-');
  if (parts.length < 2 || parts.length !== writtenParts.length) return form;
  return parts.map((part, k) => (isCap(writtenParts[k]) ? capitalise(part) : part)).join('-');
}

/** «Конституционного суда» → «Конституционный суд»: the adjectives agree with the head, which stays lower case. */
function lowercaseHeadLemma(phrase: string[], morph: RussianMorphology, plurals: boolean): string | null {
  const written = phrase.join(' ').replace(/ё/g, 'е');
  const heads = morph.parse(phrase[phrase.length - 1]).filter((p) => p.pos === 'NOUN' && p.known);
  for (const head of heads) {
    const gender = (['masc', 'femn', 'neut'] as const).find((g) => hasGrammeme(head, g));
    // «Курильские острова»: a place named in the plural keeps it («Правозащитные организации» are many,
    // not one); «Московской области» is one region.
    const plural = hasGrammeme(head, 'plur') && (plurals || hasGrammeme(head, 'Pltm'));
    const number = plural ? 'plur' : 'sing';
    const headLemma =
      plural && !hasGrammeme(head, 'Pltm') ? morph.inflect(head, ['nomn', 'plur']) : head.lemma;
    if (!headLemma) continue;
    const adjectives = phrase.slice(0, -1).map((word, n) => {
      const adjective = morph.parse(word).find((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
      const form = adjective
        ? morph.inflect(adjective, ['nomn', number, ...(gender && number === 'sing' ? [gender] : [])])
        : null;
      return form ? casedLike(n === 0 ? capitalise(form) : form, word) : null;
    });
    if (adjectives.some((a) => a === null)) continue;
    const lemma = [...adjectives, headLemma].join(' ').replace(/ё/g, 'е');
    if (declinePhrase(lemma, morph).some((f) => f.replace(/ё/g, 'е') === written)) return lemma;
  }
  return null;
}

/** Titles and roles are written with a capital before a name; they are not names. */
const TITLES =
  /^(президент|премьер|министр|посол|глава|председател|заместител|директор|руководител|депутат|секретар|генсек|генеральн|король|королев|канцлер|мэр|губернатор|сенатор|эксперт|политолог|спикер)/i;

/**
 * An organisation written as a capitalised noun with its lowercase genitive ("Совет мира", "Министерство
 * сельского хозяйства"): not at the start of a sentence unless the noun is an organisation's head, not a
 * title, and the phrase must decline back to what was written.
 */
export function organisationAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
): Found | null {
  const w = words[i];
  const head = isOrgHead(w.text);
  if ((opensSentence(text, w) && !head) || TITLES.test(w.text) || w.text.includes('-')) return null;
  const headParses = morph
    .parse(w.text)
    .filter(
      (p) =>
        p.pos === 'NOUN' &&
        p.known &&
        !hasGrammeme(p, 'Name') &&
        !hasGrammeme(p, 'Surn') &&
        !hasGrammeme(p, 'Geox'),
    );
  if (headParses.length === 0) return null;
  let to = i;
  for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
    const word = words[k];
    if (isCap(word.text) || !onlySpaceBetween(text, words[k - 1], word)) break;
    const genitive =
      word.text.length > 2 &&
      morph.parse(word.text).some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && hasGrammeme(p, 'gent'));
    if (!genitive) break;
    to = k;
  }
  // The genitive group ends with its noun, not with an adjective of the next phrase.
  while (to > i && morph.parse(words[to].text)[0]?.pos !== 'NOUN') to--;
  if (to === i) return headWithGroupAt(words, i, text, morph, headParses);
  const tail = words
    .slice(i + 1, to + 1)
    .map((x) => x.text)
    .join(' ');
  const surface = `${w.text} ${tail}`;
  for (const parse of headParses) {
    const lemma = `${capitalise(parse.lemma)} ${tail}`;
    if (declinePhrase(lemma, morph).includes(surface)) {
      const end = organisationEnd(words, to, text, morph, i);
      const more = text.slice(words[to].end, words[end].end);
      return {
        candidate: { kind: 'name', type: 'organization', surface: surface + more, lemma: lemma + more },
        from: i,
        to: end,
      };
    }
  }
  return null;
}

/** «Комитета по внешним связям»: an organisation's head noun and a group after «по». */
function headWithGroupAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
  headParses: WordParse[],
): Found | null {
  if (!isOrgHead(words[i].text)) return null;
  const end = organisationEnd(words, i, text, morph, i);
  if (end === i) return null;
  const tail = text.slice(words[i].end, words[end].end);
  const surface = words[i].text + tail;
  for (const parse of headParses) {
    const lemma = capitalise(parse.lemma) + tail;
    if (declinePhrase(lemma, morph).includes(surface))
      return { candidate: { kind: 'name', type: 'organization', surface, lemma }, from: i, to: end };
  }
  return null;
}

/** Heads of organisations whose name goes on with a lowercase group: «институт политической экспертизы». */
const TAIL_HEADS =
  /^(институт|академи|университет|федераци|ассоциаци|фонд|центр|агентств|служб|комитет|комисси|совет|бюро|управлени|департамент|министерств|палат|организаци)/;

/**
 * Where an organisation's name whose head is word `headAt` and which ends at word `to` really ends: it goes on
 * with a lowercase genitive group led by an adjective («Международного института политической
 * экспертизы»), with «по» and a dative group («Комитета по иностранным делам»), and with «и» and
 * another genitive group («Министерство сельского хозяйства и пищевой промышленности»).
 */
function organisationEnd(
  words: Word[],
  to: number,
  text: string,
  morph: RussianMorphology,
  headAt: number,
): number {
  if (!TAIL_HEADS.test(words[headAt].text.toLowerCase().replace(/ё/g, 'е'))) return to;
  const next = (k: number) =>
    words[k + 1] && onlySpaceBetween(text, words[k], words[k + 1]) && !isCap(words[k + 1].text)
      ? words[k + 1]
      : undefined;
  /** A group of adjectives and a noun in `gram` from word k; its last word, or -1. */
  const group = (k: number, gram: 'gent' | 'datv', adjectiveFirst: boolean): number => {
    let n = k;
    let adjectives = 0;
    while (words[n] && n < k + 4) {
      const parses = morph.parse(words[n].text).filter((p) => hasGrammeme(p, gram));
      if (parses.some((p) => p.pos === 'ADJF') && !parses.some((p) => p.pos === 'NOUN')) adjectives++;
      else if (parses.some((p) => p.pos === 'NOUN') && (adjectives > 0 || !adjectiveFirst)) return n;
      else return -1;
      if (!next(n)) return -1;
      n++;
    }
    return -1;
  };
  let end = to;
  const word = next(end);
  if (word?.text === 'по' && next(end + 1)) {
    const last = group(end + 2, 'datv', false);
    if (last > 0) end = last;
  } else if (word && word.text.length > 2 && headAt === to) {
    const last = group(end + 1, 'gent', false);
    if (last > 0) end = last;
  }
  // «… хозяйства и пищевой промышленности»: only after a genitive group, never after the head itself.
  if (end > headAt && next(end)?.text === 'и' && next(end + 1)) {
    const last = group(end + 2, 'gent', true);
    if (last > 0 && morph.parse(words[end].text).some((p) => hasGrammeme(p, 'gent'))) end = last;
  }
  return end;
}
