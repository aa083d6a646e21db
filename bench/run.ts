// npm run bench: the extension's cost on real pages and on a generated 1 MB page, side by side with the
// floor (a bare walk over the page's text nodes, the first in a fresh page, as the content script's is) and
// with mark.js marking the same names, both as sites call it (the list of names) and at its fastest (one
// regular expression).
// Repeatable: each page is measured BENCH_RUNS times (default 5) and the median is printed;
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
import { cpuMsInTask, recordPage } from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MARKJS = join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js');
const LONG_PAGE = '/generated-1mb.html';
/** mark.js blocks the page; past this, it is measured once rather than RUNS times. */
const MARKJS_SLOW_MS = 5_000;

interface Sample {
  extensionMs: number | null;
  longestMs: number | null;
  highlights: number;
}

/** What the parts besides the walk cost alone (see partsFloor), in ms. */
interface PartsFloor {
  paintMs: number;
  loopMs: number;
  regexMs: number;
}

interface Row {
  page: string;
  textChars: number;
  extensionMs: number | null;
  longestMs: number | null;
  floorMs: number;
  /** mark.js given the list of names, as sites call it. */
  markjsListMs: number;
  /** mark.js given one regular expression of all the names: the fastest it can be made to mark them. */
  markjsRegexMs: number;
  highlights: number;
  markjsMarks: number;
  parts: PartsFloor;
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
 * The floor: a bare walk over the body's text nodes reading each one's text, the first walk in a fresh page
 * without the extension (a later walk finds the strings made already), in ms of CPU (its wall time less the
 * time the host took the core away in its task); and the size of the reading text (scripts and styles
 * excluded).
 */
async function floorWalk(
  browser: Browser,
  server: StaticServer,
  path: string,
): Promise<{ ms: number; chars: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  const cdp = await browser.context.newCDPSession(page);
  const ms = await cpuMsInTask(cdp, () =>
    page.evaluate(() => {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let total = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) total += (n as Text).data.length;
      const ms = performance.now() - t0;
      // The total goes back too, so that the walk is not work without a result the engine could drop.
      return total >= 0 ? ms : -1;
    }),
  );
  const chars = await page.evaluate(() => {
    let count = 0;
    const reading = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = reading.nextNode(); n; n = reading.nextNode()) {
      if (!n.parentElement?.closest('script, style, noscript, template')) count += (n as Text).data.length;
    }
    return count;
  });
  await cdp.detach();
  await page.close();
  return { ms, chars };
}

/**
 * What any extension of this kind pays on the page besides the walk, each measured cold in a fresh page
 * without the extension (so none of it is the extension's own code), each in a task of its own with the
 * time the host took the core away subtracted: painting `highlights` names with the CSS Custom Highlight
 * API (a StaticRange per name, added to a registered Highlight), one JavaScript loop that reads every
 * character of the text once (a table lookup per character, as a hand-written scanner must do at least),
 * and one native regular-expression pass finding the words that begin with a capital.
 */
async function partsFloor(
  browser: Browser,
  server: StaticServer,
  path: string,
  highlights: number,
): Promise<PartsFloor> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  const cdp = await browser.context.newCDPSession(page);
  await page.evaluate(() => {
    const nodes: Text[] = [];
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const tag = n.parentElement?.localName;
      if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
      texts.push((n as Text).data);
      if ((n as Text).data.trim().length >= 3) nodes.push(n as Text);
    }
    Object.assign(window, { benchParts: { nodes, texts } });
  });
  type Parts = { benchParts: { nodes: Text[]; texts: string[] } };
  const timed = (fn: (count: number) => number) => cpuMsInTask(cdp, () => page.evaluate(fn, highlights));
  const paintMs = await timed((count) => {
    const { nodes } = (window as unknown as Parts).benchParts;
    const t = performance.now();
    const highlight = new Highlight();
    for (let i = 0; i < count && nodes.length; i++) {
      const node = nodes[Math.floor((i * nodes.length) / count)];
      highlight.add(
        new StaticRange({
          startContainer: node,
          startOffset: 0,
          endContainer: node,
          endOffset: Math.min(node.data.length, 8),
        }),
      );
    }
    CSS.highlights.set('bench-parts', highlight);
    return performance.now() - t;
  });
  // Each loop's count is kept on the page, so that neither is work without a result the engine could drop.
  const loopMs = await timed(() => {
    const { texts } = (window as unknown as Parts).benchParts;
    const t = performance.now();
    const table = new Uint8Array(65536);
    for (let c = 0x41; c <= 0x5a; c++) table[c] = 1;
    for (let c = 0x410; c <= 0x42f; c++) table[c] = 1;
    let seen = 0;
    for (const text of texts) for (let i = 0; i < text.length; i++) seen += table[text.charCodeAt(i)];
    const ms = performance.now() - t;
    Object.assign(window, { benchSeen: seen });
    return ms;
  });
  const regexMs = await timed(() => {
    const { texts } = (window as unknown as Parts).benchParts;
    const t = performance.now();
    const capital = /[A-ZА-Я](?<![A-Za-z\u00c0-\u024f\u0400-\u04ff].)/g;
    let found = 0;
    for (const text of texts) {
      capital.lastIndex = 0;
      while (capital.test(text)) found++;
    }
    const ms = performance.now() - t;
    Object.assign(window, { benchFound: found });
    return ms;
  });
  await cdp.detach();
  await page.close();
  return { paintMs, loopMs, regexMs };
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
    console.warn(
      `bench: ${path}: only ${(cost.inTasks * 100).toFixed(0)}% of the extension's samples fall in traced tasks`,
    );
  }
  await cdp.detach();
  await page.close();
  return {
    extensionMs: cost.frames ? cost.totalMs : null,
    longestMs: cost.frames ? cost.longestMs : null,
    highlights,
  };
}

