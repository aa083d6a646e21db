// Which name forms the library may paint on every site. A form that is a common word of its language
// ("the", "мира") or too short would highlight it everywhere: it is refused. The rule is derived from the
// language's own knowledge, not from a list: compromise's English lexicon, az's Russian dictionary.
import nlp from 'compromise';
import * as v from 'valibot';
import type { FormKind, Lang, NameForm } from '../model';
import type { RussianMorphology } from '../morph/morphology';

const MAX_FORM_CHARS = 200;
const DOMAIN_NAME = /^[\p{L}\d][\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}$/u;
/** A site's address, which names its publisher in lower case: «baltinfo.ru», «lenta.ru». */
export const isSiteAddress = (text: string): boolean => DOMAIN_NAME.test(text);
export const MAX_FORMS_PER_ENTITY = 500;

export const NameFormSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_FORM_CHARS)),
  kind: v.picklist(['full', 'surname', 'short', 'acronym'] satisfies FormKind[]),
  lang: v.picklist(['ru', 'en'] satisfies Lang[]),
});

/** Tags of compromise's that make a reading a name rather than a common word. */
const ENGLISH_NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName'];
/** az's grammemes of proper names: given name, surname, patronymic, place, organisation, trademark. */
const RUSSIAN_NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'];

type Lexicon = Record<string, unknown>;
let englishLexicon: Lexicon | null = null;

/** A word compromise's lexicon lists, all of whose readings are common words. */
function isCommonEnglishWord(word: string): boolean {
  englishLexicon ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const lower = word.toLowerCase();
  if (!(lower in englishLexicon)) return false;
  const [sentence] = nlp(lower).json() as { terms?: { tags?: string[] }[] }[];
  const tags = sentence?.terms?.[0]?.tags ?? [];
  return !tags.some((t) => ENGLISH_NAME_TAGS.includes(t));
}

/** Parts of speech of closed classes (prepositions, conjunctions, particles, pronouns…): never names. */
const RUSSIAN_FUNCTION_POS = ['PREP', 'CONJ', 'PRCL', 'NPRO', 'PRED', 'INTJ', 'ADVB', 'NUMR'];

/**
 * A word az's dictionary knows, with no proper-name reading, that is a function word or a common word in its
 * dictionary form ("Президент", "Мир"). An inflected form of a rare word stays a possible name: «Токаев» is
 * also the genitive plural of «токай», and az has no frequencies to tell which is meant.
 */
function isCommonRussianWord(word: string, morph: RussianMorphology): boolean {
  const known = morph.parse(word).filter((p) => p.known);
  if (known.length === 0 || known.some((p) => p.grammemes.some((g) => RUSSIAN_NAME_GRAMMEMES.includes(g))))
    return false;
  const lower = word.toLowerCase();
  return known.some((p) => (p.pos !== null && RUSSIAN_FUNCTION_POS.includes(p.pos)) || p.lemma === lower);
}

/**
 * Why `form` must not be painted, or null. Without a morphology (its dictionaries failed to load) Russian
 * single words are judged by length alone.
 */
export function unsafeFormReason(form: NameForm, morph: RussianMorphology | null): string | null {
  const letters = form.text.replace(/[^\p{L}\p{N}]/gu, '');
  if (form.kind === 'acronym') {
    if (letters.length < 2) return `the acronym “${form.text}” is shorter than two letters`;
    if (form.text !== form.text.toUpperCase()) return `the acronym “${form.text}” is not in capitals`;
    return null;
  }
  if (letters.length < 3) return `the name “${form.text}” is shorter than three letters`;
  if (!/\p{Lu}|\p{N}/u.test(form.text) && !isSiteAddress(form.text))
    return `the name “${form.text}” has no capital letter`;
  const words = form.text.trim().split(/\s+/);
  if (words.length > 1) return null;
  const common =
    form.lang === 'en' ? isCommonEnglishWord(words[0]) : morph ? isCommonRussianWord(words[0], morph) : false;
  return common ? `“${form.text}” is a common word and would be highlighted everywhere` : null;
}
