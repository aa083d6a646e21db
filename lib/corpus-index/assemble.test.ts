import { describe, expect, it } from 'vitest';
import type { CorpusIndex, EntityStats } from '../model';
import { assembleIndex } from './assemble';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from './mini-corpus.fixture';
import { buildMatcherPack } from './pack';

const index: CorpusIndex = assembleIndex(MINI_ARTICLES, MINI_SENTENCES, MINI_ENTITIES);
const stats = (id: string): EntityStats => index.stats.find((s) => s.entityId === id)!;
const sentenceOf = (articleId: string, n: number) =>
  index.sentences.find((s) => s.articleId === articleId && s.index === n)!;

describe('buildMatcherPack', () => {
  it('lists entities in order and each form once', () => {
    const pack = buildMatcherPack(MINI_ENTITIES);
    expect(pack.entities.map((e) => e.id)).toEqual(MINI_ENTITIES.map((e) => e.id));
    const tokayev = pack.patterns.filter(([, i]) => i === 0).map(([text]) => text);
    expect(tokayev.filter((t) => t === 'Касым-Жомарт Токаев')).toHaveLength(1);
    expect(tokayev).toContain('Tokaev');
    expect(pack.patterns).toContainEqual(['ОТГ', 2, 'acronym']);
  });
});

describe('assembleIndex', () => {
  it('records every mention with offsets into its sentence and the surface as written', () => {
    expect(index.mentions.length).toBeGreaterThan(10);
    for (const m of index.mentions) {
      expect(sentenceOf(m.articleId, m.sentence).text.slice(m.start, m.end)).toBe(m.surface);
    }
    const surfaces = index.mentions.filter((m) => m.entityId === 'tokayev').map((m) => m.surface);
    expect(surfaces).toEqual(expect.arrayContaining(['Касым-Жомарт Токаев', 'Токаев']));
    expect(index.mentions.filter((m) => m.entityId === 'middle-corridor').map((m) => m.surface)).toEqual(
      expect.arrayContaining([
        'Средний коридор',
        'ТМТМ',
        'Транскаспийский международный транспортный маршрут',
      ]),
    );
  });

  it('counts mentions and articles per entity, zero for an entity the corpus never names', () => {
    const tokayev = stats('tokayev');
    expect(tokayev.mentionCount).toBe(index.mentions.filter((m) => m.entityId === 'tokayev').length);
    expect(tokayev.articleCount).toBe(2);
    expect(stats('cica')).toMatchObject({ mentionCount: 1, articleCount: 1 });
    expect(stats('unmentioned')).toMatchObject({ mentionCount: 0, articleCount: 0, best: [], related: [] });
    expect(index.stats.map((s) => s.entityId)).toEqual(MINI_ENTITIES.map((e) => e.id));
  });

  it('keeps one best mention per sentence, the full name first, and alternates articles', () => {
    const best = stats('tokayev').best;
    const keys = best.map((m) => `${m.articleId}#${m.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(best[0].surface).toBe('Касым-Жомарт Токаев');
    expect(best[0].articleId).not.toBe(best[1].articleId);
  });

  it('puts a sentence repeated word for word after the original', () => {
    const best = stats('aliyev').best.map((m) => sentenceOf(m.articleId, m.sentence).text);
    const repeated = 'Президент Казахстана Касым-Жомарт Токаев встретился с Ильхамом Алиевым в Баку.';
    expect(best.filter((t) => t === repeated)).toHaveLength(2);
    expect(best.at(-1)).toBe(repeated);
    expect(best.slice(0, -1)).toContain(repeated);
  });

  it('relates entities that share sentences, most shared first, never to themselves', () => {
    const related = stats('tokayev').related;
    expect(related[0]).toEqual({ entityId: 'aliyev', sharedSentences: 3 });
    expect(related.map((r) => r.entityId)).not.toContain('tokayev');
    const counts = related.map((r) => r.sharedSentences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(stats('cica').related).toEqual([]);
  });
});
