// The annotation engine on harder pages: names across inline elements, block boundaries, pages that
// re-render and navigate, shadow roots, iframes, a 1 MB page, and the site switch.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type TestBrowser,
  type BrowserName,
  type ChromiumBrowser,
  type StaticServer,
  type TestPage,
  BROWSERS,
  clickHighlight,
  highlightsWithin,
  launchBrowser,
  readExtensionStorage,
  readHighlights,
  staleHighlights,
  writeExtensionStorage,
  startStaticServer,
  waitForHighlights,
} from './harness';
import { generateLongPage } from '../../bench/generate-page';
import { scriptCost } from '../../bench/profile';
import { recordPage } from '../../bench/trace';

/** How a reader sees a highlighted name: whitespace of any kind as one space, soft hyphens invisible. */
function asRead(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
  server.put('/generated-1mb.html', generateLongPage());
});
afterAll(async () => {
  await server?.close();
});

async function readInside(page: TestPage, selector: string): Promise<string[]> {
  return (await highlightsWithin(page, selector)).map((h) => asRead(h.text));
}

describe.each(BROWSERS)('%s', (browserName: BrowserName) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ browser: browserName });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('names that cross inline elements, line breaks, non-breaking spaces and soft hyphens are highlighted whole', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/split-names.html`);
    await waitForHighlights(page, 'Ilham Aliyev');

    expect(await readInside(page, '#case-bold')).toEqual(['Ilham Aliyev']);
    expect(await readInside(page, '#case-link')).toContain('Kassym-Jomart Tokayev');
    expect(await readInside(page, '#case-linebreak')).toEqual(['Kassym-Jomart Tokayev']);
    expect(await readInside(page, '#case-nbsp')).toEqual(['Ilham Aliyev']);
    expect(await readInside(page, '#case-shy')).toContain('Tokayev');
    await page.close();
  });

  test('list items and table cells separate words: no name is made of two blocks', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/split-names.html`);
    await waitForHighlights(page, 'Ilham Aliyev');
    for (const h of await readInside(page, '#case-blocks')) expect(h).not.toMatch(/Ilham.*Aliyev/s);
    for (const h of await readInside(page, '#case-cells')) expect(h).not.toMatch(/Turkic.*States/s);
    await page.close();
  });

  type PageChange = 'render' | 'post' | 'navigate';

  /**
   * Makes the page change itself, then tells whether `text` is highlighted on a connected range when the
   * page's own `deadline` timer runs, and the wall-clock delay until it first was (null: not within 3 s).
   * The page's timer shares the main thread with the content script, so a host that stalls the renderer
   * delays both alike: the verdict is about what the extension schedules, not about how busy this machine is.
   */
  async function highlightedInTime(
    page: TestPage,
    change: PageChange,
    text: string,
    deadline = 300,
  ): Promise<{ inTime: boolean; delay: number | null }> {
    return page.evaluate(
      ({ change, text, deadline }) =>
        new Promise<{ inTime: boolean; delay: number | null }>((resolve) => {
          const isHighlighted = () => {
            for (const [name, highlight] of CSS.highlights) {
              if (!name.startsWith('ctx-') || name === 'ctx-active') continue;
              for (const r of highlight as unknown as Iterable<AbstractRange>) {
                if (!r.startContainer.isConnected) continue;
                const live = new Range();
                live.setStart(r.startContainer, r.startOffset);
                live.setEnd(r.endContainer, r.endOffset);
                if (live.toString() === text) return true;
              }
            }
            return false;
          };
          const page = window as unknown as { renderTicker(): void; appendPost(t: string): void };
          const start = performance.now();
          if (change === 'render') page.renderTicker();
          else if (change === 'post') page.appendPost('Ilham Aliyev has just arrived at the summit.');
          else document.getElementById('next')!.click();
          let delay: number | null = null;
          let inTime: boolean | null = null;
          // Polls until the deadline has given its verdict and the delay is known (or 3 s have gone by).
          const poll = () => {
            if (delay === null && isHighlighted()) delay = performance.now() - start;
            if (inTime !== null && (delay !== null || performance.now() - start >= 3_000))
              return resolve({ inTime, delay });
            setTimeout(poll, 5);
          };
          setTimeout(() => (inTime = isHighlighted()), deadline);
          poll();
        }),
      { change, text, deadline },
    );
  }

  test('a page that re-renders, appends and navigates: highlights follow within 300 ms and the page sees no foreign change', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.onPageError((e) => errors.push(e));
    await page.goto(`${server.origin}/dynamic.html`);
    await waitForHighlights(page, 'Kassym-Jomart Tokayev');

    for (let i = 0; i < 5; i++) {
      const render = await highlightedInTime(page, 'render', 'Kassym-Jomart Tokayev');
      expect(
        render.inTime,
        `re-render ${i + 1}: highlighted by the page's own 300 ms timer (wall clock: ${render.delay} ms)`,
      ).toBe(true);
    }

    const post = await highlightedInTime(page, 'post', 'Ilham Aliyev');
    expect(
      post.inTime,
      `the appended post: highlighted by the page's own 300 ms timer (wall clock: ${post.delay} ms)`,
    ).toBe(true);

    const navigation = await highlightedInTime(page, 'navigate', 'CICA');
    expect(await page.evaluate(() => location.pathname)).toBe('/dynamic/next-story');
    expect(
      navigation.inTime,
      `the view after pushState: highlighted by the page's own 300 ms timer (wall clock: ${navigation.delay} ms)`,
    ).toBe(true);
    await page.waitForTimeout(300);
    expect(await staleHighlights(page), 'ranges left on removed nodes').toBe(0);

    const state = await page.evaluate(
      () => (window as unknown as { pageState: Record<string, number> }).pageState,
    );
    expect(state.observedMutations, "mutations the page's own observer saw, beyond its own").toBe(
      state.ownMutations,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page that is empty at load and renders its article later is highlighted once the text arrives', async () => {
    // Like a client-rendered app: nothing in <body> when the content script starts; the article comes later.
    server.put(
      '/late-render.html',
      `<!doctype html><html lang="en"><head><title>Late</title><script>
      addEventListener('load', () => setTimeout(() => {
        document.getElementById('root').innerHTML =
          '<article><h1>Summit</h1><p>Kassym-Jomart Tokayev met Ilham Aliyev in Astana.</p></article>';
      }, 1500));
    </script></head><body><div id="root"></div></body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(`${server.origin}/late-render.html`);
    await page.waitForTimeout(1000);
    expect(await readHighlights(page), 'nothing to highlight before the article arrives').toEqual([]);
    await waitForHighlights(page, 'Ilham Aliyev');
    expect((await readHighlights(page)).map((h) => h.text).sort()).toEqual([
      'Astana',
      'Ilham Aliyev',
      'Kassym-Jomart Tokayev',
    ]);
    await page.close();
  });

  test('names inside an open shadow root and a same-origin iframe are highlighted, and a click in the shadow root opens the card', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/shadow-iframe.html`);
    await waitForHighlights(page, 'Ilham Aliyev');
    const frame = page.frame(/iframe-child\.html$/);
    expect(frame, 'the iframe loaded').not.toBeNull();
    await waitForHighlights(frame!, 'Kassym-Jomart Tokayev');
    expect((await readHighlights(frame!)).map((h) => h.text)).toContain('Middle Corridor');
    // A click on the name in the shadow root opens its card (the hit test looks into open shadow roots:
    // caretPositionFromPoint with shadowRoots in both browsers).
    await clickHighlight(page, 'Ilham Aliyev');
    await page.getByRole('dialog', { name: 'Ilham Aliyev' }).waitFor({ timeout: 10_000 });
    await page.close();
  });

  // One retry: once in about two dozen fresh loads here, one task measured ~100 ms of CPU (not a stall of the
  // host, which the profile reading leaves out). Its cause was not caught; a garbage collection of the page's
  // heap starting inside one of the extension's tasks would be charged to it. Unsliced work fails both tries.
  // Chromium only: the task and CPU profile come from CDP tracing (bench/trace.ts); Firefox's profiler is not
  // reachable over BiDi.
  test.skipIf(browserName !== 'chromium')(
    'on a 1 MB page no task of the extension runs longer than 50 ms, and its names are highlighted',
    { retry: 1 },
    async () => {
      const chromiumBrowser = browser as ChromiumBrowser;
      const page = await browser.newPage();
      await page.goto(`${server.origin}/iframe-child.html`);
      const cdp = await chromiumBrowser.context.newCDPSession((page as TestPage & { native: Page }).native);
      const stop = await recordPage(cdp);
      await page.goto(`${server.origin}/generated-1mb.html`);
      await waitForHighlights(page, 'Kassym-Jomart Tokayev', 30_000);
      let count = 0;
      for (let stable = 0; stable < 5;) {
        await page.waitForTimeout(200);
        const next = (await readHighlights(page)).length;
        stable = next === count ? stable + 1 : 0;
        count = next;
      }
      const { profile, tasks } = await stop();
      const cost = scriptCost(profile, `chrome-extension://${browser.extensionId}/`, tasks);
      expect(cost.frames, 'the content script appears in the page profile').toBeGreaterThan(0);
      expect(cost.inTasks, "share of the content script's samples inside traced tasks").toBeGreaterThan(0.9);
      expect(count).toBeGreaterThan(1_000);
      expect(
        cost.longestMs,
        `longest extension task (total ${cost.totalMs.toFixed(0)} ms)`,
      ).toBeLessThanOrEqual(50);
      await page.close();
    },
  );

  // Firefox gives a frame no location.ancestorOrigins: the frame must still know the tab's site.
  test('turning a site off turns it off in its cross-origin frames too', async () => {
    const framed = `${server.origin.replace('127.0.0.1', 'localhost')}/iframe-child.html`;
    server.put(
      '/cross-origin-frame.html',
      `<!doctype html><html lang="en"><head><title>Framed</title></head><body>
        <p>Ilham Aliyev spoke in Baku.</p><iframe src="${framed}" width="600" height="300"></iframe></body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(`${server.origin}/cross-origin-frame.html`);
    await waitForHighlights(page, 'Ilham Aliyev');
    const frame = page.frame(/localhost:\d+\/iframe-child\.html$/);
    expect(frame, 'the cross-origin frame loaded').not.toBeNull();
    await waitForHighlights(frame!, 'Kassym-Jomart Tokayev');

    const current = ((await readExtensionStorage(browser, 'settings')) ?? {}) as Record<string, unknown>;
    await writeExtensionStorage(browser, { settings: { ...current, disabledSites: ['127.0.0.1'] } });
    await expect.poll(async () => (await readHighlights(page)).length, { timeout: 5_000 }).toBe(0);
    await expect
      .poll(async () => (await readHighlights(frame!)).length, {
        timeout: 5_000,
        message: "highlights in the frame once the tab's site is off",
      })
      .toBe(0);
    await writeExtensionStorage(browser, { settings: { ...current, disabledSites: [] } });
    await waitForHighlights(frame!, 'Kassym-Jomart Tokayev');
    await page.close();
  });

  test('turning a site off, or pausing everywhere, removes the highlights without a reload, and turning it on restores them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en-tokayev-baku.html`);
    await waitForHighlights(page, 'Kassym-Jomart Tokayev');
    const before = (await readHighlights(page)).length;
    const host = new URL(server.origin);

    const setSettings = async (patch: Record<string, unknown>) => {
      const current = ((await readExtensionStorage(browser, 'settings')) ?? {}) as Record<string, unknown>;
      await writeExtensionStorage(browser, { settings: { ...current, ...patch } });
    };
    const waitForCount = async (predicate: (n: number) => boolean) => {
      for (let i = 0; i < 50; i++) {
        if (predicate((await readHighlights(page)).length)) return true;
        await page.waitForTimeout(100);
      }
      return false;
    };

    await setSettings({ disabledSites: [host.hostname, host.host] });
    expect(await waitForCount((n) => n === 0), 'highlights gone once the site is off').toBe(true);
    await setSettings({ disabledSites: [] });
    expect(await waitForCount((n) => n === before), 'highlights back once the site is on').toBe(true);

    await setSettings({ paused: true });
    expect(await waitForCount((n) => n === 0), 'highlights gone when paused').toBe(true);
    await setSettings({ paused: false });
    expect(await waitForCount((n) => n === before), 'highlights back when resumed').toBe(true);
    await page.close();
  });
});
