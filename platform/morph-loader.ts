// Loads the Russian morphology inside the extension (the background service worker): az reads its
// dictionaries, shipped as extension files under /dicts/, through fetch (a service worker has no
// XMLHttpRequest, which az's own loader uses); petrovich declines people's names.
import Az from 'az';
import petrovich from 'petrovich';
import { browser } from 'wxt/browser';
import type { Gender, GrammaticalCase, NamePart, RussianMorphology, WordParse } from '../lib/morph/morphology';

/** Where the build copies node_modules/az/dicts (see the `build:publicAssets` hook in wxt.config.ts). */
export const DICTS_PATH = '/dicts';

interface AzParse {
  tag: { POS?: string; toString(): string };
  score: number;
  parser: string;
  normalize(): { word: string };
  inflect(grammemes: string[]): { word: string } | false | undefined;
}
type AzLoad = (url: string, responseType: 'json' | 'arraybuffer', callback: (error: unknown, data?: unknown) => void) => void;
interface AzModule {
  load: AzLoad;
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

const fetchLoad: AzLoad = (url, responseType, callback) => {
  fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return responseType === 'json' ? response.json() : response.arrayBuffer();
    })
    .then(
      (data) => callback(null, data),
      (error: unknown) => callback(error),
    );
};

let loading: Promise<RussianMorphology> | null = null;

/** The morphology, loaded once per worker lifetime (about 11 MB of dictionaries, read from the extension). */
export function loadExtensionMorphology(): Promise<RussianMorphology> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<RussianMorphology> {
  const az = Az as unknown as AzModule;
  az.load = fetchLoad;
  const dicts = browser.runtime.getURL(DICTS_PATH as '/');
  await new Promise<void>((resolve, reject) =>
    az.Morph.init(dicts.replace(/\/$/, ''), (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve())),
  );
  return adaptAz(az, petrovich as unknown as Petrovich);
}

function adaptAz(az: AzModule, names: Petrovich): RussianMorphology {
  const origin = new WeakMap<WordParse, AzParse>();
  const cache = new Map<string, WordParse[]>();
  return {
    parse(word) {
      let parses = cache.get(word);
      if (!parses) {
        const key = word.toLowerCase();
        parses = az.Morph(word).map((p) => {
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
      const form = origin.get(parse)?.inflect(grammemes);
      return form ? form.word.toLowerCase() : null;
    },
    declineName(part, name, gender, grammaticalCase) {
      return names[gender][part][PETROVICH_CASE[grammaticalCase]](name);
    },
  };
}
