// The Chromium driver: Playwright over CDP, the extension loaded from its folder, its service worker as the
// extension context.
import {
  chromium,
  type BrowserContext,
  type ElementHandle,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumEvaluateWithRoots } from './closed-roots';
import { createLocator, type LocatorHost } from './locator';
import { hostOf, isLocal, startSinkProxy } from './sink-proxy';
import type { PageFunction, TestBrowser, TestPage } from './types';

/**
 * Google hosts Chromium itself contacts (clock, component updates, account check, autofill), whatever the
 * extension does. Forgiven only in the proxy's log: a request the network layer attributes to a page, a worker
 * or the extension (`requests`) is never forgiven.
 */
const BROWSER_INFRASTRUCTURE = /(^|\.)(google\.com|googleapis\.com|gvt1\.com)$/;

export interface ChromiumBrowser extends TestBrowser {
  context: BrowserContext;
  serviceWorker: Worker | null;
}

export async function launchChromium(options: {
  executablePath: string;
  extensionDir: string | null;
}): Promise<ChromiumBrowser> {
  const { executablePath, extensionDir } = options;
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath} (set CHROMIUM_PATH).`);
  const proxy = await startSinkProxy();
  const profile = mkdtempSync(join(tmpdir(), 'context-lens-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter',
    `--proxy-server=http://127.0.0.1:${proxy.port}`,
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
  ];
  // headless: true is Chromium's new headless mode, which runs extensions and their service workers.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  const requests: string[] = [];
  context.on('request', (r: Request) => requests.push(r.url()));

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (extensionDir) {
    serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context
        .waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith('chrome-extension://'),
          timeout: 20_000,
        })
        .catch(async (error) => {
          await context.close();
          await proxy.close();
          throw new Error(
            `The extension's service worker did not start within 20 s: Chromium refused the build in ${extensionDir} or background.js threw at start (${error})`,
          );
        }));
    extensionId = new URL(serviceWorker.url()).host;
  }

  // Tabs the test holds already: waitForPage looks only at the others (the ones a page or the extension opens).
  const handedOut = new WeakSet<Page>();

  return {
    name: 'chromium',
    context,
    extensionId,
    extensionOrigin: extensionId ? `chrome-extension://${extensionId}` : null,
    serviceWorker,
    requests,
    async newPage() {
      const page = await context.newPage();
      handedOut.add(page);
      return wrapPage(page);
    },
    async waitForPage(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const page = context.pages().find((p) => !handedOut.has(p) && predicate(p.url()));
        if (page) {
          handedOut.add(page);
          await page.waitForLoadState('load', { timeout: timeoutMs });
          return wrapPage(page);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`No new tab matching the predicate opened within ${timeoutMs} ms`);
    },
    tabUrls: () => Promise.resolve(context.pages().map((p) => p.url())),
    evaluateInExtension<R, A>(fn: PageFunction<A, R>, arg?: A): Promise<R> {
      if (!serviceWorker) throw new Error('evaluateInExtension: launched without the extension');
      return serviceWorker.evaluate<R, never>(fn as never, arg as never);
    },
    offMachineRequests() {
      const seen = requests.filter((url) => !isLocal(url));
      const refused = proxy.attempts.filter((a) => !BROWSER_INFRASTRUCTURE.test(hostOf(a)));
      return [...seen, ...refused.map((a) => `proxy: ${a}`)];
    },
    async close() {
      await context.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A Playwright page behind the driver interface; `native` keeps CDP within reach of Chromium-only tests. */
function wrapPage(page: Page): TestPage & { native: Page } {
  const host: LocatorHost = {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    evaluateWithRoots: (fn, arg) => chromiumEvaluateWithRoots(page, fn, arg),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async setFiles(find, arg, paths) {
      const handle = (
        await page.evaluateHandle(find as never, arg as never)
      ).asElement() as ElementHandle | null;
      if (!handle) throw new Error('setInputFiles: no such input');
      await handle.setInputFiles(paths);
    },
  };
  const root = createLocator(host);
  return {
    browserName: 'chromium',
    native: page,
    evaluate: host.evaluate,
    async goto(url, { timeout } = {}) {
      await page.goto(url, { timeout });
    },
    url: () => page.url(),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    waitForTimeout: (ms) => page.waitForTimeout(ms),
    viewportSize: () => page.viewportSize() ?? { width: 1280, height: 900 },
    frame(url) {
      const frame = page.frames().find((f) => url.test(f.url()));
      return frame
        ? { url: () => frame.url(), evaluate: (fn, arg) => frame.evaluate(fn as never, arg as never) }
        : null;
    },
    mouse: {
      click: (x, y) => page.mouse.click(x, y),
      dblclick: (x, y) => page.mouse.dblclick(x, y),
      move: (x, y) => page.mouse.move(x, y),
    },
    keyboard: { press: (keys) => page.keyboard.press(keys) },
    getByRole: root.getByRole,
    getByText: root.getByText,
    getByLabel: root.getByLabel,
    locator: root.locator,
    async download(action, timeoutMs = 15_000) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), action()]);
      return download.path();
    },
    acceptDialogs() {
      page.on('dialog', (dialog) => void dialog.accept());
    },
    onPageError(listener) {
      page.on('pageerror', (e) => listener(`${e.message}\n${e.stack ?? ''}`));
    },
  };
}
