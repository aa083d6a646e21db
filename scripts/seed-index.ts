// Node side of the index build: reads seeds/ and the morphology dictionaries, then calls the pure core.
import type { CorpusIndex } from '../lib/model';

export async function buildSeedIndex(seedDir: string): Promise<CorpusIndex> {
  throw new Error(`buildSeedIndex(${seedDir}): not implemented yet`);
}
