// The Firefox driver: Puppeteer over WebDriver BiDi, the MV2 build installed as a temporary add-on, an
// extension tab as the extension context (BiDi does not reach the background page).
import puppeteer, { type Browser as PuppeteerBrowser, type JSHandle, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firefoxEvaluateWithRoots } from './closed-roots';
import { createLocator, type LocatorHost } from './locator';
import { hostOf, isLocal, splitKeys, startSinkProxy } from './sink-proxy';
import type { PageFunction, TestBrowser, TestPage } from './types';

/** Hosts Firefox itself contacts (add-on and certificate checks, telemetry, captive portal), forgiven in the proxy's log only. */
const BROWSER_INFRASTRUCTURE =
  /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net|digicert\.com|services\.mozilla\.com)$/;

export interface FirefoxBrowser extends TestBrowser {
  native: PuppeteerBrowser;
}

export async function launchFirefox(options: {
  executablePath: string;
  extensionDir: string | null;
  /** Extra environment for Firefox (the bench starts Gecko's profiler with it). */
  env?: Record<string, string>;
}): Promise<FirefoxBrowser> {
  const { executablePath, extensionDir } = options;
  if (!existsSync(executablePath))
    throw new Error(
      `Firefox not found at ${executablePath} (set FIREFOX_PATH; .ci/run installs firefox-esr).`,
    );
  const addonId = extensionDir ? geckoId(extensionDir) : null;
  // Firefox gives each add-on a random internal UUID (its moz-extension:// host). The profile's pref that
  // records those UUIDs is set before the install, so the harness knows the origin of the extension's pages;
  // a web page can read neither the pref nor the UUID.
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'context-lens-downloads-'));
  const proxy = await startSinkProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    defaultViewport: { width: 1280, height: 900 },
    // Lets BiDi navigate a tab to a moz-extension:// page (popup.html, library.html); the pages themselves
    // run with their ordinary extension privileges.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(addonId ? { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) } : {}),
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/plain,application/octet-stream',
    },
  });
  if (extensionDir) {
    try {
      await browser.installExtension(extensionDir);
    } catch (error) {
      await browser.close();
      await proxy.close();
      throw new Error(`Firefox refused the add-on in ${extensionDir}: ${String(error)}`);
    }
  }
  const origin = extensionDir ? `moz-extension://${uuid}` : null;
  const requests: string[] = [];
  // Tabs the test holds already (and the extension tab): waitForPage looks only at the others.
  const handedOut = new WeakSet<Page>();
  const track = (page: Page) => {
    if (handedOut.has(page)) return;
    handedOut.add(page);
    page.on('request', (r) => void requests.push(r.url()));
  };

  let extensionPage: Promise<TestPage> | null = null;
  const extensionContext = () =>
    (extensionPage ??= (async () => {
      const tab = await browser.newPage();
      handedOut.add(tab);
      const page = wrapPage(tab, downloads);
      await page.goto(`${origin}/popup.html`);
      return page;
    })());

  // Opened first, so that the tabs the tests open later are in front of it (the popup reads the active tab).
  if (origin) await extensionContext();

  return {
    name: 'firefox',
    native: browser,
    extensionId: extensionDir ? uuid : null,
    extensionOrigin: origin,
    requests,
    async newPage() {
      const page = await browser.newPage();
      track(page);
      return wrapPage(page, downloads);
    },
    async waitForPage(predicate, timeoutMs = 10_000) {
      // Puppeteer's record of a tab's URL lags behind a switch to the extension's process: ask the tab.
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          if (handedOut.has(page)) continue;
          const href = await withTimeout(
            page.evaluate(() => location.href),
            1_000,
          ).catch(() => null);
          if (href && predicate(href)) {
            track(page);
            const wrapped = wrapPage(page, downloads, href);
            await waitForLoad(wrapped, timeoutMs);
            return wrapped;
          }
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`No new tab matching the predicate opened within ${timeoutMs} ms`);
    },
    async tabUrls() {
      // As waitForPage: a tab that switched to the extension's process is asked for its URL.
      const pages = await browser.pages();
      return Promise.all(
        pages.map((p) =>
          withTimeout(
            p.evaluate(() => location.href),
            1_000,
          ).catch(() => p.url()),
        ),
      );
    },
    async evaluateInExtension<R, A>(fn: PageFunction<A, R>, arg?: A): Promise<R> {
      if (!origin) throw new Error('evaluateInExtension: launched without the extension');
      return (await extensionContext()).evaluate(fn, arg);
    },
    offMachineRequests() {
      const seen = requests.filter((url) => !isLocal(url));
      const refused = proxy.attempts.filter((a) => !BROWSER_INFRASTRUCTURE.test(hostOf(a)));
      return [...seen, ...refused.map((a) => `proxy: ${a}`)];
    },
    async close() {
      await browser.close();
      await proxy.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string')
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, fail) => setTimeout(() => fail(new Error(`timed out after ${ms} ms`)), ms)),
  ]);
}

