import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard, SearchResults } from '../../lib/view-model';
import type { PageSummary } from '../../lib/protocol/tab';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { AddPageOutcome, PopupBackend } from './backend';
import { PopupApp } from './PopupApp';

const tokayev = { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' };
const results: SearchResults = {
  query: 'tokayev',
  entities: [
    {
      id: 'tokayev',
      type: 'person',
      name: tokayev,
      description: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
      mentionCount: 9,
      matchedForm: null,
    },
  ],
  passages: [
    {
      articleId: 'seed-001',
      articleTitle: 'Визит в Баку',
      source: 'Day.Az',
      date: '2025-10-07',
      sentenceIndex: 3,
      text: 'Токаев прибыл в Баку.',
      marks: [[0, 6]],
    },
  ],
};
const card: EntityCard = {
  id: 'tokayev',
  type: 'person',
  name: tokayev,
  description: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
  mentionCount: 9,
  articleCount: 4,
  passages: results.passages,
  related: [
    { id: 'aliyev', type: 'person', name: { en: 'Ilham Aliyev', ru: 'Ильхам Алиев' }, sharedSentences: 2 },
  ],
};
const summary: PageSummary = {
  host: 'news.example.com',
  entities: [
    // As the page wrote them: the popup shows display names where the index has them.
    { id: 'ots', type: 'organization', name: 'ОТГ', count: 2 },
    { id: 'tokayev', type: 'person', name: 'Токаева', count: 5 },
  ],
};

function fakeBackend(overrides: Partial<PopupBackend> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let articles = 5;
  return {
    search: vi.fn(async (query: string) =>
      /tok|ток/i.test(query) ? { ...results, query } : { query, entities: [], passages: [] },
    ),
    entityCard: vi.fn(async (id: string) => (id === 'tokayev' ? card : null)),
    status: vi.fn(async () => ({ entities: 40, articles })),
    pageSummary: vi.fn(async (): Promise<PageSummary | null> => summary),
    entityNames: vi.fn(
      async (ids: string[]) => new Map(ids.includes('tokayev') ? [['tokayev', tokayev]] : []),
    ),
    revealEntity: vi.fn(async () => true),
    openPassage: vi.fn(),
    addThisPage: vi.fn(async (): Promise<AddPageOutcome> => {
      articles += 1;
      return { kind: 'added', title: 'Tokayev in Baku', newEntities: 2 };
    }),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => (settings = { ...settings, ...patch })),
    onSettingsChanged: vi.fn(() => () => {}),
    close: vi.fn(),
    ...overrides,
  } satisfies PopupBackend;
}

let window: Window & typeof globalThis;
let document: Document;
let root: HTMLElement;

beforeEach(() => {
  ({ window, document } = parseHTML(
    '<!doctype html><html><body><div id="app"></div></body></html>',
  ) as unknown as {
    window: Window & typeof globalThis;
    document: Document;
  });
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  root = document.getElementById('app')!;
});
afterEach(() => {
  vi.useRealTimers();
  render(null, root);
  vi.unstubAllGlobals();
});

// Preact runs effects up to ~35 ms after a render when there is no requestAnimationFrame.
const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls until the UI shows what a test waits for: renders and effects are asynchronous. */
async function until(condition: () => unknown, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return;
    await settle(10);
  }
}
const text = () => root.textContent ?? '';
const options = () => [...root.querySelectorAll('[role=option]')];
const input = () => root.querySelector('input[type=search]') as HTMLInputElement;

async function type(value: string) {
  input().value = value;
  input().dispatchEvent(new window.Event('input', { bubbles: true }));
  await settle(5);
}
async function press(key: string) {
  const event = new window.Event('keydown', { bubbles: true, cancelable: true });
  Object.assign(event, { key });
  // linkedom calls bubbling listeners with the wrong `this`, so the event starts where the popup listens.
  root.querySelector('.popup')!.dispatchEvent(event);
  await settle();
}

