// Every mention of the mission's five entities in the seeds, counted by hand from the text, is found.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedIndex } from '../../scripts/seed-index';
import { compileMatcher } from '../match/scanner';
import { buildMatcherPack } from '../corpus-index/pack';
import type { CorpusIndex } from '../model';
import { SEED_DIR } from './seed-corpus.fixture';

let index: CorpusIndex;
beforeAll(async () => {
  index = await buildSeedIndex(SEED_DIR);
}, 30_000);

/**
 * By article (file prefix), as written in the body. The headline of 002 ("Инициатива К. Токаева") is
 * the article's title; its two repeats in the scraped body are page chrome.
 */
const BY_HAND: Record<string, Record<string, string[]>> = {
  tokayev: {
    '001': ['Касым-Жомарт Токаев'],
    '002': ['Касым-Жомарт Токаев', 'Касым-Жомарт Токаев', 'Токаевым', 'Касыма-Жомарта Токаева'],
    '004': ['Касым-Жомарта Токаева'],
  },
  aliyev: { '000': ['Ильхам Алиев'], '001': ['Ильхам Алиев'], '004': ['Ильхама Алиева'] },
  ots: { '004': ['ОТГ', 'Организации тюркских государств', 'ОТГ', 'ОТГ'] },
  cica: { '004': ['СВМДА'] },
  'middle-corridor': {
    '001': ['Средний коридор', 'Среднего коридора'],
    '004': ['Транскаспийский международный транспортный маршрут', 'ТМТМ'],
  },
};

describe('mentions of the five mission entities in the seeds', () => {
  it.each(Object.keys(BY_HAND))('finds every mention of %s', (id) => {
    const found: Record<string, string[]> = {};
    for (const m of index.mentions.filter((x) => x.entityId === id)) {
      const article = m.articleId.replace(/^seed-/, '');
      (found[article] ??= []).push(m.surface);
    }
    for (const list of Object.values(found)) list.sort();
    const expected = Object.fromEntries(
      Object.entries(BY_HAND[id]).map(([a, list]) => [a, [...list].sort()]),
    );
    expect(found).toEqual(expected);
  });

  it('finds Tokayev by his initial in the headline of 002', () => {
    const article = index.articles.find((a) => a.title.includes('К. Токаева'));
    expect(article).toBeDefined();
    const pack = buildMatcherPack(index.entities);
    const matches = compileMatcher(pack).scan(article!.title);
    expect(matches.map((m) => pack.entities[m.entity].id)).toContain('tokayev');
  });
});
