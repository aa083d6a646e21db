// Entity cards and statistics over the real index built from seeds/.
import bundled from 'virtual:seed-index';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../model';
import { buildEntityCard } from './card';

const seedIndex: CorpusIndex = bundled;

const idByName = (re: RegExp) => seedIndex.entities.find((e) => re.test(e.name.en))!.id;

describe('entity cards from the seed index', () => {
  it('quotes Tokayev from different articles first, each passage with its mention marked', () => {
    const card = buildEntityCard(seedIndex, idByName(/Tokayev/), 'en')!;
    expect(card.articleCount).toBeGreaterThanOrEqual(3);
    expect(card.passages.length).toBeGreaterThanOrEqual(3);
    const firstThree = card.passages.slice(0, 3);
    expect(new Set(firstThree.map((p) => p.articleId)).size).toBe(3);
    for (const p of card.passages) {
      expect(p.text.slice(...p.marks[0])).toMatch(/Токаев/);
      expect(p.articleTitle).toBeTruthy();
    }
  });

  it('never quotes the same sentence twice, nor a sentence too long to read in a popover', () => {
    for (const entity of seedIndex.entities) {
      const card = buildEntityCard(seedIndex, entity.id, 'en')!;
      const texts = card.passages.map((p) => p.text);
      expect(new Set(texts).size).toBe(texts.length);
      const stats = seedIndex.stats.find((s) => s.entityId === entity.id)!;
      const sentencesNamingIt = new Set(
        seedIndex.mentions.filter((m) => m.entityId === entity.id).map((m) => `${m.articleId}#${m.sentence}`),
      );
      expect(stats.best).toHaveLength(Math.min(sentencesNamingIt.size, 50));
      // A long sentence comes first only when the entity has no shorter one.
      if (card.passages[0] && card.passages[0].text.length > 400) {
        expect(card.passages.every((p) => p.text.length > 260)).toBe(true);
      }
    }
  });

  it('relates the Organization of Turkic States to Azerbaijan, never to itself', () => {
    const ots = idByName(/Turkic States/);
    const card = buildEntityCard(seedIndex, ots, 'ru')!;
    expect(card.related.map((r) => r.name.en)).toContain('Azerbaijan');
    expect(card.related.map((r) => r.id)).not.toContain(ots);
  });
});
