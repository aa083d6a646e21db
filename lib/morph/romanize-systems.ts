// A name's spellings in the other romanisations the press uses besides BGN/PCGN (lib/morph/romanize.ts):
// ALA-LC as newspapers print it (without its ligatures), the scientific transliteration, French and German
// press conventions (Le Monde's «Tokaïev», the Duden's „Tokajew“), and, for a name written in a Turkic
// Cyrillic alphabet, its own Latin alphabet: Kazakh's of 2021 (Nūrğalieva), Azerbaijani (Hüseynov), Uzbek
// (Toʻxtayev).
import { PLAIN } from './romanize';
import { usualSpelling } from './usual-spelling';

const VOWELS = 'аеёиоуыэюяәөүұі';

/** One letter in context: the word (lower case), its position. */
type Rule = (word: string, i: number) => string | undefined;
interface System {
  letters: Record<string, string>;
  /** Context rules, tried before the letter table. */
  rule?: Rule;
}

const afterVowel = (w: string, i: number) => i === 0 || VOWELS.includes(w[i - 1]) || 'ъь'.includes(w[i - 1]);
const betweenVowels = (w: string, i: number) =>
  i > 0 && VOWELS.includes(w[i - 1]) && i + 1 < w.length && VOWELS.includes(w[i + 1]);
/** The adjective ending -ий / -ый of a given name or surname (Дмитрий, Горький). */
const finalIy = (w: string, i: number) => i === w.length - 2 && 'иы'.includes(w[i]) && w[i + 1] === 'й';

/**
 * BGN/PCGN's letters with one spelling, and е as plain e (BGN's ye after vowels is its own): each system
 * below sets the letters it spells otherwise.
 */
const BASE: Record<string, string> = { ...PLAIN, е: 'e' };

const ALA_LC: System = {
  letters: {
    ...BASE,
    ё: 'e',
    ж: 'zh',
    й: 'i',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ю: 'iu',
    я: 'ia',
  },
};

const SCIENTIFIC: System = {
  letters: {
    ...BASE,
    ё: 'ë',
    ж: 'ž',
    й: 'j',
    х: 'x',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'šč',
    э: 'è',
    ю: 'ju',
    я: 'ja',
  },
};

const FRENCH: System = {
  letters: {
    ...BASE,
    у: 'ou',
    ё: 'io',
    ж: 'j',
    й: 'ï',
    х: 'kh',
    ц: 'ts',
    ч: 'tch',
    ш: 'ch',
    щ: 'chtch',
    ю: 'iou',
    я: 'ia',
  },
  rule(w, i) {
    const c = w[i];
    if (finalIy(w, i)) return 'i';
    if (i > 0 && finalIy(w, i - 1)) return '';
    const vowelBefore = i > 0 && VOWELS.includes(w[i - 1]);
    // Nazarbaïev, Ievgueni: a diaeresis where "ai", "oi" would be read as one sound; "gu" keeps g hard.
    if (c === 'е' && vowelBefore) return 'ïe';
    if (c === 'е' && afterVowel(w, i)) return 'ie';
    if (c === 'и' && vowelBefore) return 'ï';
    if (c === 'г' && 'еиэ'.includes(w[i + 1] ?? '')) return 'gu';
    if (c === 'я' && w[i - 1] === 'и') return 'a'; // Ioulia, Maria
    if (c === 'й' && !(i > 0 && VOWELS.includes(w[i - 1]))) return 'i';
    if (c === 'с' && betweenVowels(w, i)) return 'ss';
    return undefined;
  },
};

const GERMAN: System = {
  letters: {
    ...BASE,
    в: 'w',
    ё: 'jo',
    ж: 'sch',
    з: 's',
    й: 'j',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ю: 'ju',
    я: 'ja',
  },
  rule(w, i) {
    const c = w[i];
    if (finalIy(w, i)) return 'i';
    if (i > 0 && finalIy(w, i - 1)) return '';
    if (c === 'е' && afterVowel(w, i)) return 'je';
    if (c === 'ё' && i > 0 && 'жчшщ'.includes(w[i - 1])) return 'o';
    if (c === 'с' && betweenVowels(w, i)) return 'ss';
    return undefined;
  },
};

