import { describe, expect, it } from 'vitest';
import { formatDate, uiLangOf as uiLang } from '../../lib/i18n';
import { POPUP_STRINGS } from './strings';

describe('popup strings', () => {
  it('follows the browser language', () => {
    expect(uiLang('ru-RU')).toBe('ru');
    expect(uiLang('ru')).toBe('ru');
    expect(uiLang('en-GB')).toBe('en');
    expect(uiLang('de')).toBe('en');
    expect(uiLang(undefined)).toBe('en');
  });

  it('has every string in both languages', () => {
    expect(Object.keys(POPUP_STRINGS.ru).sort()).toEqual(Object.keys(POPUP_STRINGS.en).sort());
    expect(Object.keys(POPUP_STRINGS.ru.types).sort()).toEqual(Object.keys(POPUP_STRINGS.en.types).sort());
  });

  it('declines counts by the language’s plural rules', () => {
    const { en, ru } = POPUP_STRINGS;
    expect(en.mentions(1)).toBe('1 mention');
    expect(en.mentions(12)).toBe('12 mentions');
    expect(ru.mentions(1)).toBe('1 упоминание');
    expect(ru.mentions(3)).toBe('3 упоминания');
    expect(ru.mentions(11)).toBe('11 упоминаний');
    expect(ru.mentions(21)).toBe('21 упоминание');
    expect(ru.mentionsInArticles(5, 2)).toBe('5 упоминаний в 2 статьях');
    expect(ru.mentionsInArticles(2, 1)).toBe('2 упоминания в 1 статье');
    expect(en.mentionsInArticles(1, 1)).toBe('1 mention in 1 article');
  });

  it('writes dates the reader’s way and leaves other text alone', () => {
    expect(formatDate('2025-10-07', 'en')).toMatch(/Oct/);
    expect(formatDate('2025-10-07', 'ru')).toMatch(/окт/);
    expect(formatDate('2025-10-07', 'en')).toMatch(/2025/);
    expect(formatDate('October 2025', 'en')).toBe('October 2025');
  });
});
