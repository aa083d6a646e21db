// The page pack in shards: what a frame reads before it knows which names its text may hold is a small
// index (the scanner's character and first-word filters, and a Bloom filter of every first-word key and
// of how forms start: a key alone, or a key and the word after it), and the compiled forms are split by
// first-word key into shards, read only where a page's text has the start of a form of theirs: "One" or
// "John" followed by no word any form has after it reads nothing. So the cost of a page does not follow the size of the library, and no single storage value grows
// with it.
//
// The split is of the compiled trie (lib/match/compile.ts), node ids kept: every form that begins with a
// key lives under that key's root, so the shard of the key holds all that the scanner can walk from it,
// and a scanner that has the shards of a text's candidate keys finds what the whole pack finds.
import type { CompiledForms, MatcherPack, PackedVariant } from '../model';
import { EDGE } from './compile';

/** Format of the index and shards; bump when their shape changes. */
export const PAGE_SHARDS_FORMAT = 2;
export const MATCHER_INDEX_KEY = 'matcherIndex';
export const shardKey = (shard: number): string => `matcherShard:${shard}`;

/** Characters of a key that choose its shard. */
const SHARD_PREFIX = 4;
/** About this many first-word keys per shard. */
const ROOTS_PER_SHARD = 400;
/** Bits of the Bloom filter per key, and probes per key: under 1% false positives. */
const BLOOM_BITS_PER_KEY = 10;
const BLOOM_PROBES = 5;
/** Bits per character of the filter's string (no surrogate is ever written). */
const BITS_PER_CHAR = 15;

type PackEntity = MatcherPack['entities'][number];

export interface PageIndex {
  format: number;
  /** The publication this index belongs to; its shards carry the same. */
  stamp: string;
  /** The MatcherPack version the shards were split from (MATCHER_PACK_VERSION). */
  packVersion: number;
  shardCount: number;
  nodeCount: number;
  formCount: number;
  entityCount: number;
  firstWordHashes: number[];
  starts: CompiledForms['starts'];
  /**
   * Bloom filter, BITS_PER_CHAR bits per character, of the first-word keys, of singleKey(key) for a key
   * that is a form alone, and of pairKey(key, gap, second) for each first two words of a longer form.
   */
  bloom: string;
  bloomBits: number;
}

export interface PageShard {
  stamp: string;
  /** Its number: shardOf gives it for the keys it holds. */
  shard: number;
  roots: [string, number][];
  edges: [string, number][];
  branching: number[];
  variants: [number, PackedVariant[]][];
  persons: CompiledForms['persons'];
  /** [index into the pack's entities, entity] of the entities the shard's forms name. */
  entities: [number, PackEntity][];
}

