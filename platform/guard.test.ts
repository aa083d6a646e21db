import { describe, expect, it } from 'vitest';
import { LIMITS } from '../lib/protocol/fields';
import { EXTENSION_PAGE_MESSAGES } from '../lib/protocol/extension-page';
import { LIBRARY_MESSAGES } from '../lib/protocol/library';
import { PAGE_MESSAGES } from '../lib/protocol/page';
import { guardBackgroundMessage, MessageRefused, type SenderInfo, type TrustContext } from './guard';
import { pageMessaging } from './messages';

const trust: TrustContext = { extensionId: 'abcdefgh', extensionOrigin: 'chrome-extension://abcdefgh/' };
const popup: SenderInfo = { id: 'abcdefgh', url: 'chrome-extension://abcdefgh/popup.html' };
const libraryTab: SenderInfo = {
  id: 'abcdefgh',
  url: 'chrome-extension://abcdefgh/library.html',
  tab: { id: 3 },
};
const contentScript: SenderInfo = { id: 'abcdefgh', url: 'https://news.example.com/a', tab: { id: 7 } };

const refused = (fn: () => unknown) => expect(fn).toThrow(MessageRefused);

describe('guardBackgroundMessage: senders', () => {
  it('answers the popup and extension pages opened in a tab, for every message', () => {
    for (const sender of [popup, libraryTab]) {
      expect(guardBackgroundMessage('getStatus', undefined, sender, trust)).toBeUndefined();
      expect(guardBackgroundMessage('search', { query: 'tokayev', lang: 'en' }, sender, trust)).toEqual({
        query: 'tokayev',
        lang: 'en',
      });
    }
  });

  it('lets a content script ask for entity cards only', () => {
    expect(
      guardBackgroundMessage('getEntityCard', { id: 'tokayev', lang: 'ru' }, contentScript, trust),
    ).toEqual({ id: 'tokayev', lang: 'ru' });
    expect(() => guardBackgroundMessage('search', { query: 'x', lang: 'en' }, contentScript, trust)).toThrow(
      /content scripts may not/,
    );
    refused(() => guardBackgroundMessage('getStatus', undefined, contentScript, trust));
    // A page cannot make the extension subscribe to a pack (and so fetch from a host of its choosing).
    refused(() =>
      guardBackgroundMessage(
        'subscribePack',
        { url: 'https://evil.example/pack.json' },
        contentScript,
        trust,
      ),
    );
  });

  it('refuses another extension, a missing id, and a sender that is neither page nor tab', () => {
    refused(() => guardBackgroundMessage('getStatus', undefined, { ...popup, id: 'other' }, trust));
    refused(() => guardBackgroundMessage('getStatus', undefined, { url: popup.url }, trust));
    refused(() =>
      guardBackgroundMessage('getStatus', undefined, { id: 'abcdefgh', url: 'https://evil.example/' }, trust),
    );
  });

  it('does not take a look-alike origin for the extension', () => {
    const lookAlike = {
      id: 'abcdefgh',
      url: 'https://chrome-extension.evil/abcdefgh/popup.html',
      tab: { id: 1 },
    };
    refused(() => guardBackgroundMessage('getStatus', undefined, lookAlike, trust));
  });

  it('refuses unknown message types', () => {
    refused(() => guardBackgroundMessage('deleteEverything' as 'getStatus', undefined, popup, trust));
    refused(() => guardBackgroundMessage('toString' as 'getStatus', undefined, popup, trust));
  });
});

