// Runs the built extension in real headless Chromium or Firefox against pages served from 127.0.0.1.
// Used by the end-to-end tests, bench/ and scripts/screenshots.ts. The browser is driven through
// driver/types.ts (TestBrowser, TestPage), one driver per browser, so a test runs in both.
import type { Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { launchChromium, type ChromiumBrowser } from './driver/chromium';
import { launchFirefox } from './driver/firefox';
import { closeServer, listen } from './driver/sink-proxy';
import type { BrowserName, Evaluator, Rect, TestBrowser, TestPage } from './driver/types';
import type { Entity, Mention, StoredArticle } from '../../lib/model';
import { entityHeadOf, headsOf } from '../../platform/derived-tables';
import { entityCounts } from '../../lib/views/entity-counts';

export type { BrowserName, TestBrowser, TestPage } from './driver/types';
export type { ChromiumBrowser } from './driver/chromium';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** The built Chrome extension (CONTEXT_LENS_EXTENSION overrides it, e.g. to try the harness on another build). */
const EXTENSION_DIR = process.env.CONTEXT_LENS_EXTENSION ?? join(REPO_ROOT, '.output/chrome-mv3');
/** The built Firefox add-on (CONTEXT_LENS_FIREFOX_EXTENSION overrides it). */
const FIREFOX_EXTENSION_DIR =
  process.env.CONTEXT_LENS_FIREFOX_EXTENSION ?? join(REPO_ROOT, '.output/firefox-mv2');
const FIXTURE_PAGES_DIR = join(REPO_ROOT, 'test/pages');
/** The saved real news pages; beside the repository (../shared/pages), absent on some machines. */
export const SHARED_PAGES_DIR =
  process.env.CONTEXT_LENS_SHARED_PAGES ?? resolve(REPO_ROOT, '../shared/pages');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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
// Browsers: one interface (driver/types.ts), a driver per browser.

/** The Chromium browser of bench/ and scripts/ (with Playwright's context and the service worker). */
export type Browser = ChromiumBrowser;

export interface LaunchOptions {
  /** Which browser (default Chromium). */
  browser?: BrowserName;
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Load this unpacked extension instead of the build (the bench's reference extension). */
  extensionDir?: string;
  /** Extra environment for the browser (Firefox only: the bench starts Gecko's profiler with it). */
  env?: Record<string, string>;
}

/** The browsers the suite runs in: both, or those named in CONTEXT_LENS_BROWSERS ("chromium", "firefox"). */
export const BROWSERS: BrowserName[] = (process.env.CONTEXT_LENS_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

function extensionDirFor(browser: BrowserName): string {
  return browser === 'firefox' ? FIREFOX_EXTENSION_DIR : EXTENSION_DIR;
}

function assertExtensionBuilt(dir: string, browser: BrowserName): void {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    const build = browser === 'firefox' ? 'npm run build:firefox' : 'npm run build';
    throw new Error(`No built extension at ${dir}: run \`${build}\` before the end-to-end tests.`);
  }
  // A browser silently refuses an extension whose manifest names a missing file: say which one.
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const named: string[] = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.action?.default_popup,
    manifest.browser_action?.default_popup,
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
      `The built manifest names files missing from ${dir}: ${missing.join(', ')}; the browser would not load it.`,
    );
  }
}

/** Chromium with the Chrome build (the shape bench/ and scripts/ use: `context`, `serviceWorker`). */
export async function launchBrowser(options?: {
  extension?: boolean;
  extensionDir?: string;
  browser?: 'chromium';
}): Promise<ChromiumBrowser>;
export async function launchBrowser(options: LaunchOptions): Promise<TestBrowser>;
export async function launchBrowser({
  extension = true,
  extensionDir: chosenDir,
  browser = 'chromium',
  env,
}: LaunchOptions = {}): Promise<TestBrowser> {
  const extensionDir = extension ? (chosenDir ?? extensionDirFor(browser)) : null;
  if (extensionDir) assertExtensionBuilt(extensionDir, browser);
  return browser === 'firefox'
    ? launchFirefox({ executablePath: FIREFOX_PATH, extensionDir, env })
    : launchChromium({ executablePath: CHROMIUM_PATH, extensionDir });
}

