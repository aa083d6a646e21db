// Builds the corpus index from seeds/ at build time and serves it to the bundle as `virtual:seed-index`.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { buildSeedIndex } from './seed-index';

const ID = 'virtual:seed-index';
const RESOLVED = '\0' + ID;

export function seedIndexPlugin(seedDir = resolve(import.meta.dirname, '../seeds')): Plugin {
  return {
    name: 'context-lens:seed-index',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // A file that cannot be parsed throws here, naming the file: the build fails loudly.
      const index = await buildSeedIndex(seedDir);
      return `export default ${JSON.stringify(index)};`;
    },
  };
}
