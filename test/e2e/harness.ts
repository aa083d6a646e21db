// Runs the built extension in real headless Chromium against pages served from 127.0.0.1.
// Used by the end-to-end tests and by bench/run.ts.
import {
  chromium,
  type BrowserContext,
  type Frame,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** The built Chrome extension (CONTEXT_LENS_EXTENSION overrides it, e.g. to try the harness on another build). */
const EXTENSION_DIR = process.env.CONTEXT_LENS_EXTENSION ?? join(REPO_ROOT, '.output/chrome-mv3');
const FIXTURE_PAGES_DIR = join(REPO_ROOT, 'test/pages');
/** The saved real news pages; beside the repository (../shared/pages), absent on some machines. */
export const SHARED_PAGES_DIR =
  process.env.CONTEXT_LENS_SHARED_PAGES ?? resolve(REPO_ROOT, '../shared/pages');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function sharedPagesAvailable(): boolean {
  return existsSync(SHARED_PAGES_DIR);
}

// ---------------------------------------------------------------------------------------------------
// Static server

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Serve `body` at `path` from now on (generated pages). */
  put(path: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

/**
 * Serves `test/pages/` at `/` and the shared real pages at `/shared/`, on a random port of 127.0.0.1.
 */
export async function startStaticServer(): Promise<StaticServer> {
  const generated = new Map<string, { body: string; type: string }>();
  const mounts: [prefix: string, dir: string][] = [
    ['/shared/', SHARED_PAGES_DIR],
    ['/', FIXTURE_PAGES_DIR],
  ];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const made = generated.get(path);
    if (made) {
      res.writeHead(200, { 'content-type': made.type });
      res.end(made.body);
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await listen(server);
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    put(path, body, type = 'text/html; charset=utf-8') {
      generated.set(path, { body, type });
    },
    close: () => closeServer(server),
  };
}

// ---------------------------------------------------------------------------------------------------
// Off-machine traffic: Chromium's proxy points at a sink that records and refuses every request, so nothing
// leaves the machine and the tests see where the browser tried to go. Loopback bypasses proxies by default.

/**
 * Google hosts Chromium itself contacts (clock, component updates, account check, autofill), whatever the
 * extension does. Forgiven only in the proxy's log: a request the network layer attributes to a page, a worker
 * or the extension (`requests`) is never forgiven.
 */
const BROWSER_INFRASTRUCTURE = /(^|\.)(google\.com|googleapis\.com|gvt1\.com)$/;

interface SinkProxy {
  port: number;
  /** Every destination refused so far, as "host:port" or a URL. */
  attempts: string[];
  close(): Promise<void>;
}

async function startSinkProxy(): Promise<SinkProxy> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(req.url ?? '');
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(req.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await listen(server);
  return { port: (server.address() as AddressInfo).port, attempts, close: () => closeServer(server) };
}

/** "http://host/path" from a proxied request, "host:443" from a CONNECT. */
function hostOf(attempt: string): string {
  return /^[a-z]+:\/\//.test(attempt) ? new URL(attempt).hostname : attempt.replace(/:\d+$/, '');
}

// ---------------------------------------------------------------------------------------------------
// Browser

export interface Browser {
  context: BrowserContext;
  /** Present when launched with the extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** Every request seen by Chromium's network layer for pages, workers and the extension. */
  requests: string[];
  /** Requests that went neither to 127.0.0.1 nor to the extension itself (nor to data:/blob:). */
  offMachineRequests(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Load this unpacked extension instead of the build (the bench's reference extension). */
  extensionDir?: string;
}

function assertExtensionBuilt(dir = EXTENSION_DIR): void {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` before the end-to-end tests.`);
  }
  // Chromium silently refuses an extension whose manifest names a missing file: say which one.
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const named: string[] = [
    manifest.background?.service_worker,
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.options_page,
    ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[]; css?: string[] }) => [
      ...(c.js ?? []),
      ...(c.css ?? []),
    ]),
  ].filter((f): f is string => typeof f === 'string');
  const missing = named.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) {
    throw new Error(
      `The built manifest names files missing from ${dir}: ${missing.join(', ')}; Chromium would not load it.`,
    );
  }
}

