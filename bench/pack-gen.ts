// A pack of generated articles (library-articles.ts: a year's reading, Russian and English), built and signed
// by the same code as `npm run pack`: for the large-pack end-to-end test and bench:pack.
import type { KeyObject } from 'node:crypto';
import { buildPackContent, parsePackSource } from '../lib/packs/build';
import type { PackContent } from '../lib/packs/format';
import { loadRussianMorphology } from '../scripts/node-morph';
import { signPack, type PackInfo } from '../scripts/pack-build';
import { generateLibrary } from './library-articles';

export interface GeneratedPack {
  info: PackInfo;
  content: PackContent;
  /** The files a host serves: pack.json and the data files named by their hash. */
  files: Map<string, Buffer>;
  /** The build's time, ms (parsing, discovery, mentions; not signing). */
  buildMs: number;
}

export async function generatePack(count: number, key: KeyObject, seed = 23): Promise<GeneratedPack> {
  const info: PackInfo = {
    id: 'year',
    name: 'A year of regional news',
    description: `${count} generated articles`,
    version: 1,
    expiresInDays: 30,
  };
  const morph = await loadRussianMorphology();
  const started = performance.now();
  const articles = generateLibrary(count, seed).inputs.map((input, i) =>
    parsePackSource(info.id, {
      fileName: `article-${i + 1}.txt`,
      text: input.text,
      meta: {
        ...(input.title ? { title: input.title } : {}),
        ...(input.source ? { source: input.source } : {}),
        ...(input.date ? { date: input.date } : {}),
      },
    }),
  );
  const content = buildPackContent(articles, morph);
  const buildMs = performance.now() - started;
  return { info, content, files: signPack(content, info, key), buildMs };
}
