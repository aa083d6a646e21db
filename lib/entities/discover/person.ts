// People in Russian text: "Касым-Жомарт Токаев", "Дмитрий Анатольевич Медведев", "К. Токаева",
// foreign names az does not know ("Зепп Блаттер", "Синдзи Харада"), and a surname alone ("Путин",
// "Лукашенко"), each lemmatised to its nominative with petrovich.
import { capitalise } from '../../morph/letter-case';
import {
  CASES,
  hasGrammeme,
  type Gender,
  type RussianMorphology,
  type WordParse,
} from '../../morph/morphology';
import type { Found } from './candidate';
import { isPersonCue } from './cues';
import { isAllCaps, isCap, isCyrillic, onlySpaceBetween, opensSentence, type Word } from './words';

const SURNAME_ENDING =
  /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|заде|оглу|лы|ли|бек|беков|бекова|ян|янц|швили|дзе|енко|ук|юк|ич|ец|ер|ман|сон|берг|штейн)(а|у|ым|ом|е|ой|ую|ым)?$/i;

const known = (p: WordParse) => p.known;
const proper = (p: WordParse) => hasGrammeme(p, 'Geox') || hasGrammeme(p, 'Orgn');

/** A first name: az knows it as one (Name), and not better as a common word. */
function firstNameParse(word: string, morph: RussianMorphology): WordParse | null {
  const first = word.split('-')[0];
  const all = morph.parse(first);
  const name = all.find((p) => hasGrammeme(p, 'Name') && !hasGrammeme(p, 'Init'));
  if (!name) return null;
  const best = all[0];
  if (best !== name && best.known && !hasGrammeme(best, 'Name') && best.score > name.score * 3) return null;
  return name;
}

/**
 * A first name az rates below a common word («Марка», «Роза», «Вера») is still one right before a word
 * that only a surname can be in the same case («Марка Цукерберга»): not a dictionary word, a surname's
 * ending, capitalised mid-sentence.
 */
function nameBeforeSurname(word: string, next: string, morph: RussianMorphology): WordParse | null {
  const name = morph.parse(word.split('-')[0]).find((p) => hasGrammeme(p, 'Name') && !hasGrammeme(p, 'Init'));
  if (!name || !SURNAME_ENDING.test(next)) return null;
  const nextParses = morph.parse(next);
  if (nextParses.some((p) => p.known && !hasGrammeme(p, 'Surn'))) return null;
  const sameCase = CASES.some(
    (c) => hasGrammeme(name, c) && nextParses.some((p) => hasGrammeme(p, c) || !p.known),
  );
  return sameCase ? name : null;
}

/** A word that may be a surname: az says so, or it has a surname's ending, or az has never seen it. */
function looksLikeSurname(word: string, morph: RussianMorphology): boolean {
  if (!isCap(word) || !isCyrillic(word) || isAllCaps(word)) return false;
  const all = morph.parse(word);
  if (all.some((p) => hasGrammeme(p, 'Surn') && p.known)) return true;
  if (all.some((p) => p.known && proper(p))) return false;
  if (all.some((p) => p.known && p.pos === 'ADJF')) return false;
  return SURNAME_ENDING.test(word) || !all.some(known);
}

/** A word az has never seen (a foreign given name or surname), or knows only as a name. */
function foreignNamePart(word: string, morph: RussianMorphology): boolean {
  if (!isCap(word) || !isCyrillic(word) || isAllCaps(word)) return false;
  const all = morph.parse(word.split('-')[0]);
  if (
    all.some((p) => p.known && !hasGrammeme(p, 'Name') && !hasGrammeme(p, 'Surn') && !hasGrammeme(p, 'Patr'))
  )
    return false;
  return !all.some((p) => proper(p) && p.known);
}

const patronymic = (word: string, morph: RussianMorphology) =>
  morph.parse(word).some((p) => hasGrammeme(p, 'Patr')) ||
  /(ович|евич|ьич|овна|евна|ична|инична)(а|у|ем|ом|е|ой|у)?$/.test(word);