export async function launchBrowser({
  extension = true,
  extensionDir = EXTENSION_DIR,
}: LaunchOptions = {}): Promise<Browser> {
  if (extension) assertExtensionBuilt(extensionDir);
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);
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
    ...(extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  // headless: true is Chromium's new headless mode, which runs extensions and their service workers.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  const requests: string[] = [];
  context.on('request', (r: Request) => requests.push(r.url()));

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (extension) {
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

  return {
    context,
    extensionId,
    serviceWorker,
    requests,
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

function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return u.hostname === '127.0.0.1';
}

/** A value of the extension's `browser.storage.local`, read through its service worker. */
export async function readExtensionStorage(browser: Browser, key: string): Promise<unknown> {
  if (!browser.serviceWorker) throw new Error('readExtensionStorage: launched without the extension');
  return browser.serviceWorker.evaluate(async (key) => {
    type StorageArea = { get(key: string): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome;
    return (await api.storage.local.get(key))[key];
  }, key);
}

/** Waits until the extension has published its matcher pack (the background's first start is done). */
export async function waitForMatcherPack(browser: Browser, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = Boolean(await readExtensionStorage(browser, 'matcherPack'));
    if (ready) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The extension published no matcherPack in browser.storage.local within ${timeoutMs} ms`);
}

// ---------------------------------------------------------------------------------------------------
// Page helpers

export interface HighlightedRange {
  /** The CSS.highlights entry: 'ctx-person', 'ctx-place'… */
  name: string;
  text: string;
}

/** Every range painted by the extension (CSS.highlights entries named ctx-<type>, ctx-active excluded). */
export async function readHighlights(page: Page | Frame): Promise<HighlightedRange[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ctx-') || name === 'ctx-active') continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push({ name, text: live.toString() });
      }
    }
    return out;
  });
}

/** Highlighted ranges that touch an element matching `selector` (scripts, editors, traps…). */
export async function highlightsWithin(page: Page | Frame, selector: string): Promise<HighlightedRange[]> {
  return page.evaluate((sel) => {
    const targets = [...document.querySelectorAll(sel)];
    const out: { name: string; text: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ctx-') || name === 'ctx-active') continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (targets.some((t) => live.intersectsNode(t))) out.push({ name, text: live.toString() });
      }
    }
    return out;
  }, selector);
}

export interface TextSpan {
  /** For a highlight, its CSS.highlights entry; for an occurrence, the name looked for. */
  name: string;
  text: string;
  /** UTF-16 offsets into the concatenation of the body's text nodes. */
  start: number;
  end: number;
}

/**
 * Where `names` occur in the body's reading text (case-sensitive, whole words, the longest when occurrences
 * overlap; none inside an element matching `exclude`), and where the highlights are, on one text axis.
 */
export async function locateSpans(
  page: Page,
  names: string[],
  exclude: string,
): Promise<{ occurrences: TextSpan[]; highlights: TextSpan[] }> {
  return page.evaluate(
    ({ names, exclude }) => {
      const nodes: Text[] = [];
      const starts: number[] = [];
      let text = '';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        starts.push(text.length);
        text += (n as Text).data;
      }
      const nodeAt = (offset: number): Text | undefined => {
        let i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return nodes[i];
      };
      const position = (container: Node, offset: number): number => {
        if (container.nodeType === Node.TEXT_NODE) {
          const i = nodes.indexOf(container as Text);
          if (i >= 0) return starts[i] + offset;
        }
        const point = new Range();
        point.setStart(container, offset);
        const i = nodes.findIndex((t) => point.comparePoint(t, 0) >= 0);
        return i < 0 ? text.length : starts[i];
      };

      const found: { name: string; text: string; start: number; end: number }[] = [];
      for (const name of names) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
        for (const m of text.matchAll(re)) {
          const node = nodeAt(m.index);
          if (node?.parentElement?.closest(exclude)) continue;
          found.push({ name, text: m[0], start: m.index, end: m.index + m[0].length });
        }
      }
      const occurrences = found.filter(
        (a) =>
          !found.some(
            (b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start,
          ),
      );

      const highlights: { name: string; text: string; start: number; end: number }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ctx-') || name === 'ctx-active') continue;
        for (const r of highlight as unknown as Iterable<AbstractRange>) {
          if (!document.body.contains(r.startContainer)) continue;
          const live = new Range();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          highlights.push({
            name,
            text: live.toString(),
            start: position(r.startContainer, r.startOffset),
            end: position(r.endContainer, r.endOffset),
          });
        }
      }
      return { occurrences, highlights };
    },
    { names, exclude },
  );
}

/** Waits until some highlighted range reads exactly `text`. */
export async function waitForHighlights(page: Page | Frame, text: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await readHighlights(page)).some((h) => h.text === text)) return;
    await page.waitForTimeout(100);
  }
  const seen = [...new Set((await readHighlights(page)).map((h) => h.text))];
  throw new Error(
    `No highlight reading "${text}" within ${timeoutMs} ms; highlighted: ${JSON.stringify(seen)}`,
  );
}

/**
 * The viewport rectangle of the first highlighted range reading exactly `text` (its first line box), after
 * scrolling it to the middle of the window when `scroll` is set.
 */
export async function highlightRect(
  page: Page,
  text: string,
  { scroll = false } = {},
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(
    ({ wanted, scroll }) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ctx-') || name === 'ctx-active') continue;
        for (const r of highlight as unknown as Iterable<AbstractRange>) {
          const live = new Range();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() !== wanted) continue;
          if (scroll)
            (live.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
          const rect = live.getClientRects()[0] ?? live.getBoundingClientRect();
          return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
        }
      }
      return null;
    },
    { wanted: text, scroll },
  );
}

/** Clicks the middle of the first highlighted range reading exactly `text`. */
export async function clickHighlight(page: Page, text: string): Promise<void> {
  const rect = await highlightRect(page, text, { scroll: true });
  if (!rect) throw new Error(`clickHighlight: no highlighted range reads "${text}"`);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

export function popupUrl(browser: Browser): string {
  if (!browser.extensionId) throw new Error('popupUrl: launched without the extension');
  return `chrome-extension://${browser.extensionId}/popup.html`;
}

/** Exceptions thrown in any of the page's worlds (the content script's isolated world included). */
export async function collectExceptions(page: Page): Promise<{ text: string; url: string }[]> {
  const found: { text: string; url: string }[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const frames = d.stackTrace?.callFrames ?? [];
    found.push({
      text: `${d.text} ${d.exception?.description ?? ''}`.trim(),
      url: d.url ?? frames.find((f) => f.url)?.url ?? '',
    });
  });
  await cdp.send('Runtime.enable');
  return found;
}

// ---------------------------------------------------------------------------------------------------

function listen(server: Server): Promise<void> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((ok) => server.close(() => ok()));
}
