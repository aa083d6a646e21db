import { describe, expect, it } from 'vitest';
import { markedSegments } from './passage-text';

describe('markedSegments', () => {
  it('emphasises exactly the mention within the sentence', () => {
    expect(markedSegments('Президент Токаев заявил.', [[10, 16]])).toEqual([
      ['Президент ', false],
      ['Токаев', true],
      [' заявил.', false],
    ]);
  });
  it('survives overlapping and out-of-range marks without losing text', () => {
    const text = 'Ilham Aliyev met Tokayev';
    const parts = markedSegments(text, [
      [17, 99],
      [0, 12],
      [6, 12],
    ]);
    expect(parts.map(([t]) => t).join('')).toBe(text);
    expect(parts.filter(([, m]) => m).map(([t]) => t)).toEqual(['Ilham Aliyev', 'Tokayev']);
  });
});
