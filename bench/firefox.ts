// The same pages in Firefox (the MV2 build, installed as a temporary add-on), beside the reference extension,
// with CPU from Firefox's own profiler: each browser is started with the Gecko profiler running
// (MOZ_PROFILER_STARTUP) and writes its profile when it closes (MOZ_PROFILER_SHUTDOWN); the loads of each
// page are told apart by their time windows. A browser pair is started per page, so that the profiler's
// ring buffer never wraps over a load. First highlight is timed as in Chromium, by a main-world probe.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  launchBrowser,
  waitForMatcherPack,
  type StaticServer,
  type TestBrowser,
  type TestPage,
} from '../test/e2e/harness';
import { extensionCpuByWindow, type GeckoProfile, type TimeWindow } from './gecko-profile';
import { FIRST_HIGHLIGHT_PROBE, firstHighlightAfterReady, settle } from './measure-page';
import { FIREFOX_REFERENCE_DIR, writeReferenceExtension } from './reference-extension';
import { median, medianOrNull } from './stats';

export interface FirefoxPageRow {
  /** Medians over the runs, ms; null when the profile held no sample of that extension. */
  extensionMs: number | null;
  referenceMs: number | null;
  highlights: number;
  firstHighlightMs: number | null;
}

/** The profiler's sampling interval, ms: fine enough for a reference that costs 1–2 ms. */
const INTERVAL_MS = '0.5';

function profilerEnv(file: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_SHUTDOWN: file,
    MOZ_PROFILER_STARTUP_INTERVAL: INTERVAL_MS,
    MOZ_PROFILER_STARTUP_ENTRIES: String(64 * 1024 * 1024),
    // JS frames and each thread's CPU time; no native stack walking (costly, and not needed to attribute).
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
  };
}

interface Load {
  window: TimeWindow;
  highlights: number;
  firstHighlightMs: number | null;
}

async function load(browser: TestBrowser, server: StaticServer, path: string, label: string): Promise<Load> {
  const page = await browser.newPage();
  const native = (page as TestPage & { native: { evaluateOnNewDocument(s: string): Promise<unknown> } })
    .native;
  await native.evaluateOnNewDocument(FIRST_HIGHLIGHT_PROBE);
  await page.goto(`${server.origin}/bench-blank.html`);
  const from = Date.now();
  // Through the page rather than BiDi's navigate, which fails when a saved page's own scripts rewrite its
  // address ("Address rejected").
  await page
    .evaluate((url) => {
      location.href = url;
    }, `${server.origin}${path}`)
    .catch(() => undefined);
  await waitForUrl(page, path);
  const highlights = await settle(page);
  const to = Date.now();
  const firstHighlightMs = await firstHighlightAfterReady(page);
  await page.close();
  return { window: { label, from, to }, highlights, firstHighlightMs };
}

async function waitForUrl(page: TestPage, path: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => [location.pathname, document.readyState] as const)
      .catch(() => null);
    if (state && state[0] === path && state[1] === 'complete') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bench: ${path} did not load in Firefox within 60 s`);
}

async function readProfile(file: string): Promise<GeckoProfile> {
  // Firefox writes the profile while it shuts down, after the driver's close has returned.
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 200));
  for (let i = 0; i < 50; i++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as GeckoProfile;
    } catch {
      await new Promise((r) => setTimeout(r, 200)); // still being written
    }
  }
  throw new Error(`bench: Firefox wrote no readable profile to ${file}`);
}

/** The median, or null when no load had a sample of the extension (its script never ran, or never showed). */
function sampledMedian(values: number[]): number | null {
  return values.some((v) => v > 0) ? median(values) : null;
}

/** Each page, `runs` loads with the extension and as many with the reference, interleaved. */
export async function measureFirefox(
  server: StaticServer,
  pages: { label: string; path: string }[],
  runs: number,
): Promise<Map<string, FirefoxPageRow>> {
  const referenceDir = writeReferenceExtension(FIREFOX_REFERENCE_DIR, 'firefox');
  const rows = new Map<string, FirefoxPageRow>();
  const dir = mkdtempSync(join(tmpdir(), 'context-lens-gecko-'));
  try {
    for (const { label, path } of pages) {
      const extFile = join(dir, `ext-${rows.size}.json`);
      const refFile = join(dir, `ref-${rows.size}.json`);
      const extension = await launchBrowser({ browser: 'firefox', env: profilerEnv(extFile) });
      const reference = await launchBrowser({
        browser: 'firefox',
        extensionDir: referenceDir,
        env: profilerEnv(refFile),
      });
      const ext: Load[] = [];
      const ref: Load[] = [];
      try {
        await waitForMatcherPack(extension);
        for (let run = 0; run < runs; run++) {
          ext.push(await load(extension, server, path, `${run}`));
          ref.push(await load(reference, server, path, `${run}`));
        }
      } finally {
        await extension.close();
        await reference.close();
      }
      const extCpu = extensionCpuByWindow(
        await readProfile(extFile),
        ext.map((l) => l.window),
      );
      const refCpu = extensionCpuByWindow(
        await readProfile(refFile),
        ref.map((l) => l.window),
      );
      const row: FirefoxPageRow = {
        extensionMs: sampledMedian([...extCpu.values()]),
        referenceMs: sampledMedian([...refCpu.values()]),
        highlights: median(ext.map((l) => l.highlights)),
        firstHighlightMs: medianOrNull(ext.map((l) => l.firstHighlightMs)),
      };
      rows.set(label, row);
      rmSync(extFile, { force: true });
      rmSync(refFile, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
