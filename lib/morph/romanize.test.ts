import { describe, expect, it } from 'vitest';
import { romanize } from './romanize';

describe('romanize', () => {
  it('gives BGN/PCGN first', () => {
    expect(romanize('Фарид Шафиев')[0]).toBe('Farid Shafiyev');
    expect(romanize('Ермек Кошербаев')[0]).toBe('Yermek Kosherbayev');
    expect(romanize('Щучинск')[0]).toBe('Shchuchinsk');
  });

  it('adds the spellings the press uses', () => {
    expect(romanize('Фарид Шафиев')).toContain('Farid Shafiev');
    expect(romanize('Токаев')).toEqual(expect.arrayContaining(['Tokayev', 'Tokaev']));
    expect(romanize('Кошербаев')).toEqual(expect.arrayContaining(['Kosherbayev', 'Kosherbaev']));
    expect(romanize('Дмитрий')).toEqual(expect.arrayContaining(['Dmitriy', 'Dmitry']));
    expect(romanize('Алексей')).toEqual(expect.arrayContaining(['Aleksey', 'Alexey']));
    expect(romanize('Пётр')).toEqual(expect.arrayContaining(['Pyotr', 'Petr']));
    expect(romanize('Ильхам Алиев')).toContain('Ilham Aliyev');
  });

  it('keeps capitals and hyphens', () => {
    expect(romanize('Касым-Жомарт')[0]).toBe('Kasym-Zhomart');
    expect(romanize('ТМТМ')[0]).toBe('TMTM');
  });
});
