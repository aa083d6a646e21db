import { render } from 'preact';
import { uiLangOf } from '../../lib/i18n';
import { browser } from 'wxt/browser';
import type { Passage } from '../../lib/view-model';
import type { PageSummary } from '../../lib/protocol/tab';
import { backgroundMessaging } from '../../platform/extension-messages';
import { tabMessaging } from '../../platform/messages';
import { loadSettings, onSettingsChanged, saveSettings } from '../../platform/settings';
import type { AddPageOutcome, PopupBackend } from '../../ui/popup/backend';
import { PopupApp } from '../../ui/popup/PopupApp';
import '../../ui/popup/popup.css';
import { routeHref } from '../../lib/library-route';

/** A content script that has not answered by then is not coming (a page still loading, a frozen tab). */
const PAGE_SUMMARY_TIMEOUT_MS = 2000;
/** Revealing a name or handing over the page's HTML: longer, a huge page takes a while to serialise. */
const PAGE_QUERY_TIMEOUT_MS = 5000;

/** The tab the popup was opened over: asked once, so that every later message goes to the same page. */
const activeTab: Promise<number | null> = browser.tabs.query({ active: true, currentWindow: true }).then(
  ([tab]) => tab?.id ?? null,
  () => null,
);
const activeTabId = () => activeTab;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** The library's reader page, opened at the passage's sentence. */
function passageUrl(passage: Passage): string {
  return `${browser.runtime.getURL('/')}library.html${routeHref({ page: 'article', id: passage.articleId, sentence: passage.sentenceIndex })}`;
}

const backend: PopupBackend = {
  search: (query, lang) => backgroundMessaging.sendMessage('search', { query, lang }),
  entityCard: (id, lang) => backgroundMessaging.sendMessage('getEntityCard', { id, lang }),
  status: () => backgroundMessaging.sendMessage('getStatus', undefined),
  // Read straight from the extension's database: a read-only lookup the background need not wake for.
  // Dexie is loaded on demand: the popup's first paint does not wait for it.
  async entityNames(ids) {
    const { getDb } = await import('../../platform/db');
    const entities = await getDb().entities.bulkGet(ids);
    return new Map(entities.flatMap((entity) => (entity ? [[entity.id, entity.name] as const] : [])));
  },
  async pageSummary(): Promise<PageSummary | null> {
    const tabId = await activeTabId();
    if (tabId == null) return null;
    // No content script on chrome://, the web store, PDFs, or a tab opened before the extension was installed.
    return withTimeout(
      tabMessaging.sendMessage('getPageSummary', undefined, tabId),
      PAGE_SUMMARY_TIMEOUT_MS,
    ).catch(() => null);
  },
  async revealEntity(id) {
    const tabId = await activeTabId();
    if (tabId == null) return false;
    // A page that never answers (its script stuck, or gone): the popup says the page is unavailable.
    return withTimeout(tabMessaging.sendMessage('revealEntity', { id }, tabId), PAGE_QUERY_TIMEOUT_MS);
  },
  openPassage: (passage) => void browser.tabs.create({ url: passageUrl(passage) }),
  async addThisPage({ namesOnly = false } = {}): Promise<AddPageOutcome> {
    const tabId = await activeTabId();
    if (tabId == null) return { kind: 'failed' };
    const source = await withTimeout(
      tabMessaging.sendMessage('getPageSource', undefined, tabId),
      PAGE_QUERY_TIMEOUT_MS,
    );
    // Readability and DOMPurify are loaded only when the reader asks for them; the page's HTML is parsed inert.
    const { inputFromHtml } = await import('../../ui/library/html-input');
    const input = inputFromHtml(source.html, source.url, source.url);
    if (!input) return { kind: 'no-article' };
    const item = namesOnly ? { ...input, reading: 'names-only' as const } : input;
    const result = await backgroundMessaging.sendMessage('addArticles', { items: [item] });
    const added = result.added[0];
    if (added) return { kind: 'added', title: added.title, newEntities: result.newEntities };
    const refusal = result.refused[0];
    return {
      kind: 'refused',
      reason: refusal?.reason ?? '',
      ...(refusal?.language ? { language: refusal.language } : {}),
    };
  },
  loadSettings,
  saveSettings,
  onSettingsChanged,
  close: () => window.close(),
};

const lang = uiLangOf(navigator.language);
document.documentElement.lang = lang;
render(<PopupApp backend={backend} lang={lang} />, document.getElementById('app')!);
