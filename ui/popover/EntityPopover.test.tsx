import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../lib/view-model';
import { EntityPopover, displayNames, type EntityPopoverProps } from './EntityPopover';

const card: EntityCard = {
  id: 'tokayev',
  type: 'person',
  name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
  description: { en: 'President of Kazakhstan since 2019.', ru: 'Президент Казахстана с 2019 года.' },
  mentionCount: 6,
  articleCount: 3,
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
  related: [
    { id: 'aliyev', type: 'person', name: { en: 'Ilham Aliyev', ru: 'Ильхам Алиев' }, sharedSentences: 2 },
  ],
};

let document: Document;
let root: HTMLElement;

beforeEach(() => {
  const parsed = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>') as unknown as {
    window: Window & typeof globalThis;
    document: Document;
  };
  document = parsed.document;
  vi.stubGlobal('window', parsed.window);
  vi.stubGlobal('document', document);
  root = document.getElementById('app')!;
});

afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

function show(overrides: Partial<EntityPopoverProps> = {}) {
  const props: EntityPopoverProps = {
    state: { status: 'ready', card },
    pageLang: 'en',
    uiLang: 'en',
    theme: 'light',
    takeFocus: false,
    canGoBack: false,
    onBack: vi.fn(),
    onClose: vi.fn(),
    onOpenEntity: vi.fn(),
    onOpenArticle: vi.fn(),
    onShowAll: vi.fn(),
    ...overrides,
  };
  void act(() => render(<EntityPopover {...props} />, root));
  return props;
}

function dialog(): HTMLElement {
  return root.querySelector('[role="dialog"]') as HTMLElement;
}

describe('EntityPopover', () => {
  it('is a dialog named by the display name in the page language, with the original beside it', () => {
    show();
    const heading = root.querySelector(`#${dialog().getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('Kassym-Jomart Tokayev');
    expect(dialog().textContent).toContain('Касым-Жомарт Токаев');
    expect(dialog().textContent).toContain('6 mentions in 3 articles');
    expect(dialog().textContent).toContain('President of Kazakhstan since 2019.');
  });

  it('on a Russian page leads with the Russian name and description', () => {
    show({ pageLang: 'ru', uiLang: 'ru' });
    const heading = root.querySelector(`#${dialog().getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('Касым-Жомарт Токаев');
    expect(dialog().textContent).toContain('Президент Казахстана с 2019 года.');
    expect(dialog().textContent).toContain('6 упоминаний в 3 статьях');
  });

  it('quotes the passage with the mention emphasised, its source and date', () => {
    show();
    expect(root.querySelector('.cl-quote mark')?.textContent).toBe('Токаев');
    expect(root.querySelector('.cl-source')?.textContent).toContain('Day.Az');
    expect(root.querySelector('.cl-source')?.textContent).toContain('7 October 2025');
  });

  it('opens a related entity, the article and the entity page from its buttons', () => {
    const props = show();
    void act(() => (root.querySelector('.cl-chip') as HTMLElement).click());
    expect(props.onOpenEntity).toHaveBeenCalledWith('aliyev');
    void act(() => (root.querySelector('.cl-title-link') as HTMLElement).click());
    expect(props.onOpenArticle).toHaveBeenCalledWith(card.passages[0], expect.anything());
    const showAll = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show all',
    ) as HTMLElement;
    void act(() => showAll.click());
    expect(props.onShowAll).toHaveBeenCalledWith('tokayev', expect.anything());
  });

  it('says so when the background does not answer, still named by what the page wrote', () => {
    show({ state: { status: 'error', label: 'Токаева', type: 'person' } });
    const heading = root.querySelector(`#${dialog().getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('Токаева');
    expect(dialog().textContent).toContain('not answering');
  });
});

describe('displayNames', () => {
  it('omits the original when it is the same or unknown', () => {
    expect(displayNames({ en: 'Astana', ru: null }, 'en')).toEqual({ primary: 'Astana', secondary: null });
    expect(displayNames({ en: 'Astana', ru: null }, 'ru')).toEqual({ primary: 'Astana', secondary: null });
  });
});
