// npm run bench: the extension's cost on real pages and on a generated 1 MB page, side by side with the
// floor (a bare walk over the page's text nodes) and with mark.js marking the same names.
// Repeatable: each page is measured BENCH_RUNS times (default 3) and the median is printed;
// BENCH_PAGES=word,word limits the pages.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import type { MatcherPack } from '../lib/model';
import {
  REPO_ROOT,
  SHARED_PAGES_DIR,
  type Browser,
  type StaticServer,
  launchBrowser,
  readExtensionStorage,
  sharedPagesAvailable,
  startStaticServer,
  waitForMatcherPack,
} from '../test/e2e/harness';
import { generateLongPage } from './generate-page';
import { scriptCost } from './profile';
import { recordPage } from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MARKJS = join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js');
const LONG_PAGE = '/generated-1mb.html';
/** mark.js blocks the page; past this, it is measured once rather than RUNS times. */
const MARKJS_SLOW_MS = 5_000;

interface Sample {
  textChars: number;
  extensionMs: number | null;
  longestMs: number | null;
  floorMs: number;
  highlights: number;
}

interface Row {
  page: string;
  textChars: number;
  extensionMs: number | null;
  longestMs: number | null;
  floorMs: number;
  markjsMs: number;
  highlights: number;
  markjsMarks: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? median(known) : null;
}

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('ctx-') && name !== 'ctx-active') n += h.size;
    return n;
  });
}

/** Waits until the highlights stop changing: the extension has finished its scan. */
async function settle(page: Page): Promise<number> {
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

/**
 * The floor: a bare walk over the body's text nodes reading each one's text, the first time this world walks
 * them (as the content script does), in ms; and the size of the reading text (scripts and styles excluded).
 */
async function floorWalk(page: Page): Promise<{ ms: number; chars: number }> {
  return page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) total += (n as Text).data.length;
    const ms = performance.now() - t0;
    let chars = 0;
    const reading = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = reading.nextNode(); n; n = reading.nextNode()) {
      if (!n.parentElement?.closest('script, style, noscript, template')) chars += (n as Text).data.length;
    }
    return { ms, chars, total };
  });
}

async function measureExtension(browser: Browser, server: StaticServer, path: string): Promise<Sample> {
  const page = await browser.context.newPage();
  // Start on the same origin so that the profiled renderer is the one that loads the page.
  await page.goto(`${server.origin}/bench-blank.html`);
  const cdp = await browser.context.newCDPSession(page);
  const stop = await recordPage(cdp);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  const highlights = await settle(page);
  const { profile, tasks } = await stop();
  const cost = scriptCost(profile, `chrome-extension://${browser.extensionId}/`, tasks);
  if (cost.inTasks < 0.9) {
    console.warn(`bench: ${path}: only ${(cost.inTasks * 100).toFixed(0)}% of the extension's samples fall in traced tasks`);
  }
  const floor = await floorWalk(page);
  await cdp.detach();
  await page.close();
  return {
    textChars: floor.chars,
    extensionMs: cost.frames ? cost.totalMs : null,
    longestMs: cost.frames ? cost.longestMs : null,
    floorMs: floor.ms,
    highlights,
  };
}

/**
 * mark.js marking the same names on the same page. All the names go in one alternation (longest first,
 * whole words, case as written) through markRegExp: one pass, the fastest way mark.js can mark a long list
 * (mark(array) walks the page once per name, minutes for a thousand names on the 1 MB page).
 */
async function measureMarkJs(browser: Browser, server: StaticServer, path: string, names: string[]) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  await page.addScriptTag({ path: MARKJS });
  const result = await page.evaluate(
    (names) =>
      new Promise<{ ms: number; marks: number }>((resolve) => {
        const escaped = [...names]
          .sort((a, b) => b.length - a.length)
          .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        let marks = 0;
        const t0 = performance.now();
        const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
        type MarkJs = { markRegExp(r: RegExp, o: object): void };
        new (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark(document.body).markRegExp(regex, {
          exclude: ['textarea', '[contenteditable]', 'noscript'],
          each: () => marks++,
          done: () => resolve({ ms: performance.now() - t0, marks }),
        });
      }),
    names,
  );
  await page.close();
  return result;
}

