// Loads the Russian morphology in Node: az reads its dictionaries from node_modules/az/dicts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RussianMorphology } from '../lib/morph/morphology';
import { adaptAz, initAz, type AzModule, type Petrovich } from '../lib/morph/az-adapter';

const require = createRequire(import.meta.url);

let loading: Promise<RussianMorphology> | null = null;

/** The morphology, loaded once per process (the dictionaries take a moment). */
export function loadRussianMorphology(): Promise<RussianMorphology> {
  loading ??= load();
  return loading;
}

async function load(): Promise<RussianMorphology> {
  const az = require('az') as AzModule;
  const petrovich = require('petrovich') as Petrovich;
  await initAz(az, join(dirname(require.resolve('az/package.json')), 'dicts'));
  return adaptAz(az, petrovich);
}
