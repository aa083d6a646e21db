// Recall of required mentions and false highlights over the marked-up development set (test/devset),
// with the forms of the real seed index (gazetteer + entities discovered in seeds/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher, createPageContext } from './scanner';
import { supportedMatches } from './ambiguity';
import type { MatcherPack } from '../model';
import { buildMatcherPack } from '../corpus-index/pack';
import { buildSeedIndex } from '../../scripts/seed-index';
import { parseDevsetPage } from '../../test/devset/parse';
import { scorePage, type Highlight } from '../../test/devset/score';

const ROOT = join(__dirname, '../..');
const DEVSET_DIR = join(ROOT, 'test/devset');
const pages = readdirSync(DEVSET_DIR)
  .filter((f) => /^dev-.*\.txt$/.test(f))
  .map((f) => parseDevsetPage(f, readFileSync(join(DEVSET_DIR, f), 'utf8')));

/** The devset's keys are descriptive; the project's ids happen to be the same slugs. */
const sameEntity = (key: string, id: string) => key === id;

describe('devset', () => {
  let pack: MatcherPack;
  beforeAll(async () => {
    pack = buildMatcherPack((await buildSeedIndex(join(ROOT, 'seeds'))).entities, { forPages: true });
  }, 120_000);

  it('parses the markup into plain text and spans', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page.text).not.toMatch(/\[\[|\]\]|\{\{|\}\}/);
      expect(page.spans.filter((s) => s.required).length).toBeGreaterThan(0);
    }
  });

  it('scores a wrong span or a wrong entity as a miss and a false highlight', () => {
    const page = pages[0];
    const span = page.spans.find((s) => s.required)!;
    const shifted = scorePage(page, [{ start: span.start, end: span.end - 1, id: span.key }], sameEntity);
    const wrongEntity = scorePage(page, [{ start: span.start, end: span.end, id: 'nobody' }], sameEntity);
    for (const score of [shifted, wrongEntity]) {
      expect(score.found).toBe(0);
      expect(score.falseHighlights).toHaveLength(1);
    }
  });

  it('finds ≥ 97% of required mentions with no false highlight (seed index forms)', () => {
    const matcher = compileMatcher(pack);
    let required = 0;
    let found = 0;
    const missed: string[] = [];
    const falseHighlights: string[] = [];
    for (const page of pages) {
      // As the content script paints them: after the page's support for ambiguous forms.
      const ctx = createPageContext();
      const highlights: Highlight[] = supportedMatches(
        page.text,
        matcher.scan(page.text, ctx),
        (i) => pack.entities[i]?.type,
        ctx,
      ).map((m) => ({ start: m.start, end: m.end, id: pack.entities[m.entity].id }));
      const score = scorePage(page, highlights, sameEntity);
      required += score.required;
      found += score.found;
      missed.push(...score.missed.map((s) => `${page.name}: ${s}`));
      falseHighlights.push(...score.falseHighlights.map((s) => `${page.name}: ${s}`));
    }
    console.log(
      `devset: recall ${found}/${required} = ${(found / required).toFixed(3)}, false highlights ${falseHighlights.length}`,
    );
    if (missed.length) console.log('missed:\n  ' + missed.join('\n  '));
    if (falseHighlights.length) console.log('false:\n  ' + falseHighlights.join('\n  '));
    expect(falseHighlights).toEqual([]);
    expect(found / required).toBeGreaterThanOrEqual(0.97);
  });
});