/** Kazakh Latin, the alphabet of 2021: И, Й → İ; І → I (ı); Ы → Y. */
const KAZAKH: System = {
  letters: {
    ...BASE,
    ә: 'ä',
    ғ: 'ğ',
    ё: 'io',
    ж: 'j',
    и: 'i',
    й: 'i',
    қ: 'q',
    ң: 'ñ',
    ө: 'ö',
    ұ: 'ū',
    ү: 'ü',
    х: 'h',
    һ: 'h',
    ц: 'ts',
    ч: 'ch',
    ш: 'ş',
    щ: 'şş',
    і: 'ı',
    ю: 'iu',
    я: 'ia',
  },
};

const AZERBAIJANI: System = {
  letters: {
    ...BASE,
    г: 'q',
    ғ: 'ğ',
    ә: 'ə',
    ж: 'j',
    ы: 'ı',
    ј: 'y',
    й: 'y',
    ҝ: 'g',
    ө: 'ö',
    ү: 'ü',
    х: 'x',
    һ: 'h',
    ч: 'ç',
    ҹ: 'c',
    ш: 'ş',
    ю: 'yu',
    я: 'ya',
    ё: 'yo',
  },
};

const UZBEK: System = {
  letters: {
    ...BASE,
    ў: 'oʻ',
    ғ: 'gʻ',
    қ: 'q',
    ҳ: 'h',
    ж: 'j',
    х: 'x',
    ц: 's',
    ч: 'ch',
    ш: 'sh',
    й: 'y',
    ё: 'yo',
    ю: 'yu',
    я: 'ya',
    ъ: 'ʼ',
  },
  rule: (w, i) =>
    w[i] === 'е' && (i === 0 || VOWELS.includes(w[i - 1]) || w[i - 1] === 'ў') ? 'ye' : undefined,
};

/** Capitals as the source has them; a dotted capital İ where the alphabet keeps the dot (Kazakh, Azerbaijani). */
function cased(source: string, latin: string, dottedI: boolean): string {
  if (latin === '' || source === source.toLowerCase()) return latin;
  if (dottedI && latin.startsWith('i')) return `İ${latin.slice(1)}`;
  if (latin.startsWith('ı')) return `I${latin.slice(1)}`;
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

function transliterate(name: string, system: System, dottedI = false): string {
  return name.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const latin = system.rule?.(lower, i) ?? system.letters[lower[i]] ?? word[i];
      out += cased(word[i], latin, dottedI);
    }
    return out;
  });
}

/** Which Turkic Latin alphabet a name written in Turkic Cyrillic belongs to, if any. */
function nativeAlphabet(name: string): { system: System; dottedI: boolean } | null {
  const lower = name.toLowerCase();
  if (/[јҹҝ]/.test(lower)) return { system: AZERBAIJANI, dottedI: true };
  if (/[ўҳ]/.test(lower)) return { system: UZBEK, dottedI: false };
  if (/[ғқңұүөһәі]/.test(lower)) return { system: KAZAKH, dottedI: true };
  return null;
}

/**
 * The name's spellings in the romanisations besides BGN/PCGN, each once: ALA-LC, scientific, French, German
 * (from the usual Russian spelling of a Turkic name), and the name's own Latin alphabet when it is written
 * in a Turkic Cyrillic one. Only Cyrillic names have any.
 */
export function otherRomanizations(name: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(name)) return [];
  const russian = usualSpelling(name) ?? name;
  const out = new Set([ALA_LC, SCIENTIFIC, FRENCH, GERMAN].map((s) => transliterate(russian, s)));
  const native = nativeAlphabet(name);
  if (native) out.add(transliterate(name, native.system, native.dottedI));
  return [...out];
}
