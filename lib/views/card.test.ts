import { describe, expect, it } from 'vitest';
import { assembleIndex } from '../corpus-index/assemble';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from '../corpus-index/mini-corpus.fixture';
import { splitSentences } from '../corpus/sentences';
import { buildEntityCard } from './card';
import { createIndexView } from './index-view';

const index = assembleIndex(MINI_ARTICLES, MINI_SENTENCES, MINI_ENTITIES);

describe('buildEntityCard', () => {
  it('returns null for an unknown entity', () => {
    expect(buildEntityCard(index, 'nobody', 'en')).toBeNull();
  });

  it('names the entity, describes it and counts its mentions', () => {
    const card = buildEntityCard(index, 'tokayev', 'en')!;
    expect(card).toMatchObject({
      id: 'tokayev',
      type: 'person',
      name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
      description: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
      articleCount: 2,
    });
    expect(card.mentionCount).toBe(index.mentions.filter((m) => m.entityId === 'tokayev').length);
  });

  it('quotes the best sentences with their article and every mention marked', () => {
    const card = buildEntityCard(index, 'tokayev', 'ru')!;
    expect(card.passages.length).toBeGreaterThanOrEqual(2);
    const first = card.passages[0];
    const article = MINI_ARTICLES.find((a) => a.id === first.articleId)!;
    expect(first).toMatchObject({ articleTitle: article.title, source: article.source, date: article.date });
    for (const p of card.passages) {
      expect(p.marks.length).toBeGreaterThan(0);
      for (const [s, e] of p.marks) expect(p.text.slice(s, e)).toMatch(/Токаев|Tokayev/);
    }
    expect(card.passages[0].articleId).not.toBe(card.passages[1].articleId);
    const both = card.passages.find((p) => p.text.startsWith('Токаев и Алиев'));
    expect(both?.marks).toEqual([[0, 6]]);
  });

  it('gives a sentence from inside a quotation its quote marks, the mention still marked', () => {
    const quote = '"Транзит через Средний коридор растёт. Токаев это подтвердил", - сказал эксперт.';
    const article = { ...MINI_ARTICLES[0], id: 'quote', paragraphs: [quote] };
    const idx = assembleIndex([article], splitSentences(article), MINI_ENTITIES);
    const card = buildEntityCard(idx, 'middle-corridor', 'ru')!;
    expect(card.passages[0].text).toBe('"Транзит через Средний коридор растёт."');
    const [s, e] = card.passages[0].marks[0];
    expect(card.passages[0].text.slice(s, e)).toBe('Средний коридор');
  });

  it('lists related entities as chips with names, most shared first', () => {
    const card = buildEntityCard(index, 'middle-corridor', 'en')!;
    expect(card.related.map((r) => r.id)).toContain('tokayev');
    const chip = card.related.find((r) => r.id === 'tokayev')!;
    expect(chip).toMatchObject({ type: 'person', name: { en: 'Kassym-Jomart Tokayev' } });
    expect(card.related.map((r) => r.id)).not.toContain('middle-corridor');
  });

  it('gives an empty card body for an entity the corpus never names', () => {
    expect(buildEntityCard(index, 'unmentioned', 'en')).toMatchObject({
      mentionCount: 0,
      passages: [],
      related: [],
    });
  });

  it('reuses one view per index', () => {
    expect(createIndexView(index)).toBe(createIndexView(index));
  });
});

describe('IndexView.allPassages', () => {
  it('gives one passage per sentence naming the entity, in corpus order', () => {
    const passages = createIndexView(index).allPassages('aliyev');
    expect(passages.length).toBeGreaterThan(2);
    const keys = passages.map((p) => `${p.articleId}#${p.sentenceIndex}`);
    expect(keys).toEqual([...new Set(keys)]);
    const order = passages.map((p) => [p.articleId, p.sentenceIndex] as const);
    const sorted = [...order].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(order).toEqual(sorted);
  });
});
