import { describe, expect, it } from 'vitest';
import { buildSeedIndex } from '../../scripts/seed-index';
import { SEED_DIR } from '../entities/seed-corpus.fixture';
import { entityCounts } from './entity-counts';

describe('entityCounts', () => {
  it('counts mentions and distinct articles per entity', () => {
    const counts = entityCounts([
      { entityId: 'a', articleId: '1' },
      { entityId: 'a', articleId: '1' },
      { entityId: 'a', articleId: '2' },
      { entityId: 'b', articleId: '2' },
    ]);
    expect(counts.get('a')).toEqual({ mentions: 3, articles: 2 });
    expect(counts.get('b')).toEqual({ mentions: 1, articles: 1 });
    expect(counts.has('c')).toBe(false);
  });

  it('gives the bundled corpus the counts its statistics give', async () => {
    const index = await buildSeedIndex(SEED_DIR);
    const counts = entityCounts(index.mentions);
    for (const s of index.stats)
      expect([s.entityId, counts.get(s.entityId) ?? { mentions: 0, articles: 0 }]).toEqual([
        s.entityId,
        { mentions: s.mentionCount, articles: s.articleCount },
      ]);
  });
});
