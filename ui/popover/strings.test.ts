import { describe, expect, it } from 'vitest';
import { formatDate, uiLangOf } from '../../lib/i18n';
import { mentionsLine, strings } from './strings';

describe('i18n', () => {
  it('follows the browser language', () => {
    expect(uiLangOf('ru-RU')).toBe('ru');
    expect(uiLangOf('en-US')).toBe('en');
    expect(uiLangOf('de')).toBe('en');
    expect(strings('ru').close).not.toBe(strings('en').close);
  });

  it('has every label in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(strings('ru')).sort()).toEqual(keys(strings('en')).sort());
  });

  it('declines the counts in Russian and pluralises in English', () => {
    expect(mentionsLine(1, 1, 'en')).toBe('1 mention in 1 article');
    expect(mentionsLine(12, 3, 'en')).toBe('12 mentions in 3 articles');
    expect(mentionsLine(21, 1, 'ru')).toBe('21 упоминание в 1 статье');
    expect(mentionsLine(3, 2, 'ru')).toBe('3 упоминания в 2 статьях');
    expect(mentionsLine(11, 5, 'ru')).toBe('11 упоминаний в 5 статьях');
  });

  it('writes dates the reader way, and says when there is none', () => {
    expect(formatDate('2025-03-12', 'en')).toBe('12 March 2025');
    expect(formatDate('2025-03-12', 'ru')).toMatch(/^12 марта 2025/);
    expect(formatDate(null, 'en')).toBe('undated');
  });
});