/** A value of the extension's `browser.storage.local`, read in an extension context. */
export async function readExtensionStorage(browser: TestBrowser, key: string): Promise<unknown> {
  return browser.evaluateInExtension(async (key) => {
    type StorageArea = { get(key: string): Promise<Record<string, unknown>> };
    const g = globalThis as unknown as {
      browser?: { storage: { local: StorageArea } };
      chrome: { storage: { local: StorageArea } };
    };
    return (await (g.browser ?? g.chrome).storage.local.get(key))[key];
  }, key);
}

/** Writes values into the extension's `browser.storage.local`, as the extension's own pages do. */
export async function writeExtensionStorage(
  browser: TestBrowser,
  items: Record<string, unknown>,
): Promise<void> {
  await browser.evaluateInExtension(async (items) => {
    type StorageArea = { set(items: Record<string, unknown>): Promise<void> };
    const g = globalThis as unknown as {
      browser?: { storage: { local: StorageArea } };
      chrome: { storage: { local: StorageArea } };
    };
    await (g.browser ?? g.chrome).storage.local.set(items);
  }, items);
}

/**
 * Writes rows into the extension's IndexedDB (as Dexie made it: `platform/db.ts`) from one of its pages,
 * in one transaction: a library of a size that ingestion would take minutes to build.
 */