describe('popup search', () => {
  it('has a labelled search field', async () => {
    render(<PopupApp backend={fakeBackend()} lang="en" />, root);
    const label = root.querySelector(`label[for="${input().id}"]`);
    expect(label?.textContent).toBe('Search the corpus');
  });

  it('searches once the reader pauses typing, then lists entities before passages', async () => {
    // Fake clocks: keystrokes 50 ms apart, whatever the load of the machine running the test.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const backend = fakeBackend();
    render(<PopupApp backend={backend} lang="en" />, root);
    for (const prefix of ['t', 'to', 'tok', 'tokayev']) {
      // act() runs the render and its effects now, not at the next animation frame (real time, which a
      // loaded machine may delay past the fake 50 ms and so let an earlier keystroke's search fire).
      void act(() => {
        input().value = prefix;
        input().dispatchEvent(new window.Event('input', { bubbles: true }));
      });
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(backend.search).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    vi.useRealTimers();
    await until(() => options().length > 0);
    expect(backend.search).toHaveBeenCalledTimes(1);
    expect(backend.search).toHaveBeenCalledWith('tokayev', 'en');

    const [entity, passage] = options();
    expect(options().map((o) => o.className)).toEqual(['result result-entity', 'result result-passage']);
    expect(entity.textContent).toContain('Kassym-Jomart Tokayev');
    expect(entity.textContent).toContain('9 mentions');
    expect(passage.querySelector('mark')?.textContent).toBe('Токаев');
    expect(passage.textContent).toContain('Day.Az');
  });

  it('says so when nothing matches', async () => {
    render(<PopupApp backend={fakeBackend()} lang="en" />, root);
    await type('qwxz');
    await until(() => text().includes('No results'));
    expect(text()).toContain('No results for “qwxz”');
    expect(root.querySelector('[role=option]')).toBeNull();
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    const backend = fakeBackend();
    render(<PopupApp backend={backend} lang="en" />, root);
    await type('tokayev');
    await until(() => input().getAttribute('aria-activedescendant'));
    expect(input().getAttribute('aria-activedescendant')).toBe('result-0');
    await press('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('result-1');
    expect(root.querySelector('#result-1')?.getAttribute('aria-selected')).toBe('true');
    await press('Enter');
    expect(backend.openPassage).toHaveBeenCalledWith(results.passages[0]);
  });

  it('opens an entity’s card inline, and Escape returns to the results', async () => {
    const backend = fakeBackend();
    render(<PopupApp backend={backend} lang="en" />, root);
    await type('tokayev');
    await until(() => input().getAttribute('aria-activedescendant'));
    await press('Enter');
    await until(() => root.querySelector('.card-name'));
    expect(backend.entityCard).toHaveBeenCalledWith('tokayev', 'en');
    expect(root.querySelector('.card-name')?.textContent).toBe('Kassym-Jomart Tokayev');
    expect(text()).toContain('9 mentions in 4 articles');
    expect(root.querySelector('.chip')?.textContent).toContain('Ilham Aliyev');

    await press('Escape');
    await until(() => !root.querySelector('.card'));
    expect(root.querySelector('.card')).toBeNull();
    expect(root.querySelectorAll('[role=option]').length).toBe(2);
  });
});

describe('popup: on this page', () => {
  it('lists the entities of the page, most mentioned first, and reveals one on click', async () => {
    const backend = fakeBackend();
    render(<PopupApp backend={backend} lang="en" />, root);
    await until(() => root.querySelector('.page-entity')?.textContent?.includes('Kassym'));
    const rows = [...root.querySelectorAll('.page-entity')];
    expect(rows.map((r) => r.querySelector('.entity-name')?.textContent)).toEqual([
      'Kassym-Jomart Tokayev',
      'ОТГ',
    ]);
    expect(rows[0].querySelector('.page-count')?.textContent).toBe('5');
    (rows[1] as HTMLElement).click();
    await until(() => vi.mocked(backend.close).mock.calls.length);
    expect(backend.revealEntity).toHaveBeenCalledWith('ots');
    expect(backend.close).toHaveBeenCalled();
  });

  it('explains when no content script runs in the tab', async () => {
    render(<PopupApp backend={fakeBackend({ pageSummary: async () => null })} lang="en" />, root);
    await until(() => text().includes('does not run'));
    expect(text()).toContain('does not run on this page');
    const siteSwitch = root.querySelector('input[role=switch]') as HTMLInputElement;
    expect(siteSwitch.disabled).toBe(true);
  });

  it('turns the site off and pauses everywhere through the settings', async () => {
    const backend = fakeBackend();
    render(<PopupApp backend={backend} lang="en" />, root);
    await until(() => root.querySelector('.page-entity'));
    const [site, pause] = [...root.querySelectorAll('input[role=switch]')] as HTMLInputElement[];
    expect(root.querySelector('.toggle-label')?.textContent).toBe('Annotate news.example.com');

    site.checked = false;
    site.dispatchEvent(new window.Event('change', { bubbles: true }));
    await until(() => text().includes('Annotation is off'));
    expect(backend.saveSettings).toHaveBeenLastCalledWith({ disabledSites: ['news.example.com'] });
    expect(text()).toContain('Annotation is off for this site.');

    pause.checked = true;
    pause.dispatchEvent(new window.Event('change', { bubbles: true }));
    await until(() => text().includes('Paused'));
    expect(backend.saveSettings).toHaveBeenLastCalledWith({ paused: true });
    expect(text()).toContain('Paused');
  });

  it('adds the page to the library and says what came of it', async () => {
    const backend = fakeBackend();
    render(<PopupApp backend={backend} lang="en" />, root);
    await until(() => root.querySelector('.page-entity'));
    (root.querySelector('.add-page') as HTMLButtonElement).click();
    await until(() => root.querySelector('.add-page-result'));
    expect(backend.addThisPage).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.add-page-result')?.textContent).toBe(
      'Added “Tokayev in Baku” · 2 new entities',
    );
    await until(() => text().includes('6 articles'));
    expect(text()).toContain('from 6 articles');
  });

  it('passes on the library’s refusal, and cannot add a page where no content script runs', async () => {
    const refusing = fakeBackend({
      addThisPage: async () => ({ kind: 'refused', reason: 'the article is not in Russian or English' }),
    });
    render(<PopupApp backend={refusing} lang="en" />, root);
    await until(() => root.querySelector('.page-entity'));
    (root.querySelector('.add-page') as HTMLButtonElement).click();
    await until(() => root.querySelector('.add-page-result'));
    expect(root.querySelector('.add-page-result')?.textContent).toBe(
      'Not added: the article is not in Russian or English',
    );
    expect(root.querySelector('.add-page.names-only'), 'no language named: nothing to offer').toBeNull();

    render(null, root);
    render(<PopupApp backend={fakeBackend({ pageSummary: async () => null })} lang="en" />, root);
    await until(() => text().includes('does not run'));
    expect(root.querySelector('.add-page')?.hasAttribute('disabled')).toBe(true);
  });

  it('offers a page refused for its language to be added for known names only, and adds it so', async () => {
    const addThisPage = vi.fn(async (options?: { namesOnly?: boolean }): Promise<AddPageOutcome> =>
      options?.namesOnly
        ? { kind: 'added', title: 'Қазақстан жаңалықтары', newEntities: 0 }
        : { kind: 'refused', reason: 'the text reads as Kazakh, not Russian or English', language: 'kaz' },
    );
    render(<PopupApp backend={fakeBackend({ addThisPage })} lang="en" />, root);
    await until(() => root.querySelector('.page-entity'));
    (root.querySelector('.add-page') as HTMLButtonElement).click();
    await until(() => root.querySelector('.add-page.names-only'));
    expect(root.querySelector('.add-page-result')?.textContent).toContain('reads as Kazakh');
    (root.querySelector('.add-page.names-only') as HTMLButtonElement).click();
    await until(() => root.querySelector('.add-page-result.is-added'));
    expect(addThisPage).toHaveBeenLastCalledWith({ namesOnly: true });
    expect(root.querySelector('.add-page-result')?.textContent).toBe('Added “Қазақстан жаңалықтары”');
  });

  it('says when the newest names could not reach pages because the browser’s storage is full', async () => {
    const backend = fakeBackend({
      status: async () => ({ entities: 81, articles: 6, pagesBehind: 'quota' as const }),
    });
    render(<PopupApp backend={backend} lang="en" />, root);
    await until(() => root.querySelector('.status.warning'));
    expect(root.querySelector('.status.warning')?.textContent).toContain('storage for the extension is full');
  });

  it('speaks Russian to a Russian browser', async () => {
    render(<PopupApp backend={fakeBackend()} lang="ru" />, root);
    await until(() => root.querySelector('.page-entity'));
    expect(text()).toContain('На этой странице');
    expect(text()).toContain('Приостановить везде');
    await type('Токаев');
    await until(() => options().length);
    expect(root.querySelector('[role=option] .entity-name')?.textContent).toBe('Касым-Жомарт Токаев');
    expect(text()).toContain('9 упоминаний');
  });
});
