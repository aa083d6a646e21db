import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt';

const marked = ({ text, marks }: { text: string; marks: [number, number][] }) =>
  marks.map(([s, e]) => text.slice(s, e));

describe('excerptAround', () => {
  it('keeps a sentence whose hit comes early', () => {
    const text = 'Токаев встретился с Алиевым в Баку.';
    expect(excerptAround(text, [[0, 6]])).toEqual({ text, marks: [[0, 6]] });
  });

  it('starts a long sentence a few words before a late hit, at a word boundary', () => {
    const text =
      'В ходе длительной и насыщенной беседы, продолжавшейся несколько часов подряд, эксперты отметили, что Организация тюркских государств растёт.';
    const start = text.indexOf('Организация');
    const marks: [number, number][] = [[start, start + 'Организация тюркских государств'.length]];
    const excerpt = excerptAround(text, marks);
    expect(excerpt.text.startsWith('…')).toBe(true);
    expect(excerpt.text.length).toBeLessThan(text.length);
    expect(excerpt.text[1]).not.toBe(' ');
    expect(text).toContain(excerpt.text.slice(1));
    expect(marked(excerpt)).toEqual(['Организация тюркских государств']);
    expect(excerpt.marks[0][0]).toBeLessThanOrEqual(60);
  });
});
