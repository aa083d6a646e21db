// Loads the Russian morphology in Node: az reads its dictionaries from node_modules/az/dicts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Gender, GrammaticalCase, NamePart, RussianMorphology, WordParse } from '../lib/morph/morphology';

const require = createRequire(import.meta.url);

interface AzTag {
  POS?: string;
  toString(): string;
}
interface AzParse {
  tag: AzTag;
  score: number;
  parser: string;
  normalize(): { word: string };
  inflect(grammemes: string[]): { word: string } | false | undefined;
}
interface AzModule {
  Morph: ((word: string) => AzParse[]) & { init(dir: string, callback: (error?: unknown) => void): void };
}
type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
type Petrovich = Record<Gender, Record<NamePart, Record<PetrovichCase, (name: string) => string>>>;

const PETROVICH_CASE: Record<GrammaticalCase, PetrovichCase> = {
  nomn: 'nominative',
  gent: 'genitive',
  datv: 'dative',
  accs: 'accusative',
  ablt: 'instrumental',
  loct: 'prepositional',
};

let loading: Promise<RussianMorphology> | null = null;

/** The morphology, loaded once per process (the dictionaries take a moment). */
export function loadRussianMorphology(): Promise<RussianMorphology> {
  loading ??= load();
  return loading;
}

async function load(): Promise<RussianMorphology> {
  const Az = require('az') as AzModule;
  const petrovich = require('petrovich') as Petrovich;
  const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
  await new Promise<void>((resolve, reject) =>
    Az.Morph.init(dicts, (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve())),
  );

  const origin = new WeakMap<WordParse, AzParse>();
  const cache = new Map<string, WordParse[]>();

  return {
    parse(word) {
      // az reads capitals as a hint (Газа the place, газа the gas), so the word goes in as written.
      let parses = cache.get(word);
      if (!parses) {
        const key = word.toLowerCase();
        parses = Az.Morph(word).map((p) => {
          const parse: WordParse = {
            word: key,
            lemma: p.normalize().word.toLowerCase(),
            pos: p.tag.POS ?? null,
            grammemes: p.tag.toString().split(/[ ,]/).filter(Boolean),
            score: p.score,
            known: p.parser === 'Dictionary',
          };
          origin.set(parse, p);
          return parse;
        });
        cache.set(word, parses);
      }
      return parses;
    },
    inflect(parse, grammemes) {
      const p = origin.get(parse);
      const form = p?.inflect(grammemes);
      return form ? form.word.toLowerCase() : null;
    },
    declineName(part, name, gender, grammaticalCase) {
      return petrovich[gender][part][PETROVICH_CASE[grammaticalCase]](name);
    },
  };
}
