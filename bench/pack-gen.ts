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

/** Full names (in either language) of `count` people and places spread over the pack: early, late, between. */
export function sampledNames(content: PackContent, count: number): string[] {
  const named = content.entities.filter((e) => e.type === 'person' || e.type === 'place');
  const step = Math.max(1, Math.floor(named.length / count));
  return named
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((e) => (e.forms.find((f) => f.kind === 'full') ?? e.forms[0]).text);
}

/** A page that names each of `names` once, a paragraph each. */
export function pageNaming(names: readonly string[]): string {
  const paragraphs = names.map((n) => `<p>On Monday ${n} was in the news again.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A year</title></head><body><article>${paragraphs}</article></body></html>`;
}
