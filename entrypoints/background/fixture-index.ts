// The background's tests use the same hand-made corpus as lib/'s, assembled by the real indexer, so the two
// cannot drift apart.
import { assembleIndex } from '../../lib/corpus-index/assemble';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from '../../lib/corpus-index/mini-corpus.fixture';
import type { CorpusIndex } from '../../lib/model';

export function fixtureIndex(version = 1): CorpusIndex {
  const index = assembleIndex(
    structuredClone(MINI_ARTICLES),
    structuredClone(MINI_SENTENCES),
    structuredClone(MINI_ENTITIES),
  );
  return { ...index, version };
}
