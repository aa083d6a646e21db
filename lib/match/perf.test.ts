// Timings of the matcher (printed, not asserted: the machine is shared): compiling ~5,000 forms and
// scanning ~1 MB of real page text. What is asserted is that the cost does not depend on the forms.
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { FormKind, MatcherPack } from '../model';
import { BLOCK_BREAK, compileMatcher, createPageContext } from './scanner';
import { fixturePack } from '../../test/devset/fixture-pack';

const PAGES = [
  '/work/shared/pages/guardian-1.html',
  '/work/shared/pages/yahoo-2.html',
  '/work/shared/pages/lemonde-1.html',
];

function pageTexts(): string {
  const texts = PAGES.filter(existsSync).map((file) => {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const el of document.querySelectorAll('script, style, noscript')) el.remove();
    return document.body?.textContent ?? '';
  });
  const fixture = fixturePack()
    .patterns.map(([form]) => `В тексте ${form} упомянут, and ${form}’s role.`)
    .join(' ');
  return [...texts, fixture].join(BLOCK_BREAK);
}

/** A pack of `n` person entities with invented Latin and Cyrillic names, plus the fixture's forms. */
function syntheticPack(n: number): MatcherPack {
  const base = fixturePack();
  const syllables = ['ka', 'ra', 'mu', 'lo', 'zhan', 'bek', 'tu', 'ne', 'sa', 'vi', 'dor', 'gul'];
  const cyr: Record<string, string> = {
    ka: 'ка',
    ra: 'ра',
    mu: 'му',
    lo: 'ло',
    zhan: 'жан',
    bek: 'бек',
    tu: 'ту',
    ne: 'не',
    sa: 'са',
    vi: 'ви',
    dor: 'дор',
    gul: 'гуль',
  };
  const patterns: [string, number, FormKind][] = [...base.patterns];
  const entities = [...base.entities];
  for (let k = 0; patterns.length < n; k++) {
    const parts = [k % 12, (k >> 2) % 12, (k >> 5) % 12, (k >> 8) % 12].map((x) => syllables[x]);
    const latin = parts.join('');
    const ru = parts.map((p) => cyr[p]).join('');
    const e = entities.push({ id: `p${k}`, type: 'person' }) - 1;
    const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
    patterns.push(
      [`Anvar ${cap(latin)}ov`, e, 'full'],
      [cap(latin) + 'ov', e, 'surname'],
      [cap(ru) + 'ова', e, 'surname'],
      [cap(ru) + 'ову', e, 'surname'],
    );
  }
  return { version: 1, entities, patterns };
}

describe('matcher cost', () => {
  it('compiles 5,000 forms and scans 1 MB in one linear pass', () => {
    const unit = pageTexts();
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const small = compileMatcher(fixturePack());
    const big5k = syntheticPack(5000);
    /** Least CPU time of a few runs, in ms: the machine is shared, wall time says little. */
    const cpuMs = (fn: () => unknown, runs = 3) => {
      let least = Infinity;
      for (let r = 0; r < runs; r++) {
        const before = process.cpuUsage();
        fn();
        const used = process.cpuUsage(before);
        least = Math.min(least, (used.user + used.system) / 1000);
      }
      return least;
    };
    const big = compileMatcher(big5k);
    const compileMs = cpuMs(() => compileMatcher(big5k));
    const smallMs = cpuMs(() => small.scan(text, createPageContext()));
    const bigMs = cpuMs(() => big.scan(text, createPageContext()));
    const floorMs = cpuMs(() => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
      return sum;
    });
    const found = big.scan(text, createPageContext());
    console.log(
      `CPU time, least of 3: compile ${big.formCount} forms ${compileMs.toFixed(1)} ms; scan ${(text.length / 1e6).toFixed(2)} M chars: ` +
        `${smallMs.toFixed(1)} ms with ${small.formCount} forms, ${bigMs.toFixed(1)} ms with ${big.formCount} forms ` +
        `(${found.length} mentions); a bare charCodeAt loop over the text ${floorMs.toFixed(1)} ms`,
    );
    // Same mentions whatever else the pack holds (the synthetic names never occur in the text).
    expect(found.length).toBe(small.scan(text, createPageContext()).length);
    expect(found.length).toBeGreaterThan(0);
  }, 60_000);
});
