// The matcher over shards, as a page runs it (scan, read the shards of the candidate words it lacked,
// scan again), against the matcher over the whole pack (the oracle): the same matches at the same places
// on the devset, the saved pages, the generated 1 MB page, and pages of a generated library of 5,000.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatcherPack } from '../corpus-index/pack';
import { walkText } from '../dom/text-walker';
import type { MatcherPack } from '../model';
import { buildSeedIndex } from '../../scripts/seed-index';
import { generateLongPage } from '../../bench/generate-page';
import { generateEntities } from '../../bench/library-gen';
import { parseDevsetPage } from '../../test/devset/parse';
import {
  compileMatcher,
  createPageContext,
  createShardedMatcher,
  type Match,
  type MatcherOptions,
} from './scanner';
import { bloomHas, splitPack, type PageShard } from './shards';

const ROOT = join(__dirname, '../..');
const PAGES_DIR = join(ROOT, '../shared/pages');

/** What a page does: the shards its words need, read when a scan reports them, then the scan again. */
function pageScan(pack: MatcherPack, texts: string[]): { matches: Match[][]; shardsRead: number } {
  const { index, shards } = splitPack(pack, 'test');
  const matcher = createShardedMatcher(index);
  const ctx = createPageContext();
  let shardsRead = 0;
  const matches = texts.map((text) => {
    const before = new Map(ctx.surnames);
    const found = matcher.scan(text, ctx);
    if (matcher.missing.size === 0) return found;
    for (const s of [...matcher.missing]) {
      matcher.add(shards[s]);
      shardsRead++;
    }
    matcher.missing.clear();
    if (!matcher.missedAny()) return found;
    ctx.surnames = before;
    const again = matcher.scan(text, ctx);
    matcher.missing.clear();
    matcher.missedAny();
    return again;
  });
  return { matches, shardsRead };
}

function oracleScan(pack: MatcherPack, texts: string[], options: MatcherOptions = {}): Match[][] {
  const matcher = compileMatcher(pack, options);
  const ctx = createPageContext();
  return texts.map((text) => matcher.scan(text, ctx));
}

/** A page's text in the walker's slices, as the content script scans it. */
function pageTexts(html: string): string[] {
  const { document } = parseHTML(html);
  const text = walkText(document.body ?? document.documentElement).text;
  const slices: string[] = [];
  let slice = '';
  for (const block of text.split('\u2029')) {
    slice = slice ? `${slice}\u2029${block}` : block;
    if (slice.length >= 4000) {
      slices.push(slice);
      slice = '';
    }
  }
  if (slice) slices.push(slice);
  return slices;
}

describe('the matcher over shards', () => {
  let seedPack: MatcherPack;
  beforeAll(async () => {
    seedPack = buildMatcherPack((await buildSeedIndex(join(ROOT, 'seeds'))).entities, { forPages: true });
  }, 120_000);

  it('finds what the whole pack finds on the devset, the saved pages and the 1 MB page', () => {
    const devset = readdirSync(join(ROOT, 'test/devset'))
      .filter((f) => /^dev-.*\.txt$/.test(f))
      .map((f) => [parseDevsetPage(f, readFileSync(join(ROOT, 'test/devset', f), 'utf8')).text]);
    const saved = existsSync(PAGES_DIR)
      ? readdirSync(PAGES_DIR)
          .filter((f) => f.endsWith('.html'))
          .map((f) => pageTexts(readFileSync(join(PAGES_DIR, f), 'utf8')))
      : [];
    const pages = [...devset, ...saved, pageTexts(generateLongPage())];
    let total = 0;
    for (const texts of pages) {
      const expected = oracleScan(seedPack, texts);
      expect(pageScan(seedPack, texts).matches).toEqual(expected);
      // The scanner's first filters (which characters and words may start a name) lose nothing.
      expect(oracleScan(seedPack, texts, { everyWord: true })).toEqual(expected);
      total += expected.flat().length;
    }
    expect(total).toBeGreaterThan(1000);
  }, 120_000);

  it('with 5,000 more entities, pages of their forms match as with the whole pack, reading a few shards', () => {
    const taken = new Set(seedPack.patterns.map(([form]) => form.toLowerCase()));
    const generated = generateEntities(5_000, 15, taken);
    const pack = buildMatcherPack(generated, { forPages: true });
    const forms = generated.flatMap((e) => e.forms.map((f) => f.text));
    const { shards } = splitPack(pack, 'test');
    expect(shards.length).toBeGreaterThan(10);
    // Pages of 40 names each: what a long article holds.
    for (let from = 0; from < forms.length; from += 3_001) {
      const text = forms
        .slice(from, from + 40)
        .map((form) => `According to ${form}, growth will continue.`)
        .join(' ');
      const expected = oracleScan(pack, [text]);
      const { matches, shardsRead } = pageScan(pack, [text]);
      expect(matches).toEqual(expected);
      expect(expected[0].length).toBeGreaterThanOrEqual(40);
      expect(shardsRead).toBeLessThanOrEqual(40);
    }
  }, 120_000);

  it('a page with the first words of names but none of their second words reads almost no shard', () => {
    const taken = new Set(seedPack.patterns.map(([form]) => form.toLowerCase()));
    const generated = generateEntities(5_000, 15, taken);
    const pack = buildMatcherPack(generated, { forPages: true });
    const firstWords = [
      ...new Set(
        generated.flatMap((e) =>
          e.forms
            .map((f) => f.text.split(' '))
            .filter((w) => w.length > 1)
            .map((w) => w[0]),
        ),
      ),
    ];
    expect(firstWords.length).toBeGreaterThan(100);
    // "John said": the first word of many names, followed by a word that begins no name's rest.
    const text = firstWords
      .slice(0, 400)
      .map((word) => `${word} qzx said so.`)
      .join(' ');
    const expected = oracleScan(pack, [text]);
    const { matches, shardsRead } = pageScan(pack, [text]);
    expect(matches).toEqual(expected);
    // Of the 70-odd shards: a few, for the Bloom filter's false positives (under 1% of 400 starts, on either probe).
    expect(shardsRead).toBeLessThanOrEqual(8);
  }, 120_000);

  it('every first-word key, form alone and first two words of a form is in the Bloom filter, and few other words are', () => {
    const { index, shards } = splitPack(seedPack, 'test');
    const keys = shards.flatMap((s: PageShard) => s.roots.map(([key]) => key));
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) expect(bloomHas(index, key)).toBe(true);
    const others = Array.from({ length: 10_000 }, (_, i) => `zq${i.toString(36)}x`);
    expect(others.filter((key) => bloomHas(index, key)).length).toBeLessThan(200);
  });
});
