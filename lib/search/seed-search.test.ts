// The searcher over the real index built from seeds/, with the queries a reader types in the popup.
import bundled from 'virtual:seed-index';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../model';
import { createSearcher } from './index';

const seedIndex: CorpusIndex = bundled;

const searcher = createSearcher(seedIndex);
const nameOf = (id: string) => seedIndex.entities.find((e) => e.id === id)?.name.en ?? '';
const topName = (query: string, lang: 'en' | 'ru' = 'en') =>
  nameOf(searcher.search(query, lang).entities[0]?.id ?? '');

describe('search over the seed index', () => {
  it.each([
    ['tokaev', /Tokayev/],
    ['Tokayev', /Tokayev/],
    ['Токаева', /Tokayev/],
    ['aliyev', /Aliyev/],
    ['TITR', /Middle Corridor|Trans-Caspian/],
    ['middle corridor', /Middle Corridor|Trans-Caspian/],
    ['Среднего коридора', /Middle Corridor|Trans-Caspian/],
    ['СВМДА', /CICA|Confidence/],
    ['turkic', /Turkic States/],
    ['ОТГ', /Turkic States/],
    ['tokaye', /Tokayev/],
    ['tokayevv', /Tokayev/],
  ])('"%s" finds its entity first', (query, name) => {
    expect(topName(query)).toMatch(name);
  });

  it('quotes the Russian sentences that name an entity typed in English', () => {
    const { passages } = searcher.search('tokayev', 'en');
    expect(passages.length).toBeGreaterThanOrEqual(2);
    for (const p of passages) {
      expect(p.marks.length).toBeGreaterThan(0);
      expect(p.text.slice(...p.marks[0])).toMatch(/Токаев/);
    }
  });

  it('finds "пшеницы" in the sentence about wheat, marked', () => {
    const { passages } = searcher.search('пшеницы', 'ru');
    expect(passages.length).toBeGreaterThan(0);
    const [p] = passages;
    expect(p.marks.map(([s, e]) => p.text.slice(s, e))).toContain('пшеницы');
    expect(p.source).toBeTruthy();
  });

  it('answers a query in a few milliseconds', () => {
    searcher.search('warm up', 'en');
    const t = performance.now();
    for (const q of ['t', 'to', 'tok', 'toka', 'tokay', 'tokaye', 'tokayev']) searcher.search(q, 'en');
    expect((performance.now() - t) / 7).toBeLessThan(20);
  });
});
