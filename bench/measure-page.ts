// One fresh load of a page in a browser with one extension loaded (Context Lens or the reference), with
// the CPU profile and the trace of the page's renderer: the extension's CPU, its longest task, the
// highlights it painted, when the first appeared, and the frame's JS heap once it is done.
import type { Browser, StaticServer } from '../test/e2e/harness';
import { scriptCost } from './profile';
import { recordPage } from './trace';

export interface PageSample {
  /** The extension's CPU time in the page, ms (null: the profile never saw its script). */
  cpuMs: number | null;
  longestMs: number | null;
  highlights: number;
  /**
   * ms from the moment the page was ready for the extension to the first frame that showed a highlight
   * (null: none). Ready is when Chromium starts document_idle scripts: the load event, or 200 ms after
   * DOMContentLoaded when the load event comes later (a saved page whose subresources never load).
   */
  firstHighlightMs: number | null;
  /** The page's JS heap (the isolate the content script shares with the page) after a collection, bytes. */
  heapBytes: number;
}

/**
 * Main-world script given to every page: notes the first animation frame at which a highlight of ours is
 * registered (CSS.highlights is one registry per document, shared by the page and the content script).
 */
export const FIRST_HIGHLIGHT_PROBE = `(() => {
  globalThis.__name = (f) => f;
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  const started = performance.now();
  const look = () => {
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('ctx-') && name !== 'ctx-active' && h.size) {
        globalThis.__firstHighlight = performance.now();
        return;
      }
    if (performance.now() - started < 20000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** Chromium runs document_idle scripts at the load event or this long after DOMContentLoaded, if sooner. */
const IDLE_AFTER_DCL_MS = 200;

/** A page of either driver: Playwright's, or the Firefox harness's. */
interface BenchPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
}

async function highlightCount(page: BenchPage): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    // forEach rather than an iterator: Firefox's wrappers of the registry do not carry one everywhere.
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('ctx-') && name !== 'ctx-active') n += h.size;
    });
    return n;
  }, undefined);
}

/** Waits until the highlights stop changing (at least 1.5 s after load): the extension is done. */
export async function settle(page: BenchPage): Promise<number> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - start < 20_000) {
    const count = await highlightCount(page);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 1_000 && Date.now() - start >= 1_500) {
      break;
    }
    await page.waitForTimeout(200);
  }
  return last;
}

/** ms from when the page was ready for a document_idle script to the first frame showing a highlight. */
export async function firstHighlightAfterReady(page: BenchPage): Promise<number | null> {
  return page.evaluate((idleAfterDcl) => {
    const at = (globalThis as { __firstHighlight?: number }).__firstHighlight;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (at === undefined || !nav) return null;
    const ready = Math.min(nav.loadEventEnd || Infinity, nav.domContentLoadedEventEnd + idleAfterDcl);
    return Math.max(0, at - ready);
  }, IDLE_AFTER_DCL_MS);
}

export async function measurePage(browser: Browser, server: StaticServer, path: string): Promise<PageSample> {
  const page = await browser.context.newPage();
  // Start on the same origin so that the profiled renderer is the one that loads the page.
  await page.goto(`${server.origin}/bench-blank.html`);
  const cdp = await browser.context.newCDPSession(page);
  const stop = await recordPage(cdp);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  const highlights = await settle(page);
  const { profile, tasks } = await stop();
  const cost = scriptCost(profile, `chrome-extension://${browser.extensionId}/`, tasks);
  if (cost.frames && cost.inTasks < 0.9) {
    console.warn(
      `bench: ${path}: only ${(cost.inTasks * 100).toFixed(0)}% of the extension's samples fall in traced tasks`,
    );
  }
  const firstHighlightMs = await firstHighlightAfterReady(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  await page.close();
  return {
    cpuMs: cost.frames ? cost.totalMs : null,
    longestMs: cost.frames ? cost.longestMs : null,
    highlights,
    firstHighlightMs,
    heapBytes: usedSize,
  };
}

/** The size of a page's reading text (scripts and styles excluded), in characters. */
export async function textSize(browser: Browser, server: StaticServer, path: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  const chars = await page.evaluate(() => {
    let count = 0;
    const reading = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = reading.nextNode(); n; n = reading.nextNode()) {
      if (!n.parentElement?.closest('script, style, noscript, template')) count += (n as Text).data.length;
    }
    return count;
  });
  await page.close();
  return chars;
}