/**
 * A person whose name starts at word `i`: initial(s) + surname, first name (+ patronymic or second
 * given name) + surname, or two or three name-like words az does not know as anything else.
 */
export function personAt(words: Word[], i: number, text: string, morph: RussianMorphology): Found | null {
  const w = words[i];
  const next = words[i + 1];
  if (!next) return null;
  // Initials: "К. Токаева", "Н. Кан", "В. В. Путин"
  if (w.text.length === 1 && isCap(w.text) && /^\.[^\S\u2029]*$/.test(text.slice(w.end, next.start))) {
    let k = i + 1;
    if (
      words[k].text.length === 1 &&
      words[k + 1] &&
      /^\.[^\S\u2029]*$/.test(text.slice(words[k].end, words[k + 1].start))
    )
      k++;
    const surname = words[k];
    if (surname && (looksLikeSurname(surname.text, morph) || foreignNamePart(surname.text, morph))) {
      const { last, gender } = surnameLemma(surname.text, null, morph);
      return {
        candidate: {
          kind: 'person',
          type: 'person',
          surface: text.slice(w.start, surname.end),
          lemma: last,
          person: { last, gender },
        },
        from: i,
        to: k,
      };
    }
    return null;
  }
  if (!onlySpaceBetween(text, w, next) || !isCap(next.text) || !isCyrillic(next.text)) return null;
  const firstParse = firstNameParse(w.text, morph) ?? nameBeforeSurname(w.text, next.text, morph);
  const third = words[i + 2];
  const hasThird =
    !!third && onlySpaceBetween(text, next, third) && isCap(third.text) && isCyrillic(third.text);
  if (firstParse) {
    // Дмитрий Анатольевич Медведев, Реджеп Тайип Эрдоган
    if (
      hasThird &&
      (patronymic(next.text, morph) || foreignNamePart(next.text, morph) || firstNameParse(next.text, morph))
    ) {
      if (looksLikeSurname(third.text, morph) || foreignNamePart(third.text, morph)) {
        const middle = patronymic(next.text, morph) ? next.text : undefined;
        return named(words, i, i + 2, text, morph, firstParse, middle);
      }
    }
    // A known first name makes the next capitalised word a surname, even a dictionary word (Виктор Бут).
    const nextParses = morph.parse(next.text);
    const adjective = nextParses[0]?.pos === 'ADJF' && nextParses[0].known;
    // A place after a first name is a surname too (Оливер Кан), unless the first name is a common word.
    const place = nextParses.some((p) => p.known && proper(p) && !hasGrammeme(p, 'Surn'));
    const commonFirst = morph.parse(w.text).some((p) => p.known && !hasGrammeme(p, 'Name') && p.score > 0.3);
    if (!adjective && (!place || !commonFirst || looksLikeSurname(next.text, morph)))
      return named(words, i, i + 1, text, morph, firstParse);
    return null;
  }
  // Foreign names: Синдзи Харада, Зепп Блаттер, Аун Сан Су Чжи (not the first word of a sentence unless a
  // title before it says a person follows).
  const cue = i > 0 && isPersonCue(words[i - 1].text);
  if (
    !foreignNamePart(w.text, morph) ||
    !(foreignNamePart(next.text, morph) || looksLikeSurname(next.text, morph))
  )
    return null;
  if (opensSentence(text, w) && !cue) return null;
  let to = i + 1;
  while (
    to < i + 4 &&
    words[to + 1] &&
    onlySpaceBetween(text, words[to], words[to + 1]) &&
    foreignNamePart(words[to + 1].text, morph)
  )
    to++;
  const surface = text.slice(w.start, words[to].end);
  const last = words[to].text;
  const first = words
    .slice(i, to)
    .map((x) => x.text)
    .join(' ');
  const { last: lastLemma, gender } = womanAsWritten(words, i, to, text, morph, false)
    ? { last, gender: 'female' as const }
    : surnameLemma(last, null, morph);
  return {
    candidate: {
      kind: 'person',
      type: 'person',
      surface,
      lemma: `${first} ${lastLemma}`,
      person: { first, last: lastLemma, gender },
    },
    from: i,
    to,
  };
}

