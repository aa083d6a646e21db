// The content script's reads of the page pack's shards (lib/match/shards.ts) from browser.storage.local.
import { browser } from 'wxt/browser';
import { shardKey, type PageShard } from '../lib/match/shards';

/** The shards storage has of those asked for, in one read. */
export async function readShards(shards: number[]): Promise<PageShard[]> {
  const keys = shards.map(shardKey);
  const values = await browser.storage.local.get(keys);
  return keys.map((key) => values[key] as PageShard | undefined).filter((s): s is PageShard => !!s);
}
