// Every case form of a multiword Russian name: the head noun and the adjectives that agree with it before
// it decline; what follows the head (dependent genitives, prepositional groups) and what cannot decline
// (acronyms, numerals, quoted titles, foreign words) stays as written.
import {
  CASES,
  hasGrammeme,
  type GrammaticalCase,
  type RussianMorphology,
  type WordParse,
} from './morphology';
import { isAllUpper, isCapitalised, withCaseOf, withYoOf } from './letter-case';

const ADJECTIVE_ENDING = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/i;
const WORD = /^[А-Яа-яЁё]+$/;

interface Head {
  index: number;
  parse: WordParse;
  number: 'sing' | 'plur';
  gender: 'masc' | 'femn' | 'neut' | null;
  animate: boolean;
}

/** The six case forms (nominative … prepositional) of `phrase`, in CASES order; all equal when it does not decline. */
export function declinePhrase(phrase: string, morph: RussianMorphology): string[] {
  const words = phrase.trim().split(/\s+/);
  const head = findHead(words, morph);
  if (!head) return CASES.map(() => words.join(' '));
  return CASES.map((grammaticalCase) => {
    const out = words.map((word, i) => {
      if (i === head.index) return inflectHead(word, head, grammaticalCase, morph);
      if (i < head.index) return inflectAdjective(word, head, grammaticalCase, morph);
      return word;
    });
    return out.join(' ');
  });
}

function findHead(words: string[], morph: RussianMorphology): Head | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!WORD.test(word) || (isAllUpper(word) && word.length <= 6)) continue; // XII, «…», ОТГ before the head
    if (agreeingAdjective(word, morph)) continue;
    const parse = nominativeNoun(word, morph);
    if (!parse) continue; // a foreign or indeclinable word before the head: Милли Меджлис
    if (hasGrammeme(parse, 'Fixd')) return null; // Баку, Алматы, Велизаде
    const number = hasGrammeme(parse, 'plur') ? 'plur' : 'sing';
    const gender = (['masc', 'femn', 'neut'] as const).find((g) => hasGrammeme(parse, g)) ?? null;
    return { index: i, parse, number, gender, animate: hasGrammeme(parse, 'anim') };
  }
  return null;
}

/** The reading of `word` as a noun in its dictionary form (nominative singular, or plural for plurale tantum). */
function nominativeNoun(word: string, morph: RussianMorphology): WordParse | null {
  const lower = word.toLowerCase();
  const candidates = morph
    .parse(word)
    .filter((p) => p.pos === 'NOUN' && hasGrammeme(p, 'nomn') && p.lemma === lower)
    .filter((p) => hasGrammeme(p, 'sing') || hasGrammeme(p, 'Pltm'));
  if (candidates.length === 0) return null;
  // A capitalised name is more likely the place or organisation than the common noun (Газа, not газ).
  const proper =
    isCapitalised(word) && candidates.find((p) => ['Geox', 'Orgn'].some((g) => hasGrammeme(p, g)));
  return proper || candidates.find((p) => p.known) || candidates[0];
}

/**
 * az guesses an unknown word from a known one inside it (Транскаспийский from каспийский) and inflects
 * that: put back what it left off.
 */
function inflectKeepingPrefix(
  word: string,
  parse: WordParse,
  grammemes: string[],
  morph: RussianMorphology,
): string | null {
  const form = morph.inflect(parse, grammemes);
  if (!form) return null;
  const lower = word.toLowerCase();
  const same = morph.inflect(parse, parse.grammemes);
  if (same && same !== lower && lower.endsWith(same))
    return lower.slice(0, lower.length - same.length) + form;
  return form;
}

function agreeingAdjective(word: string, morph: RussianMorphology): WordParse | null {
  if (!ADJECTIVE_ENDING.test(word)) return null;
  return (
    morph.parse(word).find((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && hasGrammeme(p, 'nomn')) ?? null
  );
}

function inflectHead(
  word: string,
  head: Head,
  grammaticalCase: GrammaticalCase,
  morph: RussianMorphology,
): string {
  if (grammaticalCase === 'nomn') return word;
  const form = inflectKeepingPrefix(word, head.parse, [grammaticalCase, head.number], morph);
  return form ? withYoOf(word, withCaseOf(word, form)) : word;
}

function inflectAdjective(
  word: string,
  head: Head,
  grammaticalCase: GrammaticalCase,
  morph: RussianMorphology,
): string {
  if (grammaticalCase === 'nomn') return word;
  const adjective = agreeingAdjective(word, morph);
  if (!adjective) return word;
  const grammemes: string[] = [grammaticalCase, head.number];
  if (head.number === 'sing' && head.gender) grammemes.push(head.gender);
  if (grammaticalCase === 'accs' && (head.number === 'plur' || head.gender === 'masc')) {
    grammemes.push(head.animate ? 'anim' : 'inan');
  }
  const form = inflectKeepingPrefix(word, adjective, grammemes, morph);
  return form ? withYoOf(word, withCaseOf(word, form)) : word;
}
