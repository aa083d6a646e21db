// Named entities found in Russian text: people, acronyms, quoted names, Latin-script names, capitalised
// places and organisations, organisations led by lowercase words; each lemmatised to its nominative.
import { NOT_NAMES, PLACE_ACRONYMS } from '../../knowledge/well-known';
import type { EntityType, Sentence } from '../../model';
import type { RussianMorphology } from '../../morph/morphology';
import type { Candidate, Found } from './candidate';
import { isOrgCue, isPersonCue, isPlaceCue, isProductCue, isWorkCue, typeByHeadWord } from './cues';
import { latinAt } from './latin';
import { personAt, surnameAt } from './person';
import {
  adjectiveOrganisationAt,
  adjectivePlaceAt,
  nounOfPlaceAt,
  organisationAt,
  properNameAt,
  wellKnownOrg,
  wellKnownOrganisationAt,
} from './places';
import { isAllCaps, isCap, isCyrillic, isLatin, onlySpaceBetween, wordsOf, type Word } from './words';
import { hasGrammeme } from '../../morph/morphology';
import { capitalise } from '../../morph/letter-case';
import { declinePhrase } from '../../morph/decline-phrase';
import { lemmaOfPhrase } from './phrase';

export type { Candidate } from './candidate';

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const DOMAIN =
  /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:ru|ру|рф|su|com|net|org|info|ua|kz|by|uz|az|ge|am|kg|tj|tv|fm|io|co\.uk|de|fr)$/iu;
