import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pageLang } from './page-lang';

const doc = (lang: string | null) =>
  parseHTML(`<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><body></body></html>`).document;

describe('pageLang', () => {
  it('believes the page when it declares English or a Cyrillic language', () => {
    expect(pageLang(doc('ru-RU'), 'Kassym-Jomart Tokayev')).toBe('ru');
    expect(pageLang(doc('kk'), '')).toBe('ru');
    expect(pageLang(doc('en-GB'), 'Касым-Жомарт Токаев')).toBe('en');
  });
  it('reads the script of the text when the page says nothing or names another language', () => {
    expect(pageLang(doc(null), 'Президент Касым-Жомарт Токаев провёл встречу с Ilham Aliyev')).toBe('ru');
    expect(pageLang(doc(''), 'President Tokayev met Алиев')).toBe('en');
    expect(pageLang(doc('cs'), 'Prezident Tokajev')).toBe('en');
  });
});
