// An old content script cleans up after itself: when the extension is reloaded (as on an update, or when it
// is disabled) the pages it ran in lose its highlights, host element, styles and observers within a second;
// and the caches of a long-lived page keep nothing the page has dropped.
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type BrowserName,
  type StaticServer,
  type TestBrowser,
  type TestPage,
  BROWSERS,
  clickHighlight,
  launchBrowser,
  readHighlights,
  startStaticServer,
  waitForHighlights,
  waitForMatcherPack,
} from './harness';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
  server.put(
    '/components.html',
    `<!doctype html><html lang="en"><body>
      <p>President Kassym-Jomart Tokayev spoke about the Middle Corridor.</p>
      <div id="box"></div>
      <script>
        customElements.define('news-card', class extends HTMLElement {
          connectedCallback() {
            if (this.shadowRoot) return;
            this.attachShadow({ mode: 'open' }).innerHTML = '<p>Ilham Aliyev met Kassym-Jomart Tokayev in Baku.</p>';
          }
        });
      </script></body></html>`,
  );
});
afterAll(async () => {
  await server?.close();
});

/** What the extension left in the page: painted ranges, its host element, adopted sheets. */
function traces(page: TestPage) {
  return page.evaluate(() => {
    let ranges = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('ctx-')) ranges += h.size;
    return {
      ranges,
      host: document.querySelector('context-lens-ui') !== null,
      sheets: document.adoptedStyleSheets.length,
    };
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) return Infinity;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - start;
}

describe.each(BROWSERS)('%s', (browserName: BrowserName) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ browser: browserName });
    await waitForMatcherPack(browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  // Chromium only: the count of live objects comes from CDP's Runtime.queryObjects in the extension's world.
  test.skipIf(browserName !== 'chromium')(
    'a page that creates and drops 1,000 web components with names in them leaves none in the extension’s world',
    async () => {
      const page = (await browser.newPage()) as TestPage & { native: PlaywrightPage };
      const contexts: { id: number; name: string; type: string }[] = [];
      const cdp = await page.native.context().newCDPSession(page.native);
      cdp.on('Runtime.executionContextCreated', (e) =>
        contexts.push({ id: e.context.id, name: e.context.name, type: String(e.context.auxData?.type) }),
      );
      await cdp.send('Runtime.enable');
      await page.goto(`${server.origin}/components.html`);
      await waitForHighlights(page, 'Kassym-Jomart Tokayev');
      for (let round = 0; round < 10; round++) {
        await page.evaluate(() => {
          const box = document.getElementById('box')!;
          for (let i = 0; i < 100; i++) box.appendChild(document.createElement('news-card'));
        });
        await waitForHighlights(page, 'Ilham Aliyev');
        await page.evaluate(() => document.getElementById('box')!.replaceChildren());
        await page.waitForTimeout(250);
      }
      // The reader clicks a name after the components are gone: hit-testing asks for the open roots.
      await clickHighlight(page, 'Kassym-Jomart Tokayev');
      await page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' }).waitFor({ timeout: 10_000 });
      const world = contexts.find((c) => c.type === 'isolated' && !c.name.startsWith('__playwright'));
      expect(world, `the extension's world among ${JSON.stringify(contexts)}`).toBeDefined();
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const proto = await cdp.send('Runtime.evaluate', {
        expression: 'ShadowRoot.prototype',
        contextId: world!.id,
      });
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
      const count = await cdp.send('Runtime.callFunctionOn', {
        objectId: found.objects.objectId!,
        functionDeclaration: 'function () { return this.filter((r) => !r.host.isConnected).length; }',
        returnByValue: true,
      });
      expect(count.result.value, 'detached shadow roots the extension keeps').toBe(0);
      await page.close();
    },
  );

  // Last: it reloads the extension, after which this browser's extension context is gone.
  test('reloading the extension removes the old content script’s highlights, host element and styles within a second, and it stops following the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en-tokayev-baku.html`);
    await waitForHighlights(page, 'Kassym-Jomart Tokayev');
    await clickHighlight(page, 'Tokayev');
    await page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' }).waitFor({ timeout: 10_000 });
    const before = await traces(page);
    expect(before.ranges).toBeGreaterThan(0);
    expect(before.host).toBe(true);

    // The extension reloads itself (what an update or a disable does to the pages it ran in).
    void browser
      .evaluateInExtension(() => {
        const g = globalThis as unknown as {
          browser?: { runtime: { reload(): void } };
          chrome: { runtime: { reload(): void } };
        };
        setTimeout(() => (g.browser ?? g.chrome).runtime.reload(), 50);
      })
      .catch(() => undefined);
    // Chromium leaves the tab without a content script; Firefox injects the new version, which paints again
    // with one sheet of its own (and opens no card until asked).
    const reinjected = browserName === 'firefox';
    const elapsed = await waitUntil(async () => {
      const t = await traces(page);
      return !t.host && t.sheets === (reinjected ? 1 : 0) && (reinjected || t.ranges === 0);
    }, 4_000);
    // Firefox's old script cannot run once its add-on is unloaded: the traces go when the new version starts,
    // which waits for the add-on's restart (1.3–1.7 s here), so there the bound is the restart's.
    const bound = reinjected ? 3_000 : 1_200;
    expect(
      elapsed,
      `ms until the old script's traces were gone: ${JSON.stringify(await traces(page))}`,
    ).toBeLessThanOrEqual(bound);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Ilham Aliyev and Kassym-Jomart Tokayev met again.';
      document.body.appendChild(p);
    });
    await page.waitForTimeout(1_000);
    const painted = (await readHighlights(page)).map((h) => h.text);
    if (reinjected) expect(painted, 'the new script follows the page').toContain('Ilham Aliyev');
    else expect(painted, 'highlights painted after the reload').toEqual([]);
    await page.close();
  });
});