type MarkJsCall = 'list' | 'regex';

/**
 * mark.js marking the same names on the same page, whole words, case as written, one of two ways:
 * - 'list': `mark(names)`, as sites call it with a list of terms; it walks the page once per name;
 * - 'regex': `markRegExp` with all the names in one alternation (longest first): one walk, mark.js at its
 *   fastest.
 */
async function measureMarkJs(
  browser: Browser,
  server: StaticServer,
  path: string,
  names: string[],
  call: MarkJsCall,
) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  await page.addScriptTag({ path: MARKJS });
  const result = await page.evaluate(
    ({ names, call }) =>
      new Promise<{ ms: number; marks: number }>((resolve) => {
        let marks = 0;
        const options = {
          exclude: ['textarea', '[contenteditable]', 'noscript'],
          each: () => marks++,
          done: () => resolve({ ms: performance.now() - t0, marks }),
        };
        type MarkJs = { mark(names: string[], o: object): void; markRegExp(r: RegExp, o: object): void };
        const t0 = performance.now();
        const instance = new (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark(document.body);
        if (call === 'list') {
          instance.mark(names, {
            ...options,
            separateWordSearch: false,
            accuracy: 'exactly',
            caseSensitive: true,
            diacritics: false,
          });
          return;
        }
        const escaped = [...names]
          .sort((a, b) => b.length - a.length)
          .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
        instance.markRegExp(regex, options);
      }),
    { names, call },
  );
  await page.close();
  return result;
}

/** Median of up to RUNS measurements; one only when the first is slow (mark.js blocks the page for it). */
async function medianRuns(
  measure: () => Promise<{ ms: number; marks: number }>,
): Promise<{ ms: number; marks: number }> {
  const runs: { ms: number; marks: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(await measure());
    if (runs[0].ms > MARKJS_SLOW_MS) break;
  }
  return { ms: median(runs.map((r) => r.ms)), marks: runs[0].marks };
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
  const header = [
    'page',
    'text',
    'highlights',
    'mark.js marks',
    'ext CPU ms',
    'ext longest ms',
    'floor ms',
    'ext/floor',
    'mark.js list ms',
    'list/ext',
    'mark.js regex ms',
    'regex/ext',
  ];
  const ratio = (a: number, b: number | null) => fmtRatio(b === null ? null : a / b);
  const lines = rows.map((r) => [
    r.page,
    `${(r.textChars / 1000).toFixed(0)} k`,
    String(r.highlights),
    String(r.markjsMarks),
    fmtMs(r.extensionMs),
    fmtMs(r.longestMs),
    fmtMs(r.floorMs),
    fmtRatio(r.extensionMs === null ? null : r.extensionMs / r.floorMs),
    fmtMs(r.markjsListMs),
    ratio(r.markjsListMs, r.extensionMs),
    fmtMs(r.markjsRegexMs),
    ratio(r.markjsRegexMs, r.extensionMs),
  ]);
  printRows(header, lines);
}

/**
 * The floor and what the other unavoidable parts cost on their own (see partsFloor): the least that an
 * extension which walks the page, finds candidates natively and paints its highlights can pay.
 */
function printPartsTable(rows: Row[]): void {
  const header = [
    'page',
    'floor ms',
    'paint ms',
    'JS pass ms',
    'regex pass ms',
    'floor+paint+regex ms',
    'that/floor',
    'ext/that',
  ];
  const lines = rows.map((r) => {
    const least = r.floorMs + r.parts.paintMs + r.parts.regexMs;
    return [
      r.page,
      fmtMs(r.floorMs),
      fmtMs(r.parts.paintMs),
      fmtMs(r.parts.loopMs),
      fmtMs(r.parts.regexMs),
      fmtMs(least),
      fmtRatio(least / r.floorMs),
      fmtRatio(r.extensionMs === null ? null : r.extensionMs / least),
    ];
  });
  printRows(header, lines);
}