function named(
  words: Word[],
  i: number,
  to: number,
  text: string,
  morph: RussianMorphology,
  firstParse: WordParse,
  middleWritten?: string,
): Found {
  const w = words[i];
  const lastWord = words[to];
  // az's likeliest reading of the first name says which gender to try first (Ильхама: Ильхам, masc).
  const likely: Gender = hasGrammeme(firstParse, 'femn') ? 'female' : 'male';
  const firstIsFeminine =
    firstParse.known && hasGrammeme(firstParse, 'femn') && hasGrammeme(firstParse, 'nomn');
  const lemma = womanAsWritten(words, i, to, text, morph, firstIsFeminine)
    ? { first: w.text, last: lastWord.text, gender: 'female' as const }
    : personLemma(w.text, lastWord.text, [likely, likely === 'male' ? 'female' : 'male'], morph);
  const first = lemma?.first ?? capitalise(firstParse.lemma);
  const last = lemma?.last ?? lastWord.text;
  const gender = lemma?.gender ?? likely;
  const between = to > i + 1 ? words[i + 1].text : undefined;
  const middle = middleWritten ? middleLemma(middleWritten, gender, morph) : undefined;
  const firstFull = between && !middleWritten ? `${first} ${between}` : first;
  return {
    candidate: {
      kind: 'person',
      type: 'person',
      surface: text.slice(w.start, lastWord.end),
      lemma: [firstFull, middle, last].filter(Boolean).join(' '),
      person: { first: firstFull, ...(middle ? { middle } : {}), last, gender },
    },
    from: i,
    to,
  };
}

/** A woman's surname in the nominative has the shape of a man's in the genitive (Иванова, Ғуломова). */
const FEMININE_SURNAME = /(ова|ева|ёва|ина|ына|ская|цкая)$/i;

/**
 * "First Last" ending at word `to` is a woman's name as written, not a man's in an oblique case
 * («Мария Иванова», not «Мари Иванов»; «Дилноза Ғуломова»): the surname has a woman's nominative shape,
 * and the first name is a woman's in the nominative, or a woman's title stands before it, or what follows
 * agrees with a woman (a past-tense verb or short adjective in the feminine before any other, or «она»
 * opening the next sentence).
 */
function womanAsWritten(
  words: Word[],
  from: number,
  to: number,
  text: string,
  morph: RussianMorphology,
  firstIsFeminine: boolean,
): boolean {
  if (!FEMININE_SURNAME.test(words[to].text)) return false;
  if (firstIsFeminine) return true;
  // A woman's title or trade right before the name, in the nominative: «мастерица», «певица», «журналистка».
  const before =
    from > 0 && onlySpaceBetween(text, words[from - 1], words[from]) ? words[from - 1].text : null;
  if (
    before &&
    morph
      .parse(before)
      .some(
        (p) =>
          p.known &&
          p.pos === 'NOUN' &&
          hasGrammeme(p, 'anim') &&
          hasGrammeme(p, 'femn') &&
          hasGrammeme(p, 'nomn'),
      )
  )
    return true;
  for (let k = to + 1; k < words.length && k <= to + 8; k++) {
    if (/[.!?…]/.test(text.slice(words[k - 1].end, words[k].start))) return /^она$/i.test(words[k].text);
    const agreeing = morph
      .parse(words[k].text)
      .find(
        (p) =>
          p.known && ((p.pos === 'VERB' && hasGrammeme(p, 'past')) || p.pos === 'PRTS' || p.pos === 'ADJS'),
      );
    if (agreeing) return hasGrammeme(agreeing, 'femn');
  }
  return false;
}

function middleLemma(written: string, gender: Gender, morph: RussianMorphology): string {
  for (const candidate of [written, ...stems(written)])
    if (CASES.some((c) => morph.declineName('middle', candidate, gender, c) === written)) return candidate;
  return written;
}