describe('guardBackgroundMessage: payloads', () => {
  it('checks entity ids', () => {
    for (const id of ['', 'Tokayev', 'a b', '../x', 'x'.repeat(LIMITS.idLength + 1), 42, null]) {
      refused(() => guardBackgroundMessage('getEntityCard', { id, lang: 'en' }, contentScript, trust));
    }
    expect(
      guardBackgroundMessage('getEntityCard', { id: 'middle-corridor', lang: 'en' }, popup, trust).id,
    ).toBe('middle-corridor');
  });

  it('checks the language and refuses extra fields and non-objects', () => {
    refused(() => guardBackgroundMessage('getEntityCard', { id: 'ots', lang: 'de' }, popup, trust));
    expect(() =>
      guardBackgroundMessage('getEntityCard', { id: 'ots', lang: 'en', html: '<img>' }, popup, trust),
    ).toThrow(/"html"/);
    for (const data of [null, 'ots', ['ots', 'en'], undefined])
      refused(() => guardBackgroundMessage('getEntityCard', data, popup, trust));
  });

  it('bounds search queries and limits', () => {
    refused(() =>
      guardBackgroundMessage(
        'search',
        { query: 'x'.repeat(LIMITS.queryLength + 1), lang: 'en' },
        popup,
        trust,
      ),
    );
    refused(() => guardBackgroundMessage('search', { query: { $ne: 1 }, lang: 'en' }, popup, trust));
    for (const limit of [0, -1, 1.5, LIMITS.maxSearchLimit + 1, '5']) {
      refused(() => guardBackgroundMessage('search', { query: 'ots', lang: 'en', limit }, popup, trust));
    }
    expect(guardBackgroundMessage('search', { query: 'ots', lang: 'ru', limit: 5 }, popup, trust)).toEqual({
      query: 'ots',
      lang: 'ru',
      limit: 5,
    });
  });

  it('checks how an article is to be read', () => {
    const reading = (data: unknown) => guardBackgroundMessage('setArticleReading', data, libraryTab, trust);
    expect(reading({ id: 'user-1a2b', reading: 'names-only' })).toEqual({
      id: 'user-1a2b',
      reading: 'names-only',
    });
    refused(() => reading({ id: 'seed-001', reading: 'ru' }));
    refused(() => reading({ id: 'user-1a2b', reading: 'kk' }));
    refused(() =>
      guardBackgroundMessage('setArticleReading', { id: 'user-1a2b', reading: 'ru' }, contentScript, trust),
    );
    const add = (item: unknown) =>
      guardBackgroundMessage('addArticles', { items: [item] }, libraryTab, trust);
    expect(add({ label: 'a', text: 'b', reading: 'names-only' })).toEqual({
      items: [{ label: 'a', text: 'b', reading: 'names-only' }],
    });
    refused(() => add({ label: 'a', text: 'b', reading: 'fr' }));
  });

  it('refuses a payload for getStatus', () => {
    refused(() => guardBackgroundMessage('getStatus', { all: true }, popup, trust));
  });
});

describe('guardBackgroundMessage: checks come from the message schemas', () => {
  it('refuses a malformed library payload, naming the field and the item', () => {
    expect(() => guardBackgroundMessage('addArticles', { items: [] }, libraryTab, trust)).toThrow(
      /"items" must list 1 to/,
    );
    expect(() =>
      guardBackgroundMessage('addArticles', { items: [{ label: 'a.txt', text: 42 }] }, libraryTab, trust),
    ).toThrow(/text of at most .* \(item 1\)/);
    expect(() =>
      guardBackgroundMessage('addArticles', { items: [{ text: 'x' }] }, libraryTab, trust),
    ).toThrow(/"label" is missing/);
    refused(() => guardBackgroundMessage('removeArticles', { ids: ['seed-001'] }, libraryTab, trust));
    refused(() => guardBackgroundMessage('importLibrary', { text: null }, libraryTab, trust));
    refused(() => guardBackgroundMessage('wipeLibrary', { all: true }, libraryTab, trust));
    refused(() => guardBackgroundMessage('openLibrary', { article: 'seed-001' }, contentScript, trust));
  });

  it('returns only the declared fields of a valid payload', () => {
    const items = [{ label: 'a.txt', text: 'Токаев', title: 'T' }];
    expect(guardBackgroundMessage('addArticles', { items }, libraryTab, trust)).toEqual({ items });
    expect(guardBackgroundMessage('removeArticles', { ids: ['user-1a'] }, popup, trust)).toEqual({
      ids: ['user-1a'],
    });
    expect(guardBackgroundMessage('openLibrary', { entity: 'ots' }, contentScript, trust)).toEqual({
      entity: 'ots',
    });
  });

  it('refuses every library message from a content script, whatever it carries', () => {
    const library = {
      addArticles: { items: [{ label: 'a', text: 'b' }] },
      removeArticles: { ids: ['user-1'] },
      exportLibraryPart: { from: 0, count: 10 },
      importLibraryCommit: { session: 'x' },
      importLibrary: { text: '{}' },
      wipeLibrary: undefined,
    } as const;
    for (const [type, data] of Object.entries(library)) {
      expect(() => guardBackgroundMessage(type as keyof typeof library, data, contentScript, trust)).toThrow(
        /content scripts may not/,
      );
    }
  });

  it('gives the content script a messenger that cannot name a library message', () => {
    // Never called: tsc (npm run typecheck) fails if the content script's messenger could send these.
    const _typeCheckOnly = () => {
      // @ts-expect-error: the page protocol has no library message.
      void pageMessaging.sendMessage('wipeLibrary', undefined);
      // @ts-expect-error: nor the extension pages' search.
      void pageMessaging.sendMessage('search', { query: 'x', lang: 'en' });
    };
    void _typeCheckOnly;
    for (const type of [...Object.keys(LIBRARY_MESSAGES), ...Object.keys(EXTENSION_PAGE_MESSAGES)])
      expect(Object.keys(PAGE_MESSAGES)).not.toContain(type);
  });
});
