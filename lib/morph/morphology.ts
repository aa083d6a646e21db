// The Russian morphology the knowledge is built with: an interface, so that lib/ stays pure and the
// dictionaries (files, for az) are loaded by whoever runs it (scripts/node-morph.ts in Node).

/** OpenCorpora case grammemes, nominative first, in school order. */
export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type GrammaticalCase = (typeof CASES)[number];

export type Gender = 'male' | 'female';
export type NamePart = 'first' | 'middle' | 'last';

/** One reading of a word, as az gives it. */
export interface WordParse {
  /** The word analysed, lower case. */
  word: string;
  /** Its dictionary form (nominative singular for nouns, masculine for adjectives), lower case. */
  lemma: string;
  /** Part of speech: NOUN, ADJF, VERB, PREP… or null when unknown. */
  pos: string | null;
  /** Every grammeme of the tag: 'sing', 'gent', 'masc', 'Name', 'Surn', 'Geox', 'Orgn', 'Fixd', 'Abbr'… */
  grammemes: string[];
  /** How likely this reading is, 0..1; the parses of a word come best first. */
  score: number;
  /** True when the word is in the dictionary, false when az guessed from its ending. */
  known: boolean;
}

export interface RussianMorphology {
  /** Every reading of a word, best first (case-insensitive). */
  parse(word: string): WordParse[];
  /** The form of a parsed word with these grammemes (e.g. ['gent', 'sing']), lower case; null if none. */
  inflect(parse: WordParse, grammemes: string[]): string | null;
  /** A part of a person's name in a case, by gender (petrovich): ('last', 'Токаев', 'male', 'gent') → 'Токаева'. */
  declineName(part: NamePart, name: string, gender: Gender, grammaticalCase: GrammaticalCase): string;
}

export function hasGrammeme(parse: WordParse, grammeme: string): boolean {
  return parse.grammemes.includes(grammeme);
}
