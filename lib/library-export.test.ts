import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { EXPORT_VERSION, ImportRefused, buildLibraryExport, parseLibraryExport } from './library-export';

const article = {
  id: 'user-1a2b',
  title: 'My notes on the OTS',
  date: null,
  source: 'me',
  author: null,
  lang: 'en' as const,
  url: null,
  paragraphs: ['The OTS met in Gabala.'],
  origin: 'user' as const,
  addedAt: 1769731200000,
};
const file = () =>
  buildLibraryExport(
    {
      settings: { ...DEFAULT_SETTINGS, style: 'background', disabledSites: ['example.org'] },
      articles: [article],
      sentences: [{ articleId: article.id, index: 0, paragraph: 0, text: 'The OTS met in Gabala.' }],
      entities: [],
      mentions: [{ entityId: 'ots', articleId: article.id, sentence: 0, start: 4, end: 7, surface: 'OTS' }],
    },
    new Date('2026-01-30T00:00:00Z'),
  );

describe('library export file', () => {
  it('reads back exactly what was written', () => {
    const written = file();
    expect(parseLibraryExport(JSON.stringify(written))).toEqual(written);
  });

  it('refuses a newer format, telling the reader to update', () => {
    expect(() => parseLibraryExport(JSON.stringify({ ...file(), version: EXPORT_VERSION + 1 }))).toThrow(
      /newer version of Context Lens.*Update the extension/,
    );
  });

  it('refuses damaged files, saying what is damaged', () => {
    const cases: [unknown, RegExp][] = [
      ['{"format": "context-lens-library", "version": 1, "articles": [', /not valid JSON/],
      [{ ...file(), format: 'something-else' }, /does not say it is a Context Lens library/],
      [
        { ...file(), articles: [{ ...article, origin: 'seed' }] },
        /article 1 is not one of the reader's articles/,
      ],
      [{ ...file(), articles: [{ ...article, lang: 'de' }] }, /article 1 has an unknown language/],
      [
        { ...file(), articles: [{ ...article, language: 'Kazakh!' }] },
        /article 1 has a bad identified language/,
      ],
      [
        { ...file(), sentences: [{ articleId: 'user-other', index: 0, paragraph: 0, text: 'x' }] },
        /sentence 1 is damaged/,
      ],
      [
        {
          ...file(),
          mentions: [{ entityId: '<b>', articleId: article.id, sentence: 0, start: 0, end: 1, surface: 'x' }],
        },
        /mention 1 is damaged/,
      ],
      [{ ...file(), entities: [{ id: 'x', type: 'planet' }] }, /entity 1 has an unknown type/],
      [{ ...file(), mentions: undefined }, /the list of mentions is missing/],
    ];
    for (const [content, message] of cases) {
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      expect(() => parseLibraryExport(text)).toThrow(ImportRefused);
      expect(() => parseLibraryExport(text)).toThrow(message);
    }
  });

  it('keeps the settings it understands and falls back to the defaults for the rest', () => {
    const odd = {
      ...file(),
      settings: {
        style: 'blink',
        types: ['person', 'planet'],
        hoverDelayMs: -5,
        mentions: 'first',
        paused: 'yes',
      },
    };
    expect(parseLibraryExport(JSON.stringify(odd)).settings).toEqual({
      ...DEFAULT_SETTINGS,
      mentions: 'first',
    });
  });
});
