import { describe, expect, it } from 'vitest';
import { assembleIndex } from '../corpus-index/assemble';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from '../corpus-index/mini-corpus.fixture';
import { createSearcher } from './index';

const searcher = createSearcher(assembleIndex(MINI_ARTICLES, MINI_SENTENCES, MINI_ENTITIES));
const topEntity = (q: string, lang: 'en' | 'ru' = 'en') => searcher.search(q, lang).entities[0]?.id;

describe('searching entities', () => {
  it.each([
    ['tokayev', 'tokayev'],
    ['Tokaev', 'tokayev'],
    ['Токаева', 'tokayev'],
    ['токаевым', 'tokayev'],
    ['TITR', 'middle-corridor'],
    ['Средний коридор', 'middle-corridor'],
    ['middle corridor', 'middle-corridor'],
    ['СВМДА', 'cica'],
    ['cica', 'cica'],
    ['turkic', 'ots'],
    ['ОТГ', 'ots'],
    ['aliyev', 'aliyev'],
  ])('finds %s by any of its names or forms', (query, id) => {
    expect(topEntity(query)).toBe(id);
  });

  it('finds names as the reader types them', () => {
    expect(topEntity('tok')).toBe('tokayev');
    expect(topEntity('Касым-Жом')).toBe('tokayev');
    expect(topEntity('middle cor')).toBe('middle-corridor');
  });

  it('forgives small typos', () => {
    expect(topEntity('tokayevv')).toBe('tokayev');
    expect(topEntity('aliev')).toBe('aliyev');
    expect(topEntity('Казахтан')).toBe('kazakhstan');
  });

  it('says which form matched when it is not the display name', () => {
    const [hit] = searcher.search('Токаева', 'en').entities;
    expect(hit).toMatchObject({
      id: 'tokayev',
      matchedForm: 'Токаева',
      name: { en: 'Kassym-Jomart Tokayev' },
    });
    expect(hit.mentionCount).toBeGreaterThan(0);
    expect(searcher.search('Kassym-Jomart Tokayev', 'en').entities[0].matchedForm).toBeNull();
    expect(searcher.search('Касым-Жомарт Токаев', 'ru').entities[0].matchedForm).toBeNull();
  });

  it('ranks the entity whose name is typed in full above entities sharing a word', () => {
    const ids = searcher.search('Ильхам Алиев', 'ru').entities.map((e) => e.id);
    expect(ids[0]).toBe('aliyev');
  });
});

describe('searching passages', () => {
  it('finds every inflection of a Russian word, and marks the words', () => {
    const { passages } = searcher.search('пшеницы', 'ru');
    const marked = passages.flatMap((p) => p.marks.map(([s, e]) => p.text.slice(s, e).toLowerCase()));
    expect(marked).toEqual(expect.arrayContaining(['пшеницы', 'пшеница']));
    for (const p of passages) expect(p.articleTitle).toBeTruthy();
  });

  it('matches the word being typed as a beginning', () => {
    const { passages } = searcher.search('пшен', 'ru');
    expect(passages.length).toBeGreaterThanOrEqual(2);
  });

  it('requires every word of a multi-word query', () => {
    const { passages } = searcher.search('пшеницы урожая', 'ru');
    expect(passages).toHaveLength(1);
    expect(passages[0].text).toMatch(/Пшеница нового урожая/);
  });

  it('folds ё to е', () => {
    expect(searcher.search('идет', 'ru').passages.map((p) => p.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('идёт')]),
    );
  });

  it('quotes the sentences naming an entity typed in another script, with the mention marked', () => {
    const { passages } = searcher.search('tokayev', 'en');
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) {
      expect(p.marks.length).toBeGreaterThan(0);
      for (const [s, e] of p.marks) expect(p.text.slice(s, e)).toMatch(/Токаев/);
    }
  });

  it('returns nothing for an empty or blank query, and nothing for nonsense', () => {
    for (const q of ['', '   ', '\n\t'])
      expect(searcher.search(q, 'en')).toEqual({ query: q, entities: [], passages: [] });
    expect(searcher.search('xqzzwv', 'en')).toMatchObject({ entities: [], passages: [] });
  });

  it('respects the limit', () => {
    const r = searcher.search('а', 'ru', 1);
    expect(r.entities.length).toBeLessThanOrEqual(1);
    expect(r.passages.length).toBeLessThanOrEqual(1);
  });
});