/**
 * A surname alone, in the middle of a sentence: az knows it as a surname and as no place or organisation
 * (Путин, Лукашенко, Зорькин), or a title stands before a word shaped like one («президент Саакашвили»).
 */
export function surnameAt(words: Word[], i: number, text: string, morph: RussianMorphology): Found | null {
  const w = words[i];
  if (!isCap(w.text) || !isCyrillic(w.text) || isAllCaps(w.text)) return null;
  const all = morph.parse(w.text);
  const cue = i > 0 && isPersonCue(words[i - 1].text) && onlySpaceBetween(text, words[i - 1], w);
  const start = opensSentence(text, w);
  const surn = all.find((p) => hasGrammeme(p, 'Surn'));
  const best = all[0];
  const knownSurname = !!surn && surn.known && best.known && hasGrammeme(best, 'Surn');
  const otherReading = all.some(
    (p) => p.known && (proper(p) || (!hasGrammeme(p, 'Surn') && !hasGrammeme(p, 'Name'))),
  );
  const ok =
    (knownSurname &&
      !all.some((p) => p.known && proper(p)) &&
      (!start || !otherReading || best.score >= 0.5)) ||
    (cue && (looksLikeSurname(w.text, morph) || foreignNamePart(w.text, morph)));
  if (!ok || hasGrammeme(best, 'Name')) return null;
  const { last, gender } = surnameLemma(w.text, null, morph);
  return {
    candidate: { kind: 'person', type: 'person', surface: w.text, lemma: last, person: { last, gender } },
    from: i,
    to: i,
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

/** Possible nominatives of a declined name: strip the case endings petrovich adds. */
function stems(word: string): string[] {
  const out: string[] = [];
  for (const [ending, replacement] of [
    // Adjective surnames first: «Хуторянской» is «Хуторянская», not «Хуторянска».
    ['ской', 'ская'],
    ['цкой', 'цкая'],
    ['ского', 'ский'],
    ['цкого', 'цкий'],
    ['скому', 'ский'],
    ['цкому', 'цкий'],
    ['ским', 'ский'],
    ['цким', 'цкий'],
    ['ском', 'ский'],
    ['цком', 'цкий'],
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

const surnameLemmas = new WeakMap<RussianMorphology, Map<string, { last: string; gender: Gender }>>();

/** The nominative and gender of a surname as written (petrovich is slow: each word is worked out once). */
function surnameLemma(
  word: string,
  hint: { gender: Gender; grammaticalCase: (typeof CASES)[number] } | null,
  morph: RussianMorphology,
): { last: string; gender: Gender } {
  if (hint) return computeSurnameLemma(word, hint, morph);
  let cache = surnameLemmas.get(morph);
  if (!cache) surnameLemmas.set(morph, (cache = new Map<string, { last: string; gender: Gender }>()));
  let found = cache.get(word);
  if (!found) cache.set(word, (found = computeSurnameLemma(word, null, morph)));
  return found;
}

function computeSurnameLemma(
  word: string,
  hint: { gender: Gender; grammaticalCase: (typeof CASES)[number] } | null,
  morph: RussianMorphology,
): { last: string; gender: Gender } {
  const genders: Gender[] = hint ? [hint.gender] : ['male', 'female'];
  // Every surname "declines" to itself in the nominative, and an indeclinable reading («Петрову» as
  // a woman's name that does not decline, «Петров» as a woman's) to itself in every case: a reading
  // from another nominative is tried first, then the word as its own nominative.
  const cases = hint ? [hint.grammaticalCase] : CASES.slice(1);
  for (const c of cases)
    for (const gender of genders)
      for (const candidate of stems(word))
        if (candidate !== word && morph.declineName('last', candidate, gender, c) === word)
          return { last: candidate, gender };
  for (const c of hint ? cases : CASES)
    for (const gender of genders)
      if (morph.declineName('last', word, gender, c) === word) return { last: word, gender };
  return { last: word, gender: hint?.gender ?? 'male' };
}