function fmtMs(ms: number | null): string {
  if (ms === null) return 'n/a';
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function fmtRatio(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return 'n/a';
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`;
}

function printTable(rows: Row[]): void {
  const header = ['page', 'text', 'highlights', 'mark.js marks', 'ext CPU ms', 'ext longest ms', 'floor ms', 'ext/floor', 'mark.js ms', 'mark.js/ext'];
  const lines = rows.map((r) => [
    r.page,
    `${(r.textChars / 1000).toFixed(0)} k`,
    String(r.highlights),
    String(r.markjsMarks),
    fmtMs(r.extensionMs),
    fmtMs(r.longestMs),
    fmtMs(r.floorMs),
    fmtRatio(r.extensionMs === null ? null : r.extensionMs / r.floorMs),
    fmtMs(r.markjsMs),
    fmtRatio(r.extensionMs === null ? null : r.markjsMs / r.extensionMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(row(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
  for (const l of lines) console.log(row(l));
}

async function main(): Promise<void> {
  const started = Date.now();
  const server = await startStaticServer();
  server.put('/bench-blank.html', '<!doctype html><title>blank</title><p>start</p>');
  server.put(LONG_PAGE, generateLongPage());

  const pages: { label: string; path: string }[] = [];
  if (sharedPagesAvailable()) {
    for (const file of readdirSync(SHARED_PAGES_DIR).filter((f) => f.endsWith('.html')).sort()) {
      pages.push({ label: file, path: `/shared/${file}` });
    }
  } else {
    console.warn(`bench: ${SHARED_PAGES_DIR} not found; measuring the generated page only.`);
  }
  pages.push({ label: 'generated 1 MB', path: LONG_PAGE });
  // BENCH_PAGES=bbc,generated measures only the pages whose label contains one of the words.
  const only = process.env.BENCH_PAGES?.split(',').filter(Boolean);
  if (only) pages.splice(0, pages.length, ...pages.filter((p) => only.some((w) => p.label.includes(w))));

  const withExtension = await launchBrowser();
  const withoutExtension = await launchBrowser({ extension: false });
  // tsx compiles with esbuild's keepNames, whose __name() helper would be missing in the page.
  for (const b of [withExtension, withoutExtension]) await b.context.addInitScript('globalThis.__name = (f) => f;');
  try {
    await waitForMatcherPack(withExtension);
    const pack = (await readExtensionStorage(withExtension, 'matcherPack')) as MatcherPack;
    const names = [...new Set(pack.patterns.map(([form]) => form))];
    console.log(`bench: ${names.length} name forms from the matcher pack, ${RUNS} runs per page, medians below.\n`);

    const rows: Row[] = [];
    for (const { label, path } of pages) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) samples.push(await measureExtension(withExtension, server, path));
      const marks: { ms: number; marks: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        marks.push(await measureMarkJs(withoutExtension, server, path, names));
        if (marks[0].ms > MARKJS_SLOW_MS) break;
      }
      const row: Row = {
        page: label,
        textChars: samples[0].textChars,
        extensionMs: medianOrNull(samples.map((s) => s.extensionMs)),
        longestMs: medianOrNull(samples.map((s) => s.longestMs)),
        floorMs: median(samples.map((s) => s.floorMs)),
        highlights: median(samples.map((s) => s.highlights)),
        markjsMs: median(marks.map((m) => m.ms)),
        markjsMarks: marks[0].marks,
      };
      rows.push(row);
      process.stderr.write(`  ${label}: ext ${fmtMs(row.extensionMs)} ms, floor ${fmtMs(row.floorMs)} ms, mark.js ${fmtMs(row.markjsMs)} ms\n`);
    }

    console.log('');
    printTable(rows);
    console.log('');
    const unseen = rows.filter((r) => r.extensionMs === null).map((r) => r.page);
    if (unseen.length) console.log(`warning: no content-script frame in the CPU profile of: ${unseen.join(', ')}`);

    const long = rows.find((r) => r.page === 'generated 1 MB');
    if (!long) return;
    const worstTask = Math.max(...rows.map((r) => r.longestMs ?? 0));
    const floorRatio = long.extensionMs === null ? NaN : long.extensionMs / long.floorMs;
    const markRatio = long.extensionMs === null ? NaN : long.markjsMs / long.extensionMs;
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    console.log(
      `summary (1 MB page): extension ${fmtMs(long.extensionMs)} ms = ${fmtRatio(floorRatio)} the floor (target ≤ 5×: ${verdict(floorRatio <= 5)}), ` +
        `mark.js ${fmtRatio(markRatio)} slower (target ≥ 20×: ${verdict(markRatio >= 20)}), ` +
        `longest extension task on any page ${fmtMs(worstTask)} ms (target ≤ 50 ms: ${verdict(worstTask <= 50)}); ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await withExtension.close();
    await withoutExtension.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