function printRows(header: string[], lines: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(row(header));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`,
  );
  for (const l of lines) console.log(row(l));
}

async function main(): Promise<void> {
  const started = Date.now();
  const server = await startStaticServer();
  server.put('/bench-blank.html', '<!doctype html><title>blank</title><p>start</p>');
  server.put(LONG_PAGE, generateLongPage());

  const pages: { label: string; path: string }[] = [];
  if (sharedPagesAvailable()) {
    for (const file of readdirSync(SHARED_PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
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
  for (const b of [withExtension, withoutExtension])
    await b.context.addInitScript('globalThis.__name = (f) => f;');
  try {
    await waitForMatcherPack(withExtension);
    const pack = (await readExtensionStorage(withExtension, 'matcherPack')) as MatcherPack;
    const names = [...new Set(pack.patterns.map(([form]) => form))];
    console.log(
      `bench: ${names.length} name forms from the matcher pack, ${RUNS} runs per page, medians below.\n`,
    );

    const rows: Row[] = [];
    for (const { label, path } of pages) {
      const samples: Sample[] = [];
      const floors: { ms: number; chars: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        samples.push(await measureExtension(withExtension, server, path));
        floors.push(await floorWalk(withoutExtension, server, path));
      }
      // BENCH_MARKJS=0 leaves mark.js out (given the list, it takes minutes): for quick runs while working.
      const withMarkJs = process.env.BENCH_MARKJS !== '0';
      const skipped = { ms: NaN, marks: NaN };
      const list = withMarkJs
        ? await medianRuns(() => measureMarkJs(withoutExtension, server, path, names, 'list'))
        : skipped;
      const regex = withMarkJs
        ? await medianRuns(() => measureMarkJs(withoutExtension, server, path, names, 'regex'))
        : skipped;
      const highlights = median(samples.map((s) => s.highlights));
      const partRuns: PartsFloor[] = [];
      for (let run = 0; run < RUNS; run++)
        partRuns.push(await partsFloor(withoutExtension, server, path, highlights));
      const parts: PartsFloor = {
        paintMs: median(partRuns.map((p) => p.paintMs)),
        loopMs: median(partRuns.map((p) => p.loopMs)),
        regexMs: median(partRuns.map((p) => p.regexMs)),
      };
      const row: Row = {
        page: label,
        textChars: floors[0].chars,
        extensionMs: medianOrNull(samples.map((s) => s.extensionMs)),
        longestMs: medianOrNull(samples.map((s) => s.longestMs)),
        floorMs: median(floors.map((f) => f.ms)),
        highlights,
        markjsListMs: list.ms,
        markjsRegexMs: regex.ms,
        markjsMarks: regex.marks,
        parts,
      };
      rows.push(row);
      process.stderr.write(
        `  ${label}: ext ${fmtMs(row.extensionMs)} ms, floor ${fmtMs(row.floorMs)} ms, mark.js list ${fmtMs(row.markjsListMs)} ms, regex ${fmtMs(row.markjsRegexMs)} ms\n`,
      );
    }

    console.log('');
    printTable(rows);
    console.log('');
    printPartsTable(rows);
    console.log('');
    const unseen = rows.filter((r) => r.extensionMs === null).map((r) => r.page);
    if (unseen.length)
      console.log(`warning: no content-script frame in the CPU profile of: ${unseen.join(', ')}`);

    const long = rows.find((r) => r.page === 'generated 1 MB');
    if (!long) return;
    const worstTask = Math.max(...rows.map((r) => r.longestMs ?? 0));
    const floorRatio = long.extensionMs === null ? NaN : long.extensionMs / long.floorMs;
    const listRatio = long.extensionMs === null ? NaN : long.markjsListMs / long.extensionMs;
    const regexRatio = long.extensionMs === null ? NaN : long.markjsRegexMs / long.extensionMs;
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    console.log(
      `summary (1 MB page): extension ${fmtMs(long.extensionMs)} ms = ${fmtRatio(floorRatio)} the floor (target ≤ 5×: ${verdict(floorRatio <= 5)}), ` +
        `mark.js given the list ${fmtRatio(listRatio)} slower (target ≥ 20×: ${verdict(listRatio >= 20)}), ` +
        `mark.js given one regular expression ${fmtRatio(regexRatio)} slower, ` +
        `longest extension task on any page ${fmtMs(worstTask)} ms (target ≤ 50 ms: ${verdict(worstTask <= 50)}); ` +
        `floor + painting + one native pass alone: ${fmtRatio((long.floorMs + long.parts.paintMs + long.parts.regexMs) / long.floorMs)} the floor; ` +
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
