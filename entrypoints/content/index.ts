// The content script: annotates the page it runs in (each frame its own), shows the popover, and
// answers the popup about this page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TextWalker } from '../../lib/dom/text-walker';
import { pageLang } from '../../lib/dom/page-lang';
import type { Lang } from '../../lib/model';
import { MATCHER_INDEX_KEY, PAGE_SHARDS_FORMAT, type PageIndex } from '../../lib/match/shards';
import type { PageSummary } from '../../lib/protocol/tab';
import { isSiteEnabled, ownEntitiesShown, settingsFrom, type Settings } from '../../lib/settings';
import { pageMessaging, tabMessaging } from '../../platform/messages';
import { readShards } from '../../platform/page-shards';
import { SETTINGS_KEY } from '../../platform/settings';
import { readAndFollow } from '../../platform/storage-follow';
import { uiLangOf } from '../../lib/i18n';
import { readableText } from '../../lib/text/normalize';
import { Annotator } from './annotator';
import { whenDocumentHasText } from './first-text';
import { installInteractions, revealMark } from './interactions';
import { openEntityPage, openPassage } from './library-link';
import { documentOrder, type Mark } from './marks';
import { LazyPopover, POPOVER_MODULE, type PopoverModule } from './lazy-popover';
import { sweepPredecessor } from './predecessor';
import { siteHost } from './site-host';

/** How often a content script checks that its extension is still there (clean-up within a second). */
const INVALIDATION_CHECK_MS = 500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: false,
  runAt: 'document_idle',
  // WXT's extra window.postMessage at start would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const doc = document;
    if (!doc.documentElement || doc.documentElement.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;

    // Chrome tells an old content script nothing when its extension is disabled, updated or reloaded: its
    // runtime.id just goes away. ctx.isInvalid reads it, and the clean-up registered below runs.
    const watchdog = setInterval(() => ctx.isInvalid && clearInterval(watchdog), INVALIDATION_CHECK_MS);
    sweepPredecessor(doc);

    // An empty frame (an ad slot, a beacon) waits here, having read nothing, until a script gives it text.
    await whenDocumentHasText(doc, ctx.signal);
    if (ctx.isInvalid) return;

    // Settings and the pack's index in one read, followed from before it: a pack published while this
    // page starts (the first after install, or after an article is added) still reaches it. The shards
    // of the pack are read as the page's words ask for them (lib/match/shards.ts).
    const followed = await readAndFollow([SETTINGS_KEY, MATCHER_INDEX_KEY], (key, value) => {
      if (key === SETTINGS_KEY) settings = settingsFrom(value);
      else pack = indexFrom(value);
      apply();
    });
    if (ctx.isInvalid) return followed.stop();
    ctx.onInvalidated(followed.stop);
    let settings: Settings = settingsFrom(followed.values[SETTINGS_KEY]);
    let pack = indexFrom(followed.values[MATCHER_INDEX_KEY]);
    let annotator: Annotator | null = null;
    let annotatedPack: PageIndex | null = null;
    let lang: Lang | null = null;

    const popover = new LazyPopover(
      {
        doc,
        uiLang: uiLangOf(navigator.language),
        pageLang: () =>
          (lang ??= pageLang(
            doc,
            doc.body ? new TextWalker(doc.body).next({ maxChars: 4000, maxNodes: 4000 }).text : '',
          )),
        onActiveChange: (mark) => annotator?.marks.setActive(mark),
        onOpenArticle: openPassage,
        onShowAll: openEntityPage,
        fetchCard: (id, cardLang) => pageMessaging.sendMessage('getEntityCard', { id, lang: cardLang }),
      },
      // Built beside the content script (scripts/lazy-popover.ts), loaded at the first gesture on a name.
      () =>
        import(
          /* @vite-ignore */ browser.runtime.getURL(`/${POPOVER_MODULE}` as '/')
        ) as Promise<PopoverModule>,
    );

    /** Which marks are painted: the chosen types, and every mention or only each entity's first. */
    const applyVisibility = () => {
      if (!annotator) return;
      const hideOwn = !ownEntitiesShown(settings, siteHost(window));
      const types = new Set([...settings.types]);
      const shown = (m: Mark) => types.has(m.type) && !(hideOwn && m.own);
      if (settings.mentions === 'all') {
        annotator.marks.setVisibility(shown);
        return;
      }
      const first = new Map<string, Mark>();
      for (const m of [...annotator.marks.all()].sort(documentOrder))
        if (!first.has(m.id)) first.set(m.id, m);
      const firsts = new Set(first.values());
      annotator.marks.setVisibility((m) => shown(m) && firsts.has(m));
    };

    const apply = () => {
      const enabled = pack !== null && isSiteEnabled(settings, siteHost(window)) && doc.designMode !== 'on';
      if (!enabled) {
        popover.close(false);
        annotator?.stop();
        annotatedPack = null;
        return;
      }
      annotator ??= new Annotator(doc, settings.style, {
        onChange: () => settings.mentions === 'first' && applyVisibility(),
        loadShards: readShards,
      });
      annotator.styles.setStyle(settings.style);
      if (annotatedPack !== pack) {
        annotatedPack = pack;
        annotator.setPack(pack!);
      }
      applyVisibility();
    };

    apply();

    ctx.onInvalidated(() => {
      popover.dispose();
      annotator?.stop();
      annotator?.marks.dispose();
    });

    // Client-side navigation: a new page as far as the reader is concerned.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      lang = null;
      popover.close(false);
      if (annotatedPack) annotator?.requestFullScan();
    });
    ctx.addEventListener(doc, 'fullscreenchange', () => popover.close(false));

    installInteractions({
      doc,
      popover,
      annotator: () => (annotatedPack ? annotator : null),
      hoverDelayMs: () => settings.hoverDelayMs,
      listen: (type, handler, options) =>
        ctx.addEventListener(window, type, handler as EventListener, options),
    });

    // The popup talks to the top frame only (one answer per tab).
    if (window === window.top) {
      tabMessaging.onMessage('getPageSummary', async (): Promise<PageSummary> => {
        await annotator?.idle();
        return {
          host: location.hostname,
          entities: annotatedPack && annotator ? summarise(annotator.marksInOrder()) : [],
        };
      });
      // "Add this page": the popup extracts the article itself (Readability on an inert copy); this
      // only hands over the page as it is now, client-rendered text included.
      tabMessaging.onMessage('getPageSource', () => ({
        html: document.documentElement.outerHTML,
        url: location.href,
        title: document.title,
      }));
      tabMessaging.onMessage('revealEntity', async ({ data }) => {
        if (!annotatedPack || !annotator) return false;
        await annotator.idle();
        const mark = annotator.marksInOrder().find((m) => m.id === data.id);
        if (!mark) return false;
        revealMark(doc, popover, mark);
        return true;
      });
    }
  },
});

/** The stored index, if it is of the format this script reads (an older one is republished soon). */
function indexFrom(value: unknown): PageIndex | null {
  const index = value as PageIndex | undefined;
  return index?.format === PAGE_SHARDS_FORMAT ? index : null;
}

function summarise(marks: Mark[]): PageSummary['entities'] {
  const byId = new Map<string, PageSummary['entities'][number]>();
  for (const m of marks) {
    const e = byId.get(m.id);
    const name = readableText(m.surface);
    if (!e) byId.set(m.id, { id: m.id, type: m.type, name, count: 1 });
    else {
      e.count++;
      if (name.length > e.name.length) e.name = name;
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count);
}
