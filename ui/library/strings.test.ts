import { describe, expect, it } from 'vitest';
import { libraryStrings } from './strings';

describe('library strings', () => {
  it('count in Russian with the three plural forms', () => {
    const t = libraryStrings('ru');
    expect([1, 2, 5, 11, 21, 22, 112].map(t.count.article)).toEqual([
      '1 статья',
      '2 статьи',
      '5 статей',
      '11 статей',
      '21 статья',
      '22 статьи',
      '112 статей',
    ]);
    expect(libraryStrings('en').count.entity(1)).toBe('1 entity');
    expect(libraryStrings('en').count.entity(3)).toBe('3 entities');
  });

  it('have every English word in Russian too', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(libraryStrings('ru')).sort()).toEqual(keys(libraryStrings('en')).sort());
  });
});
