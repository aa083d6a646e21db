// RussianMorphology over az (word parses and inflection) and petrovich (people's names). Pure: the two
// libraries are passed in, already loaded, by the Node loader (scripts/node-morph.ts) or the extension's
// (platform/morph-loader.ts), which differ only in how az reads its dictionary files.
import type { Gender, GrammaticalCase, NamePart, RussianMorphology, WordParse } from './morphology';

interface AzParse {
  tag: { POS?: string; toString(): string };
  score: number;
  parser: string;
  normalize(): { word?: string } | undefined;
  inflect(grammemes: string[]): { word?: string } | false | undefined;
}

export type AzLoad = (
  url: string,
  responseType: 'json' | 'arraybuffer',
  callback: (error: unknown, data?: unknown) => void,
) => void;

export interface AzModule {
  load: AzLoad;
  Morph: ((word: string) => AzParse[]) & { init(dir: string, callback: (error?: unknown) => void): void };
}

type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
export type Petrovich = Record<Gender, Record<NamePart, Record<PetrovichCase, (name: string) => string>>>;

const PETROVICH_CASE: Record<GrammaticalCase, PetrovichCase> = {
  nomn: 'nominative',
  gent: 'genitive',
  datv: 'dative',
  accs: 'accusative',
  ablt: 'instrumental',
  loct: 'prepositional',
};

/** Reads az's dictionaries from `dicts` (a folder or a URL, without a trailing slash). */
export function initAz(az: AzModule, dicts: string): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    az.Morph.init(dicts, (error) =>
      error
        ? reject(error instanceof Error ? error : new Error('az could not load its dictionaries'))
        : resolve(),
    ),
  );
}

/**
 * The longest word az is asked about. For a word it does not know, az's analysers look up every split of it
 * in its dictionary, so the time grows with the square of the length (a 2,048-letter word: 5 s); the
 * longest words of Russian dictionaries have about 35 letters, hyphenated compounds a few more.
 */
const MAX_WORD_LENGTH = 48;

/** az's parses of `word`, none when az cannot read it (it throws on some inputs rather than guessing). */
function azParses(az: AzModule, word: string): AzParse[] {
  if (word.length > MAX_WORD_LENGTH) return [];
  try {
    return az.Morph(word);
  } catch {
    return [];
  }
}

/**
 * The parse's dictionary form. az reads a hyphenated word («Интернет-трансляция», «Что-что») as a pair whose
 * first half's normal form has no `word`: the word is then its own lemma (the caller falls back to it).
 */
function lemmaOf(p: AzParse): string | null {
  try {
    const word = p.normalize()?.word;
    return typeof word === 'string' && word !== '' ? word.toLowerCase() : null;
  } catch {
    return null;
  }
}

const PARTICIPLE_KEEPS = new Set(['actv', 'pssv', 'past', 'pres', 'perf', 'impf']);

export function adaptAz(az: AzModule, petrovich: Petrovich): RussianMorphology {
  const origin = new WeakMap<WordParse, AzParse>();
  const prefixOf = new WeakMap<WordParse, string>();
  const cache = new Map<string, WordParse[]>();
  return {
    parse(word) {
      // az reads capitals as a hint (Газа the place, газа the gas), so the word goes in as written.
      let parses = cache.get(word);
      if (!parses) {
        const key = word.toLowerCase();
        // az reads some hyphenated words by their last part alone («Северо-Кавказском» → «кавказский»):
        // the part before the hyphen goes back on the lemma and on every form made from it.
        const cut = key.lastIndexOf('-') + 1;
        parses = azParses(az, word).map((p) => {
          let lemma = lemmaOf(p) ?? key;
          const lost = cut > 0 && !lemma.includes('-') && key.slice(cut).length > 0;
          if (lost) lemma = key.slice(0, cut) + lemma;
          const parse: WordParse = {
            word: key,
            lemma,
            pos: p.tag.POS ?? null,
            grammemes: p.tag.toString().split(/[ ,]/).filter(Boolean),
            score: p.score,
            known: p.parser === 'Dictionary',
          };
          origin.set(parse, p);
          if (lost) prefixOf.set(parse, key.slice(0, cut));
          return parse;
        });
        cache.set(word, parses);
      }
      return parses;
    },
    inflect(parse, grammemes) {
      try {
        // A participle keeps its voice, tense and aspect: az otherwise gives «соединившее» for the
        // nominative of «Соединённого».
        const kept = parse.pos === 'PRTF' ? parse.grammemes.filter((g) => PARTICIPLE_KEEPS.has(g)) : [];
        const form = origin
          .get(parse)
          ?.inflect([...grammemes, ...kept.filter((g) => !grammemes.includes(g))]);
        if (!form || typeof form.word !== 'string') return null;
        const prefix = prefixOf.get(parse);
        const word = form.word.toLowerCase();
        return prefix && !word.includes('-') ? prefix + word : word;
      } catch {
        return null;
      }
    },
    declineName(part, name, gender, grammaticalCase) {
      try {
        const declined = petrovich[gender][part][PETROVICH_CASE[grammaticalCase]](name);
        return typeof declined === 'string' && declined !== '' ? declined : name;
      } catch {
        return name;
      }
    },
  };
}
