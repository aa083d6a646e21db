// The background's library over a fresh database, as the Node tests of its handlers and of the library
// page's reads need it: the mini seed corpus installed, the handlers that add, remove and import.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CorpusService } from '../../entrypoints/background/corpus-service';
import { createLibraryHandlers, type LibraryHandlers } from '../../entrypoints/background/library-handlers';
import { assembleIndex } from '../../lib/corpus-index';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from '../../lib/corpus-index/mini-corpus.fixture';
import type { CorpusIndex } from '../../lib/model';
import { ContextLensDb } from '../../platform/db';
import { loadRussianMorphology } from '../../scripts/node-morph';

export const MINI_SEED: CorpusIndex = assembleIndex(MINI_ARTICLES, MINI_SENTENCES, MINI_ENTITIES);

let n = 0;

/**
 * Gives each test of the file a new database (and a reset fake browser), deleted after it; returns a
 * getter of the current test's database.
 */
export function freshDbEach(prefix: string): () => ContextLensDb {
  let db: ContextLensDb | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new ContextLensDb(`${prefix}-${n++}`);
  });
  afterEach(async () => {
    await db?.delete();
    db = null;
  });
  return () => {
    if (!db) throw new Error('no database outside a test');
    return db;
  };
}

/** A background started over `db` (a worker that starts or wakes), with its library's handlers. */
export function backgroundOver(
  db: ContextLensDb,
  options: { now?: () => number } = {},
): { corpus: CorpusService; library: LibraryHandlers } {
  const corpus = new CorpusService({ db, seed: MINI_SEED, storage: fakeBrowser.storage.local });
  return { corpus, library: createLibraryHandlers({ corpus, db, morph: loadRussianMorphology, ...options }) };
}

/** The same, the seed installed first, as on the extension's first start. */
export async function installedLibrary(
  db: ContextLensDb,
  options: { now?: () => number } = {},
): Promise<{ corpus: CorpusService; library: LibraryHandlers }> {
  const started = backgroundOver(db, options);
  await started.corpus.install();
  return started;
}
