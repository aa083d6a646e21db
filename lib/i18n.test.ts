import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, plural, TYPE_GROUP_LABEL, TYPE_LABEL, UI_LANGS } from './i18n';

describe('lib/i18n', () => {
  it('picks the plural form by the language’s rules, the number written its way', () => {
    const ru = { one: '# сущность', few: '# сущности', other: '# сущностей' };
    expect(plural('ru', 31, ru)).toBe('31 сущность');
    expect(plural('ru', 104, ru)).toBe('104 сущности');
    expect(plural('ru', 1000, ru)).toBe('1\u00a0000 сущностей');
    expect(plural('en', 1, { one: '# entity', other: '# entities' })).toBe('1 entity');
    expect(plural('en', 1200, { one: '# entity', other: '# entities' })).toBe('1,200 entities');
  });

  it('writes dates long or short in either language, and says when there is none', () => {
    expect(formatDate('2025-10-07', 'en', 'short')).toBe('7 Oct 2025');
    expect(formatDate('2025-10-07', 'ru', 'short')).toMatch(/^7 окт\.? 2025/);
    expect(formatDate('2025-10-07', 'ru')).toMatch(/^7 октября 2025/);
    expect(formatDate(null, 'ru')).toBe('без даты');
    expect(formatDate('2025', 'en')).toBe('2025');
  });

  it('names every entity type in every language', () => {
    for (const lang of UI_LANGS) {
      expect(Object.keys(TYPE_LABEL[lang]).sort()).toEqual(Object.keys(TYPE_LABEL.en).sort());
      expect(Object.keys(TYPE_GROUP_LABEL[lang]).sort()).toEqual(Object.keys(TYPE_LABEL.en).sort());
    }
  });

  it('gives the manifest’s name and description in every UI language (public/_locales)', () => {
    const messages = (lang: string) =>
      JSON.parse(
        readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
      ) as Record<string, { message: string }>;
    for (const lang of UI_LANGS) {
      const table = messages(lang);
      expect(Object.keys(table).sort()).toEqual(['description', 'name']);
      // The stores cut descriptions longer than 132 characters.
      expect(table.description.message.length).toBeLessThanOrEqual(132);
    }
    expect(messages('ru').description.message).toMatch(/корпус/);
  });
});