/** FNV-1a of a string, 32 bits. */
function fnv(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The shard of a first-word key: by its first SHARD_PREFIX characters, so that the declined forms of a
 * name ("Иванов", "Иванова", "Ивановым") and so the entity's persons entry mostly share one shard.
 */
export function shardOf(key: string, shardCount: number): number {
  return shardCount === 1 ? 0 : fnv(key.slice(0, SHARD_PREFIX), 0x9747b28c) % shardCount;
}

function probes(key: string, bits: number, each: (bit: number) => boolean): boolean {
  const a = fnv(key, 0x811c9dc5);
  const b = fnv(key, 0x01000193) | 1;
  for (let k = 0; k < BLOOM_PROBES; k++) if (!each(((a + Math.imul(k, b)) >>> 0) % bits)) return false;
  return true;
}

/** The Bloom filter's entry for a first-word key that is a whole form by itself. */
export const singleKey = (key: string): string => key + EDGE;
/** Its entry for a form's first two words: the key, the gap between them (gapKey), the second key. */
export const pairKey = (key: string, gap: string, second: string): string => key + EDGE + gap + EDGE + second;

/** Whether `key` (a key, singleKey or pairKey) may be in the pack's filter (false: certainly not). */
export function bloomHas(index: Pick<PageIndex, 'bloom' | 'bloomBits'>, key: string): boolean {
  const { bloom, bloomBits } = index;
  return probes(
    key,
    bloomBits,
    (bit) => ((bloom.charCodeAt((bit / BITS_PER_CHAR) | 0) >> (bit % BITS_PER_CHAR)) & 1) === 1,
  );
}

function bloomOf(keys: string[]): { bloom: string; bloomBits: number } {
  const bloomBits = Math.max(BITS_PER_CHAR * 64, keys.length * BLOOM_BITS_PER_KEY);
  const chars = new Uint16Array(Math.ceil(bloomBits / BITS_PER_CHAR));
  for (const key of keys)
    probes(key, bloomBits, (bit) => {
      chars[(bit / BITS_PER_CHAR) | 0] |= 1 << (bit % BITS_PER_CHAR);
      return true;
    });
  let bloom = '';
  for (let i = 0; i < chars.length; i += 4096) bloom += String.fromCharCode(...chars.subarray(i, i + 4096));
  return { bloom, bloomBits };
}

/** The index and shards of a pack whose forms are compiled; `stamp` names this publication. */
export function splitPack(pack: MatcherPack, stamp: string): { index: PageIndex; shards: PageShard[] } {
  const compiled = pack.compiled;
  if (!compiled) throw new Error('splitPack: the pack is not compiled');
  const shardCount = Math.max(1, Math.ceil(compiled.roots.length / ROOTS_PER_SHARD));
  const shards: PageShard[] = Array.from({ length: shardCount }, (_, shard) => ({
    stamp,
    shard,
    roots: [],
    edges: [],
    branching: [],
    variants: [],
    persons: [],
    entities: [],
  }));
  const childEdges = new Map<number, [string, number][]>();
  for (const edge of compiled.edges) {
    const parent = Number(edge[0].slice(0, edge[0].indexOf(EDGE)));
    (childEdges.get(parent) ?? childEdges.set(parent, []).get(parent)!).push(edge);
  }
  const variantsAt = new Map(compiled.variants);
  const branching = new Set(compiled.branching);
  const personOf = new Map(compiled.persons.map((entry) => [entry[0], entry]));
  const named = shards.map(() => new Set<number>());
  const filtered: string[] = [];
  for (const root of compiled.roots) {
    filtered.push(root[0]);
    if (variantsAt.has(root[1])) filtered.push(singleKey(root[0]));
    // An edge's key is `${parent}${EDGE}${gap}${EDGE}${second}`.
    for (const [edge] of childEdges.get(root[1]) ?? [])
      filtered.push(root[0] + edge.slice(edge.indexOf(EDGE)));
    const s = shardOf(root[0], shardCount);
    const shard = shards[s];
    shard.roots.push(root);
    for (const pending = [root[1]]; pending.length > 0;) {
      const node = pending.pop()!;
      if (branching.has(node)) shard.branching.push(node);
      const here = variantsAt.get(node);
      if (here) {
        shard.variants.push([node, here]);
        for (const v of here) named[s].add(v[0]);
      }
      for (const edge of childEdges.get(node) ?? []) {
        shard.edges.push(edge);
        pending.push(edge[1]);
      }
    }
  }
  shards.forEach((shard, s) => {
    for (const entity of [...named[s]].sort((x, y) => x - y)) {
      shard.entities.push([entity, pack.entities[entity]]);
      const person = personOf.get(entity);
      if (person) shard.persons.push(person);
    }
  });
  const index: PageIndex = {
    format: PAGE_SHARDS_FORMAT,
    stamp,
    packVersion: pack.version,
    shardCount,
    nodeCount: compiled.nodeCount,
    formCount: compiled.formCount,
    entityCount: pack.entities.length,
    firstWordHashes: compiled.firstWordHashes,
    starts: compiled.starts,
    ...bloomOf(filtered),
  };
  return { index, shards };
}
