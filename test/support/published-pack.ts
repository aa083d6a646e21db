// What the background published for pages (the index and every shard), read back as a page's matcher
// with all shards: the tests ask it what a page would find, as the whole pack was asked before.
import type { MatcherPack } from '../../lib/model';
import { createPageContext, createShardedMatcher } from '../../lib/match/scanner';
import { MATCHER_INDEX_KEY, shardKey, type PageIndex, type PageShard } from '../../lib/match/shards';

interface Readable {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

export interface Published {
  index: PageIndex;
  /** The entities the shards name, in the pack's order. */
  entities: MatcherPack['entities'];
  /** The names a page finds in `text`: what is written, and the entity's id. */
  find(text: string): { surface: string; id: string }[];
}

export async function readPublished(storage: Readable): Promise<Published | undefined> {
  const index = (await storage.get(MATCHER_INDEX_KEY))[MATCHER_INDEX_KEY] as PageIndex | undefined;
  if (!index) return undefined;
  const keys = Array.from({ length: index.shardCount }, (_, s) => shardKey(s));
  const values = await storage.get(keys);
  const matcher = createShardedMatcher(index);
  const byIndex = new Map<number, MatcherPack['entities'][number]>();
  for (const key of keys) {
    const shard = values[key] as PageShard | undefined;
    if (!shard) throw new Error(`published index ${index.stamp} lacks ${key}`);
    if (shard.stamp !== index.stamp) throw new Error(`${key} is of ${shard.stamp}, not ${index.stamp}`);
    matcher.add(shard);
    for (const [i, entity] of shard.entities) byIndex.set(i, entity);
  }
  return {
    index,
    entities: [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e),
    find: (text) =>
      matcher
        .scan(text, createPageContext())
        .map((m) => ({ surface: text.slice(m.start, m.end), id: matcher.entity(m.entity)!.id })),
  };
}
