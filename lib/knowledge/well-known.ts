// General knowledge for typing discovered names (well-known.json): place acronyms, acronyms that name
// nothing, organisations written as one capitalised common noun.
import data from './well-known.json';

const keyOf = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

export const PLACE_ACRONYMS: ReadonlySet<string> = new Set(data.placeAcronyms);
export const NOT_NAMES: ReadonlySet<string> = new Set(data.notNames);
/** Lemmas (lower case) of organisations named by a capitalised common noun: «Сенат», «Конгресс». */
export const ORG_WORDS: ReadonlySet<string> = new Set(data.orgWords.map(keyOf));
/** Lemmas of places named by a capitalised common noun mid-sentence: «Земля», «Луна». */
export const PLACE_WORDS: ReadonlySet<string> = new Set(data.placeWords.map(keyOf));