async function waitForLoad(page: TestPage, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await withTimeout(
      page.evaluate(() => document.readyState),
      1_000,
    ).catch(() => null);
    if (state === 'complete') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${page.url()} did not load within ${timeoutMs} ms`);
}

function wrapPage(page: Page, downloads: string, knownUrl?: string): TestPage & { native: Page } {
  let url = knownUrl ?? page.url();
  const host: LocatorHost = {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    evaluateWithRoots: (fn, arg) => firefoxEvaluateWithRoots(page, fn, arg),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async setFiles(find, arg, paths) {
      const handle = ((await page.evaluateHandle(find as never, arg as never)) as JSHandle).asElement();
      if (!handle) throw new Error('setInputFiles: no such input');
      await (handle as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...paths);
    },
  };
  const root = createLocator(host);
  const wrapped: TestPage & { native: Page } = {
    browserName: 'firefox',
    native: page,
    evaluate: host.evaluate,
    async goto(target, { timeout = 30_000 } = {}) {
      if (target.startsWith('moz-extension:')) {
        // A navigation into the extension's process is not followed by Puppeteer's load wait: navigate
        // without waiting, then wait for the extension page's own document.
        const frame = page.mainFrame() as unknown as {
          browsingContext: { navigate(url: string, wait: 'none'): Promise<void> };
        };
        await frame.browsingContext.navigate(target, 'none');
        const deadline = Date.now() + timeout;
        for (;;) {
          const at = await withTimeout(
            page.evaluate(() => (document.readyState === 'complete' ? location.href : null)),
            1_000,
          ).catch(() => null);
          if (at && at.split('#')[0] === target.split('#')[0]) break;
          if (Date.now() > deadline) throw new Error(`${target} did not load within ${timeout} ms`);
          await new Promise((r) => setTimeout(r, 100));
        }
      } else {
        await page.goto(target, { timeout, waitUntil: 'load' });
      }
      url = target;
    },
    url: () => {
      const known = page.url();
      return known === 'about:blank' ? url : known;
    },
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    waitForTimeout: (ms) => new Promise((r) => setTimeout(r, ms)),
    viewportSize: () => page.viewport() ?? { width: 1280, height: 900 },
    frame(pattern) {
      const frame = page.frames().find((f) => pattern.test(f.url()));
      return frame
        ? {
            url: () => frame.url(),
            evaluate: (fn, arg) => frame.evaluate(fn as never, arg as never),
          }
        : null;
    },
    mouse: {
      click: (x, y) => page.mouse.click(x, y),
      dblclick: (x, y) => page.mouse.click(x, y, { count: 2 }),
      move: (x, y) => page.mouse.move(x, y),
    },
    keyboard: {
      async press(keys) {
        const { modifiers, key } = splitKeys(keys);
        type Key = Parameters<Page['keyboard']['press']>[0];
        for (const m of modifiers) await page.keyboard.down(m as Key);
        await page.keyboard.press(key as Key);
        for (const m of modifiers.reverse()) await page.keyboard.up(m as Key);
      },
    },
    getByRole: root.getByRole,
    getByText: root.getByText,
    getByLabel: root.getByLabel,
    locator: root.locator,
    async download(action, timeoutMs = 15_000) {
      const before = new Set(readdirSync(downloads));
      await action();
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const done = readdirSync(downloads).filter(
          (f) => !before.has(f) && !f.endsWith('.part') && statSync(join(downloads, f)).size > 0,
        );
        // A finished download has no .part sibling left.
        const finished = done.find((f) => !existsSync(join(downloads, `${f}.part`)));
        if (finished) return join(downloads, finished);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`No download finished in ${downloads} within ${timeoutMs} ms`);
    },
    acceptDialogs() {
      page.on('dialog', (dialog) => void dialog.accept());
    },
    onPageError(listener) {
      page.on('pageerror', (e) =>
        listener(e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e)),
      );
    },
  };
  return wrapped;
}
