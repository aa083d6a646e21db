// General knowledge for typing discovered names (well-known.json): place acronyms, acronyms that name
// nothing, organisations written as one capitalised common noun or as a well-known name of their own.
import data from './well-known.json';

const keyOf = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

export const PLACE_ACRONYMS: ReadonlySet<string> = new Set(data.placeAcronyms);
export const NOT_NAMES: ReadonlySet<string> = new Set(data.notNames);
/** Lemmas (lower case) of organisations named by a capitalised common noun: «Сенат», «Конгресс». */
export const ORG_WORDS: ReadonlySet<string> = new Set(data.orgWords.map(keyOf));
/**
 * Well-known organisations of one word (or a fixed phrase) that are no common noun, by key (lower case,
 * ё as е) → the name as the press writes it in the nominative: «Интерфакс», «Роскомнадзор», «Франс Пресс».
 */
export const ORG_NAMES: ReadonlyMap<string, string> = new Map(
  data.orgNames.map((name) => [keyOf(name), name]),
);
const ORG_ENGLISH: ReadonlyMap<string, string> = new Map(
  Object.entries(data.orgEnglish).map(([ru, en]) => [keyOf(ru), en]),
);
/** The English-language press's name of a well-known organisation named so in Russian («Рейтер»: Reuters). */
export const orgEnglishOf = (russian: string): string | undefined => ORG_ENGLISH.get(keyOf(russian));
/** Well-known places by key → the name in the nominative: «Флорида», «Тусон», «Советский Союз». */
export const PLACE_NAMES: ReadonlyMap<string, string> = new Map(
  data.placeNames.map((name) => [keyOf(name), name]),
);
/** Lemmas of places named by a capitalised common noun mid-sentence: «Земля», «Луна». */
export const PLACE_WORDS: ReadonlySet<string> = new Set(data.placeWords.map(keyOf));
