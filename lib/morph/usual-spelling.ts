// A name written in the spelling of its own language (Kazakh, Kyrgyz, Uzbek or Azerbaijani Cyrillic,
import type { RussianMorphology } from './morphology';
// Azerbaijani or Turkish Latin) as the Russian and English press usually writes it: «Нұрғалиева» is
// «Нургалиева», «Һүсејнов» «Гусейнов», «Rəşad Hüseynov» "Rashad Huseynov". The index keeps the name as
// the article wrote it and adds these as further surface forms, so pages in either spelling match.

/** Letters of the Turkic Cyrillic alphabets and the Russian letter the press writes for each. */
const CYRILLIC: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ў: 'у',
  ҳ: 'х',
  ҹ: 'дж',
  ј: 'й',
  ҷ: 'дж',
  ӣ: 'и',
  ӯ: 'у',
};
/** Azerbaijani Cyrillic (ј, ҹ): һ is Russian г (Һејдәр → Гейдар). */
const AZERBAIJANI_CYRILLIC = /[јҹЈҸ]/u;
const TURKIC_CYRILLIC = /[әғқңөұүһіўҳҹјҷӣӯӘҒҚҢӨҰҮҺІЎҲҸЈҶӢӮ]/u;

/** Azerbaijani Latin as English writes it (Əliyev → Aliyev, Şuşa → Shusha, Xocalı → Khojaly). */
const AZERBAIJANI_LATIN: Record<string, string> = {
  ə: 'a',
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  ğ: 'gh',
  ö: 'o',
  ü: 'u',
  x: 'kh',
  c: 'j',
  q: 'g',
};
/** Turkish Latin: the press mostly drops the marks (Erdoğan → Erdogan, Çavuşoğlu → Cavusoglu). */
const TURKISH_LATIN: Record<string, string> = { ı: 'i', ş: 's', ç: 'c', ğ: 'g', ö: 'o', ü: 'u' };
const AZERBAIJANI_MARK = /[əƏ]/u;
const TURKIC_LATIN = /[əıışçğöüƏİŞÇĞÖÜ]/u;

function withCase(source: string, target: string): string {
  if (source === source.toLowerCase()) return target;
  return target.charAt(0).toUpperCase() + target.slice(1);
}

function mapLetters(text: string, table: Record<string, string>): string {
  let out = '';
  for (const char of text) {
    const lower = char === 'İ' ? 'i' : char.toLowerCase();
    const mapped = table[lower];
    out += mapped === undefined ? (char === 'İ' ? 'I' : char) : withCase(char, mapped);
  }
  return out;
}

function russianSpelling(word: string): string {
  const table = AZERBAIJANI_CYRILLIC.test(word) ? { ...CYRILLIC, һ: 'г' } : CYRILLIC;
  return (
    mapLetters(word, table)
      // Әлијев → Алийев → Алиев: Russian writes no й between и and a vowel.
      .replace(/([иИ])й(?=[аеёиоуыэюя])/gu, '$1')
  );
}

function englishSpelling(word: string): string {
  return mapLetters(word, AZERBAIJANI_MARK.test(word) ? AZERBAIJANI_LATIN : TURKISH_LATIN);
}

/**
 * The name in the usual Russian or English spelling, word by word, or null when it is written in that
 * spelling already. Only words with a letter of a Turkic alphabet change.
 */
export function usualSpelling(name: string): string | null {
  const out = name.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (TURKIC_CYRILLIC.test(word)) return russianSpelling(word);
    if (TURKIC_LATIN.test(word)) return englishSpelling(word);
    return word;
  });
  return out === name ? null : out;
}

/**
 * `result` (a form az or petrovich made of `usual`, the usual spelling of `original`) written back in the
 * original's letters: the part it shares with `usual` is the original's, the ending is the result's.
 */
function backToOriginal(result: string, usual: string, original: string): string {
  let k = 0;
  while (k < result.length && k < usual.length && result[k].toLowerCase() === usual[k].toLowerCase()) k++;
  return original.slice(0, k) + result.slice(k);
}

/** The usual spelling of a word, when its letters map one to one (positions kept), else null. */
function positionalSpelling(word: string): string | null {
  const usual = usualSpelling(word);
  return usual && usual.length === word.length ? usual : null;
}

const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'];

/**
 * A morphology that reads a word in a Turkic spelling («Нұрғалиевой», «Әлия») through its usual spelling,
 * which the dictionaries know (Нургалиевой, Алия: a woman's name and surname), and gives lemmas and
 * declined forms back in the word's own letters («Нұрғалиева»).
 */
export function withUsualSpellings(morph: RussianMorphology): RussianMorphology {
  return {
    parse(word) {
      const usual = positionalSpelling(word);
      if (!usual) return morph.parse(word);
      const lower = word.toLowerCase();
      // A word spelled with letters Russian does not have is no Russian common word («Қанат» is not
      // «канат», a rope): only its readings as a name, a place or an organisation keep az's knowledge.
      return morph.parse(usual).map((p) => ({
        ...p,
        word: lower,
        lemma: backToOriginal(p.lemma, usual.toLowerCase(), lower),
        known: p.known && NAME_GRAMMEMES.some((g) => p.grammemes.includes(g)),
      }));
    },
    inflect(parse, grammemes) {
      const usual = positionalSpelling(parse.word);
      if (!usual) return morph.inflect(parse, grammemes);
      const lowerUsual = usual.toLowerCase();
      const usualLemma = positionalSpelling(parse.lemma)?.toLowerCase() ?? parse.lemma;
      const form = morph.inflect({ ...parse, word: lowerUsual, lemma: usualLemma }, grammemes);
      return form === null ? null : backToOriginal(form, lowerUsual, parse.word);
    },
    declineName(part, name, gender, grammaticalCase) {
      const usual = positionalSpelling(name);
      if (!usual) return morph.declineName(part, name, gender, grammaticalCase);
      return backToOriginal(morph.declineName(part, usual, gender, grammaticalCase), usual, name);
    },
  };
}

/** The Turkic Cyrillic letters that have one Russian letter for them, case kept: folding keeps positions. */
const ONE_TO_ONE: Record<string, string> = Object.fromEntries(
  Object.entries(CYRILLIC)
    .filter(([, russian]) => russian.length === 1)
    .flatMap(([turkic, russian]) => [
      [turkic, russian],
      [turkic.toUpperCase(), russian.toUpperCase()],
    ]),
);
const ONE_TO_ONE_LETTER = new RegExp(`[${Object.keys(ONE_TO_ONE).join('')}]`, 'gu');

/**
 * The text with every Kazakh, Kyrgyz, Uzbek or Azerbaijani Cyrillic letter written as its Russian one,
 * each at its place (the same length, the same offsets): «Қасым-Жомарт Тоқаев» reads «Касым-Жомарт Токаев»,
 * so the known names are found in a text in those spellings.
 */
export function foldTurkicLetters(text: string): string {
  return text.replace(ONE_TO_ONE_LETTER, (letter) => ONE_TO_ONE[letter]);
}
