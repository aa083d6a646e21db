// Builds the corpus index from seeds/ at build time and serves it to the bundle as `virtual:seed-index`.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import type { CorpusIndex } from '../lib/model.ts';
import type * as SeedIndexModuleNs from './seed-index.ts';

type SeedIndexModule = typeof SeedIndexModuleNs;

const ID = 'virtual:seed-index';
const RESOLVED = '\0' + ID;

export function seedIndexPlugin(seedDir = resolve(import.meta.dirname, '../seeds')): Plugin {
  let built: Promise<CorpusIndex> | null = null;
  return {
    name: 'context-lens:seed-index',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The builder is TypeScript with many modules: it is loaded through tsx when first needed, so that
      // the Vite config itself stays a small file. A seed that cannot be parsed throws here, naming the
      // file: the build fails loudly.
      built ??= import('tsx/esm/api')
        .then(({ tsImport }) => tsImport('./seed-index.ts', import.meta.url))
        .then((module: SeedIndexModule) => module.buildSeedIndex(seedDir));
      return `export default ${JSON.stringify(await built)};`;
    },
  };
}
