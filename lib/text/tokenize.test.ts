import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';
import { wordKeys } from './word-keys';
import { NO_JOIN, gapKey, normalizeWord } from './normalize';

function words(text: string): [string, string][] {
  const t = tokenize(text, true);
  const keys = wordKeys(text, t);
  return keys.map((key, i) => [text.slice(t.starts[i], t.ends[i]), key]);
}

describe('tokenize', () => {
  it('splits at punctuation, apostrophes, and between letters and digits', () => {
    expect(words('Aliyev’s G20 Tokayev2024 (OTS)')).toEqual([
      ['Aliyev', 'aliyev'],
      ['s', 's'],
      ['G', 'g'],
      ['20', '20'],
      ['Tokayev', 'tokayev'],
      ['2024', '2024'],
      ['OTS', 'ots'],
    ]);
  });
  it('keeps soft hyphens and zero-width characters inside a word but out of its key', () => {
    expect(words('Тока\u00adева\u200b Tok\u200dayev')).toEqual([
      ['Тока\u00adева', 'токаева'],
      ['Tok\u200dayev', 'tokayev'],
    ]);
  });
  it('keys words in lower case with ё as е, Turkic letters kept, İ as i, composed', () => {
    expect(words('Фёдор Əliyev Тоқаев İlham')).toEqual([
      ['Фёдор', 'федор'],
      ['Əliyev', 'əliyev'],
      ['Тоқаев', 'тоқаев'],
      ['İlham', 'ilham'],
    ]);
    expect(normalizeWord('Y\u0301eni')).toBe('ýeni');
  });
  it('reads letters outside the Basic Multilingual Plane as letters', () => {
    expect(words('a 𝒜𝒷 b').map(([w]) => w)).toEqual(['a', '𝒜𝒷', 'b']);
  });
});

describe('gapKey', () => {
  it('equates whitespace of any kind with hyphens and dashes', () => {
    const keys = [' ', '\u00a0', '\n  ', '-', '\u2011', ' – ', '—', '-\n'].map(gapKey);
    expect(new Set(keys)).toEqual(new Set([' ']));
  });
  it('equates typographic and straight quotes, keeps periods, never joins across blocks or long punctuation', () => {
    expect(gapKey('’')).toBe(gapKey("'"));
    expect(gapKey(' «')).toBe(gapKey(' "'));
    expect(gapKey('. ')).toBe('.');
    expect(gapKey(' \u2029 ')).toBe(NO_JOIN);
    expect(gapKey(' ... ')).toBe(NO_JOIN);
  });
});
