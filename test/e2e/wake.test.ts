// A service worker stopped by the browser (MV3 stops it when idle) and woken by a click on a name: the
// card opens from what the worker stored (the statistics of the library), as before the stop. Chromium
// only: the worker is stopped through CDP's ServiceWorker domain.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ChromiumBrowser,
  type StaticServer,
  clickHighlight,
  launchBrowser,
  startStaticServer,
  waitForHighlights,
  waitForMatcherPack,
} from './harness';

let server: StaticServer;
let browser: ChromiumBrowser;
beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
  await waitForMatcherPack(browser);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the worker has stored the statistics a woken worker answers cards from. */
async function statsStored(): Promise<boolean> {
  return browser.serviceWorker!.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('context-lens');
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('statsStamp');
          get.onsuccess = () => resolve(get.result !== undefined);
          get.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
  );
}

describe('chromium', () => {
  test('after the service worker is stopped, a click on a name opens its card with its passages', async () => {
    const deadline = Date.now() + 30_000;
    while (!(await statsStored())) {
      if (Date.now() > deadline) throw new Error('the statistics were never stored');
      await new Promise((r) => setTimeout(r, 250));
    }
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en-tokayev-baku.html`);
    await waitForHighlights(page, 'Kassym-Jomart Tokayev');
    await clickHighlight(page, 'Tokayev');
    const dialog = page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' });
    await dialog.waitFor({ timeout: 10_000 });
    const before = await dialog.textContent();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });

    const cdp = await browser.context.newCDPSession(browser.context.pages()[0]);
    const stopped = new Promise<void>((resolve) => browser.serviceWorker!.once('close', () => resolve()));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;

    const started = Date.now();
    await clickHighlight(page, 'Tokayev');
    await dialog.waitFor({ timeout: 10_000 });
    console.log(`card after a wake-up: ${Date.now() - started} ms (click to dialog, seed library)`);
    expect(await dialog.textContent()).toBe(before);
  }, 120_000);
});