export async function writeExtensionDb(page: Evaluator, given: Record<string, unknown[]>): Promise<void> {
  // The derived tables, as the database's middleware keeps them (this write goes around Dexie): each new
  // article's mentions must come in the same call; mentions are new rows, added to the entities' counts.
  const rows = { ...given };
  if (given.entities) rows.entityHeads = (given.entities as Entity[]).map(entityHeadOf);
  if (given.articles)
    rows.articleHeads = headsOf(given.articles as StoredArticle[], (given.mentions ?? []) as Mention[]);
  const added = [...entityCounts((given.mentions ?? []) as Mention[])].map(([id, c]) => ({ id, ...c }));
  await page.evaluate(
    async ([rows, added]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('context-lens');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const stores = [...Object.keys(rows), ...(added.length ? ['entityCounts'] : [])];
      const tx = db.transaction(stores, 'readwrite');
      for (const [store, list] of Object.entries(rows))
        for (const row of list) tx.objectStore(store).put(row);
      for (const row of added) {
        const counts = tx.objectStore('entityCounts');
        const read = counts.get(row.id);
        read.onsuccess = () => {
          const was = read.result as typeof row | undefined;
          counts.put(
            was
              ? { ...row, mentions: was.mentions + row.mentions, articles: was.articles + row.articles }
              : row,
          );
        };
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    [rows, added] as const,
  );
}

/** One row of the extension's IndexedDB by key, read from one of its pages (undefined when absent). */
export async function readExtensionDb(page: Evaluator, store: string, key: IDBValidKey): Promise<unknown> {
  return page.evaluate(
    async ([store, key]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('context-lens');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const request = db.transaction(store, 'readonly').objectStore(store).get(key);
      const row = await new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      db.close();
      return row;
    },
    [store, key] as const,
  );
}

/** Opens a tab at `url` from the extension, in the background (the reader's current tab stays active). */
export async function openTabFromExtension(browser: TestBrowser, url: string): Promise<void> {
  await browser.evaluateInExtension(async (url) => {
    type Tabs = { create(o: { url: string; active: boolean }): Promise<unknown> };
    const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    await (g.browser ?? g.chrome).tabs.create({ url, active: false });
  }, url);
}

/** Waits until the extension has published its matcher pack's index (the background's first start is done). */
export async function waitForMatcherPack(browser: TestBrowser, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = Boolean(await readExtensionStorage(browser, 'matcherIndex'));
    if (ready) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The extension published no matcherIndex in browser.storage.local within ${timeoutMs} ms`);
}

// ---------------------------------------------------------------------------------------------------
// Page helpers: anything with `evaluate` (a TestPage or frame, or a Playwright Page or Frame).

export interface HighlightedRange {
  /** The CSS.highlights entry: 'ctx-person', 'ctx-place'… */
  name: string;
  text: string;
}

export interface TextSpan {
  /** For a highlight, its CSS.highlights entry; for an occurrence, the name looked for. */
  name: string;
  text: string;
  /** UTF-16 offsets into the concatenation of the body's text nodes. */
  start: number;
  end: number;
}

interface PaintedRange extends TextSpan {
  /** Whether the range touches an element matching the `within` selector. */
  within: boolean;
  connected: boolean;
  inBody: boolean;
  rect: Rect | null;
}

interface PaintedQuery {
  within?: string;
  /** Offsets on the body's text axis (costly on big pages: asked for only by locateSpans). */
  offsets?: boolean;
  /** Scroll the first range reading this text to the middle of the window and measure it. */
  scrollTo?: string;
  /** Measure the first range reading this text. */
  measure?: string;
}

/**
 * The one reader of what the extension painted: every range of the CSS.highlights entries named ctx-<type>
 * (ctx-active excluded), with its text and, when asked, where it lies. Serialised into the page.
 */
function paintedInPage(query: PaintedQuery): PaintedRange[] {
  const targets = query.within ? [...document.querySelectorAll(query.within)] : [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let all = '';
  if (query.offsets) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(all.length);
      all += (n as Text).data;
    }
  }
  const position = (container: Node, offset: number): number => {
    if (!query.offsets) return -1;
    if (container.nodeType === Node.TEXT_NODE) {
      const i = nodes.indexOf(container as Text);
      if (i >= 0) return starts[i] + offset;
    }
    const point = new Range();
    point.setStart(container, offset);
    const i = nodes.findIndex((t) => point.comparePoint(t, 0) >= 0);
    return i < 0 ? all.length : starts[i];
  };
  const out: PaintedRange[] = [];
  let measured = false;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('ctx-') || name === 'ctx-active') continue;
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const connected = r.startContainer.isConnected;
      const live = new Range();
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
      } catch {
        continue;
      }
      const text = live.toString();
      let rect: Rect | null = null;
      const wanted = query.scrollTo ?? query.measure;
      if (!measured && wanted !== undefined && text === wanted && connected) {
        measured = true;
        if (query.scrollTo !== undefined)
          (live.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        const box = live.getClientRects()[0] ?? live.getBoundingClientRect();
        rect = { x: box.left, y: box.top, width: box.width, height: box.height };
      }
      out.push({
        name,
        text,
        start: position(r.startContainer, r.startOffset),
        end: position(r.endContainer, r.endOffset),
        within: targets.some((t) => live.intersectsNode(t)),
        connected,
        inBody: document.body.contains(r.startContainer),
        rect,
      });
    }
  }
  return out;
}

function painted(page: Evaluator, query: PaintedQuery = {}): Promise<PaintedRange[]> {
  return page.evaluate(paintedInPage, query);
}

/** Every range painted by the extension (CSS.highlights entries named ctx-<type>, ctx-active excluded). */
export async function readHighlights(page: Evaluator): Promise<HighlightedRange[]> {
  return (await painted(page)).map(({ name, text }) => ({ name, text }));
}

/** Highlighted ranges that touch an element matching `selector` (scripts, editors, traps…). */
export async function highlightsWithin(page: Evaluator, selector: string): Promise<HighlightedRange[]> {
  return (await painted(page, { within: selector }))
    .filter((r) => r.within)
    .map(({ name, text }) => ({ name, text }));
}

/** Ranges left on nodes the page has removed. */
export async function staleHighlights(page: Evaluator): Promise<number> {
  return (await painted(page)).filter((r) => !r.connected).length;
}

/**
 * Where `names` occur in the body's reading text (case-sensitive, whole words, the longest when occurrences
 * overlap; none inside an element matching `exclude`), and where the highlights are, on one text axis.
 */
export async function locateSpans(
  page: Evaluator,
  names: string[],
  exclude: string,
): Promise<{ occurrences: TextSpan[]; highlights: TextSpan[] }> {
  const occurrences = await page.evaluate(
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
      return found.filter(
        (a) =>
          !found.some(
            (b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start,
          ),
      );
    },
    { names, exclude },
  );
  const highlights = (await painted(page, { offsets: true }))
    .filter((r) => r.inBody)
    .map(({ name, text, start, end }) => ({ name, text, start, end }));
  return { occurrences, highlights };
}

/**
 * Waits until some highlighted range reads exactly `text`, then until the painted set has stayed the same
 * for `settleMs`: a page paints in steps (a slice whose shard was missing is painted after that shard is
 * read, long pages a chunk per idle period), so one name painted does not mean its neighbours are.
 */
export async function waitForHighlights(
  page: Evaluator,
  text: string,
  timeoutMs = 15_000,
  settleMs = 400,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const signature = (hs: { text: string }[]) => hs.map((h) => h.text).join('\u0000');
  while (Date.now() < deadline) {
    const seen = await readHighlights(page);
    if (seen.some((h) => h.text === text)) {
      let last = signature(seen);
      let stableSince = Date.now();
      while (Date.now() - stableSince < settleMs && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        const now = signature(await readHighlights(page));
        if (now !== last) [last, stableSince] = [now, Date.now()];
      }
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
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
  page: Evaluator,
  text: string,
  { scroll = false } = {},
): Promise<Rect | null> {
  const ranges = await painted(page, scroll ? { scrollTo: text } : { measure: text });
  return ranges.find((r) => r.rect)?.rect ?? null;
}

/** Clicks the middle of the first highlighted range reading exactly `text`. */
export async function clickHighlight(
  page: Evaluator & { mouse: { click(x: number, y: number): Promise<unknown> } },
  text: string,
): Promise<void> {
  const rect = await highlightRect(page, text, { scroll: true });
  if (!rect) throw new Error(`clickHighlight: no highlighted range reads "${text}"`);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

export function popupUrl(browser: TestBrowser): string {
  if (!browser.extensionOrigin) throw new Error('popupUrl: launched without the extension');
  return `${browser.extensionOrigin}/popup.html`;
}

export function libraryUrl(browser: TestBrowser): string {
  if (!browser.extensionOrigin) throw new Error('libraryUrl: launched without the extension');
  return `${browser.extensionOrigin}/library.html`;
}

/** Exceptions thrown in any of the page's worlds (the content script's isolated world included). */
export async function collectExceptions(page: Page | TestPage): Promise<{ text: string; url: string }[]> {
  const found: { text: string; url: string }[] = [];
  const native = 'browserName' in page ? (page as TestPage & { native?: unknown }).native : page;
  if (!('browserName' in page) || page.browserName === 'chromium') {
    const cdp = await (native as Page).context().newCDPSession(native as Page);
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const frames = d.stackTrace?.callFrames ?? [];
      found.push({
        text: `${d.text} ${d.exception?.description ?? ''}`.trim(),
        url: d.url ?? frames.find((f) => f.url)?.url ?? '',
      });
    });
    await cdp.send('Runtime.enable');
  } else {
    // BiDi reports the page's uncaught errors; the stack names the script (moz-extension://… for ours).
    page.onPageError((message) => found.push({ text: message, url: message }));
  }
  return found;
}

/** Whether an error came from the extension's own scripts. */
export function fromExtension(e: { text: string; url: string } | string): boolean {
  const s = typeof e === 'string' ? e : `${e.url} ${e.text}`;
  return /(chrome|moz)-extension:/.test(s);
}
