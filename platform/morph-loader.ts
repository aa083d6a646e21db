// Loads the Russian morphology inside the extension (the background service worker): az reads its
// dictionaries, shipped as extension files under /dicts/, through fetch (a service worker has no
// XMLHttpRequest, which az's own loader uses); petrovich declines people's names.
import Az from 'az';
import petrovich from 'petrovich';
import { browser } from 'wxt/browser';
import type { RussianMorphology } from '../lib/morph/morphology';
import { adaptAz, initAz, type AzLoad, type AzModule, type Petrovich } from '../lib/morph/az-adapter';

/** Where the build copies node_modules/az/dicts (see the `build:publicAssets` hook in wxt.config.ts). */
const DICTS_PATH = '/dicts';

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
  const az = Az as AzModule;
  az.load = fetchLoad;
  const dicts = browser.runtime.getURL(DICTS_PATH as '/');
  await initAz(az, dicts.replace(/\/$/, ''));
  return adaptAz(az, petrovich as Petrovich);
}