const QUOTED_RE = /[«"“„]([^«»"“”„]{2,80})[»"”“]/g;

export function discoverInSentence(sentence: Sentence, morph: RussianMorphology): Candidate[] {
  const text = sentence.text;
  const words = wordsOf(text);
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  const isTaken = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const push = (found: Found) => {
    const start = words[found.from].start;
    const end = words[found.to].end;
    out.push({ ...found.candidate, articleId: sentence.articleId, sentence: sentence.index, start, end });
    taken.push([start, end]);
  };

  // Quoted names: «Центральная Азия – 2040», "Бакинский клуб политологов". Speech is long: not a name;
  // a title after «альбом», «фильм», «корабль» is a work or a thing, not an organisation.
  for (const m of text.matchAll(QUOTED_RE)) {
    const inner = m[1].trim();
    const n = inner.split(/\s+/).length;
    if (!isCap(inner) || n > 6 || /[.!?]$/.test(inner)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const before = text.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
    const headType = typeByHeadWord(before) ?? typeByHeadWord(inner);
    const cue = before.toLowerCase();
    // «Союз ТМА-7», «Союз-5»: a model number makes it a vehicle or a product.
    const numbered = /-\d|\s\p{Lu}{1,4}-?\d/u.test(inner);
    // A well-known organisation is one whatever stands before it («проекта «Фэйсбук»»).
    const knownOrg = !/\s/.test(inner) && wellKnownOrg(inner, morph) !== undefined;
    if (
      !headType &&
      !knownOrg &&
      (isWorkCue(cue) || isProductCue(cue) || numbered || workCueBeforeAuthor(text, m.index))
    ) {
      out.push({
        kind: 'thing',
        type: 'organization',
        surface: inner,
        lemma: inner.split(/[\s-]/)[0],
        articleId: sentence.articleId,
        sentence: sentence.index,
        start,
        end: start + m[1].length,
      });
      taken.push([start, start + m[1].length]);
      continue;
    }
    const type: EntityType = knownOrg
      ? 'organization'
      : (headType ?? (isPlaceCue(cue) ? 'place' : 'organization'));
    out.push({
      kind: 'quoted',
      type,
      surface: inner,
      lemma: quotedLemma(inner, morph),
      articleId: sentence.articleId,
      sentence: sentence.index,
      start,
      end: start + m[1].length,
    });
    taken.push([start, start + m[1].length]);
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isTaken(w.start, w.end)) continue;
    // A country's adjective before an organisation's acronym or short name: «японского МИДа»,
    // «российского Минсельхоза» (the acronym alone names no one country's ministry).
    const qualified = qualifiedOrganisationAt(words, i, text, morph);
    if (qualified) {
      push(qualified);
      i = qualified.to;
      continue;
    }
    // A site named by its address is its publisher: «сообщает baltinfo.ru», «Лента.ру», NEWSru.com.
    if (DOMAIN.test(w.text)) {
      push({
        candidate: { kind: 'latin', type: 'organization', surface: w.text, lemma: w.text },
        from: i,
        to: i,
      });
      continue;
    }
    // Acronyms: ОТГ, СВМДА, STEM, США; not Roman numerals nor legal forms.
    if (isAllCaps(w.text) && w.text.length <= 6 && /^\p{L}+$/u.test(w.text)) {
      if (ROMAN_NUMERAL.test(w.text) || NOT_NAMES.has(w.text)) continue;
      const before = i > 0 ? words[i - 1].text : '';
      // «страны ЕС», «стран СНГ»: the countries of a union; the union itself is an organisation.
      const countries = /^стран(ы|ам|ах|ами)?$/i.test(before);
      const type: EntityType =
        PLACE_ACRONYMS.has(w.text) || (isPlaceCue(before) && !countries) ? 'place' : 'organization';
      push({ candidate: { kind: 'acronym', type, surface: w.text, lemma: w.text }, from: i, to: i });
      continue;
    }
    if (isLatin(w.text)) {
      const latin = latinAt(words, i, text);
      if (latin) {
        if (latin.candidate.lemma) push(latin);
        i = latin.to;
      }
      continue;
    }
    if (!isCyrillic(w.text)) continue;
    if (!isCap(w.text)) {
      const org =
        i > 0 && isOrgContext(words[i - 1].text) ? adjectiveOrganisationAt(words, i, text, morph) : null;
      if (org) {
        push(org);
        i = org.to;
      }
      continue;
    }
    const found = orgAfterCue(
      words,
      i,
      wellKnownOrganisationAt(words, i, text, morph) ??
        personAt(words, i, text, morph) ??
        adjectivePlaceAt(words, i, text, morph) ??
        adjectiveOrganisationAt(words, i, text, morph) ??
        nounOfPlaceAt(words, i, text, morph) ??
        organisationAt(words, i, text, morph) ??
        properNameAt(words, i, text, morph) ??
        surnameAt(words, i, text, morph),
    );
    if (found) {
      // «Союз ТМА-7», «Союз-5»: a name with a model number is a vehicle or a product.
      const after = text.slice(words[found.to].end, words[found.to].end + 8);
      if (found.candidate.type !== 'person' && /^(?:-\d|\s+\p{Lu}{1,4}-?\d)/u.test(after)) {
        i = found.to;
        continue;
      }
      const whole =
        found.candidate.type === 'organization' ? extendedOrganisation(words, found, text) : found;
      push(whole);
      i = whole.to;
    }
  }
  return out;
}

/**
 * The nominative of a quoted name written in another case: «Газпрома» → «Газпром», «Единой России» →
 * «Единая Россия», «Голоса Америки» → «Голос Америки»; the name as written when no reading declines
 * back to it (Latin script, numbers, a phrase with a verb).
 */
function quotedLemma(inner: string, morph: RussianMorphology): string {
  const parts = inner.split(' ');
  if (parts.length > 4 || !parts.every((w) => /^\p{Lu}?[\p{Ll}-]+$/u.test(w) && isCyrillic(w))) return inner;
  const declines = (lemma: string) => declinePhrase(lemma, morph).includes(inner);
  const phrase = parts.length > 1 ? lemmaOfPhrase(parts, morph) : null;
  if (phrase && phrase !== inner && declines(phrase)) return phrase;
  // The first word declines, the words after it are its genitive and stay as they are.
  for (const p of morph.parse(parts[0])) {
    if (p.pos !== 'NOUN' || !p.known || hasGrammeme(p, 'nomn')) continue;
    const lemma = [capitalise(p.lemma), ...parts.slice(1)].join(' ');
    if (parts.length > 1 && lemmaOfPhrase(parts, morph)) break;
    if (declines(lemma)) return lemma;
  }
  return inner;
}

/**
 * A work's noun before its author's or publisher's name and its quoted title: «в статье Частного
 * корреспондента «Жара продолжается»», «песня Аллы Пугачёвой «Миллион роз»». The name is at most three
 * words, the first capitalised.
 */
function workCueBeforeAuthor(text: string, quoteAt: number): boolean {
  const words = text
    .slice(Math.max(0, quoteAt - 120), quoteAt)
    .trim()
    .split(/\s+/);
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const name = words.slice(words.length - n);
    const cue = words[words.length - n - 1];
    if (isCap(name[0]) && !/[.,;:!?»"]$/.test(cue) && !isCap(cue) && isWorkCue(cue.toLowerCase()))
      return true;
  }
  return false;
}

const GEO_ADJECTIVE = /^\p{Ll}+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u;
/** An acronym with a case ending: МИДа, МИДе, МВД (indeclinable). */
const DECLINED_ACRONYM = /^(\p{Lu}{2,6})(а|у|ом|е)?$/u;

function qualifiedOrganisationAt(
  words: Word[],
  i: number,
  text: string,
  morph: RussianMorphology,
): Found | null {
  const w = words[i];
  const next = words[i + 1];
  if (!next || !GEO_ADJECTIVE.test(w.text) || !onlySpaceBetween(text, w, next)) return null;
  const acronym = DECLINED_ACRONYM.exec(next.text);
  const orgWord =
    !acronym && morph.parse(next.text).some((p) => p.known && hasGrammeme(p, 'Orgn') && p.pos === 'NOUN');
  if (!(acronym && !PLACE_ACRONYMS.has(acronym[1])) && !(orgWord && isCap(next.text))) return null;
  // «российских СМИ»: many of them, no one organisation.
  const adjective = morph.parse(w.text).find((p) => p.pos === 'ADJF' && !hasGrammeme(p, 'plur'));
  if (!adjective) return null;
  const headLemma = acronym
    ? acronym[1]
    : (morph.parse(next.text).find((p) => p.known && hasGrammeme(p, 'Orgn'))?.lemma ?? next.text);
  const head = acronym ? headLemma : capitalise(headLemma);
  const gender = acronym
    ? 'masc'
    : ((['masc', 'femn', 'neut'] as const).find((g) =>
        morph.parse(next.text).some((p) => hasGrammeme(p, g)),
      ) ?? 'masc');
  const nominative = morph.inflect(adjective, ['nomn', 'sing', gender]) ?? w.text;
  return {
    candidate: {
      kind: 'name',
      type: 'organization',
      surface: `${w.text} ${next.text}`,
      lemma: `${nominative} ${head}`,
    },
    from: i,
    to: i + 1,
  };
}

/**
 * An organisation's name goes on with «имени …»: «театра имени Станиславского и Немировича-Данченко».
 * (A place after it stays a place of its own, as factRu and the press's own usage mostly have it:
 * «Верховный суд | Бангладеша».)
 */
function extendedOrganisation(words: Word[], found: Found, text: string): Found {
  const next = (k: number) =>
    words[k + 1] && onlySpaceBetween(text, words[k], words[k + 1]) ? words[k + 1] : undefined;
  if (next(found.to)?.text !== 'имени') return found;
  let to = found.to + 1;
  for (;;) {
    const word = next(to);
    if (word && isCap(word.text)) to++;
    else if (word?.text === 'и' && next(to + 1) && isCap(next(to + 1)!.text)) to += 2;
    else break;
  }
  if (to === found.to + 1) return found;
  const tail = text.slice(words[found.to].end, words[to].end);
  const { candidate } = found;
  return {
    candidate: { ...candidate, surface: candidate.surface + tail, lemma: candidate.lemma + tail },
    from: found.from,
    to,
  };
}

/**
 * After a word that says an organisation follows («агентство Рейтер», «компании Эппл»), a name read as a
 * surname alone is that organisation; a person named in full stays one.
 */
function orgAfterCue(words: Word[], i: number, found: Found | null): Found | null {
  if (!found || found.candidate.type !== 'person' || found.candidate.person?.first) return found;
  if (i === 0 || !isOrgContext(words[i - 1].text) || found.candidate.kind !== 'person') return found;
  const surface = words
    .slice(found.from, found.to + 1)
    .map((w) => w.text)
    .join(' ');
  if (/\./.test(surface)) return found;
  return { ...found, candidate: { kind: 'name', type: 'organization', surface, lemma: surface } };
}

/** Lowercase-led organisations are taken only after a word that says one follows. */
function isOrgContext(word: string): boolean {
  return isOrgCue(word) && !isPersonCue(word);
}
