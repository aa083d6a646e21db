import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../lib/view-model';
import { moveActive, resultItems } from './result-items';

const results: SearchResults = {
  query: 'ток',
  entities: [
    {
      id: 'tokayev',
      type: 'person',
      name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
      description: { en: 'x', ru: 'x' },
      mentionCount: 9,
      matchedForm: null,
    },
  ],
  passages: [
    {
      articleId: 'seed-000',
      articleTitle: 'T',
      source: 'El.kz',
      date: null,
      sentenceIndex: 0,
      text: 'Токаев сказал.',
      marks: [[0, 6]],
    },
    {
      articleId: 'seed-001',
      articleTitle: 'T',
      source: 'Day.Az',
      date: null,
      sentenceIndex: 4,
      text: 'Токаева встретили.',
      marks: [[0, 7]],
    },
  ],
};

describe('result list', () => {
  it('puts entities before passages', () => {
    expect(resultItems(results).map((item) => item.kind)).toEqual(['entity', 'passage', 'passage']);
    expect(resultItems(null)).toEqual([]);
  });

  it('moves through the list with the arrow keys and stops at both ends', () => {
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(1, 3, 'End')).toBe(2);
    expect(moveActive(2, 3, 'Home')).toBe(0);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
