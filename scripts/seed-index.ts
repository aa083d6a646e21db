// Node side of the index build: reads seeds/ and the morphology dictionaries, then calls the pure core
// that builds packs too (lib/packs/build.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSeedFile } from '../lib/corpus';
import { buildCorpusIndex } from '../lib/packs/build';
import type { CorpusIndex } from '../lib/model';
import { loadRussianMorphology } from './node-morph';

/** The index of every `*.txt` of `seedDir`, in file-name order. A file that cannot be parsed throws, naming it. */
export async function buildSeedIndex(seedDir: string): Promise<CorpusIndex> {
  const files = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`No seed articles (*.txt) in ${seedDir}`);
  const [texts, morph] = await Promise.all([
    Promise.all(files.map((f) => readFile(join(seedDir, f), 'utf8'))),
    loadRussianMorphology(),
  ]);
  const articles = files.map((file, i) => parseSeedFile(file, texts[i]));
  return buildCorpusIndex(articles, morph);
}
