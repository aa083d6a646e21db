// The bench's tables, and docs/PERFORMANCE.md, which `npm run bench` writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/e2e/harness';
import type { FirefoxPageRow } from './firefox';
import { fmtMb, fmtMs, fmtRatio, markdownTable } from './stats';

export interface PageRow {
  page: string;
  textChars: number;
  highlights: number;
  extensionMs: number | null;
  referenceMs: number | null;
  firstHighlightMs: number | null;
  longestMs: number | null;
  heapBytes: number;
  referenceHeapBytes: number;
  /** mark.js, when measured (BENCH_MARKJS=1). */
  markjs?: { listMs: number; regexMs: number; marks: number };
  /** The same page in Firefox, when measured (BENCH_FIREFOX is not 0). */
  firefox?: FirefoxPageRow;
}

export interface ScaleRow {
  entities: number;
  packBytes: number;
  /** Why the browser refused to store the pack (null: stored). */
  refused: string | null;
  /** Per page: the extension's CPU, highlights, heap. */
  pages: { page: string; extensionMs: number | null; highlights: number; heapBytes: number }[];
}

export function ratio(row: PageRow): number | null {
  return row.extensionMs === null || !row.referenceMs ? null : row.extensionMs / row.referenceMs;
}

export function pageTable(rows: PageRow[]): string {
  const header = [
    'page',
    'text',
    'highlights',
    'ext CPU ms',
    'ref CPU ms',
    'ext/ref',
    'first highlight ms',
    'longest task ms',
    'heap MB',
    'ref heap MB',
  ];
  const firefox = rows.some((r) => r.firefox);
  if (firefox)
    header.push(
      'Firefox ext CPU ms',
      'Firefox ref CPU ms',
      'Firefox ext/ref',
      'Firefox highlights',
      'Firefox first highlight ms',
    );
  if (rows.some((r) => r.markjs)) header.push('mark.js list ms', 'mark.js regex ms');
  const lines = rows.map((r) => {
    const cells = [
      r.page,
      `${(r.textChars / 1000).toFixed(0)} k`,
      String(r.highlights),
      fmtMs(r.extensionMs),
      fmtMs(r.referenceMs),
      fmtRatio(ratio(r)),
      fmtMs(r.firstHighlightMs),
      fmtMs(r.longestMs),
      fmtMb(r.heapBytes),
      fmtMb(r.referenceHeapBytes),
    ];
    if (firefox) {
      const f = r.firefox;
      const ffRatio = f && f.extensionMs !== null && f.referenceMs ? f.extensionMs / f.referenceMs : null;
      cells.push(
        fmtMs(f?.extensionMs ?? null),
        fmtMs(f?.referenceMs ?? null),
        fmtRatio(ffRatio),
        f ? String(f.highlights) : 'n/a',
        fmtMs(f?.firstHighlightMs ?? null),
      );
    }
    if (r.markjs) cells.push(fmtMs(r.markjs.listMs), fmtMs(r.markjs.regexMs));
    else if (header.length > cells.length) cells.push('', '');
    return cells;
  });
  return markdownTable(header, lines);
}

export function scaleTable(rows: ScaleRow[]): string {
  const pages = rows[0]?.pages.map((p) => p.page) ?? [];
  const header = ['entities', 'shards MB', 'stored'];
  for (const p of pages) header.push(`${p} CPU ms`, `${p} highlights`, `${p} heap MB`);
  const base = rows[0];
  const lines = rows.map((r) => {
    const cells = [r.entities.toLocaleString('en-US'), fmtMb(r.packBytes), r.refused ? 'refused' : 'yes'];
    r.pages.forEach((p, i) => {
      const growth =
        p.extensionMs !== null && base.pages[i].extensionMs
          ? ` (${fmtRatio(p.extensionMs / base.pages[i].extensionMs)})`
          : '';
      cells.push(`${fmtMs(p.extensionMs)}${growth}`, String(p.highlights), fmtMb(p.heapBytes));
    });
    while (cells.length < header.length) cells.push('n/a');
    return cells;
  });
  return markdownTable(header, lines);
}

export interface Verdicts {
  lines: string[];
}

const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

/** The targets of issue 15, checked against this run. */
export function verdicts(rows: PageRow[], scale: ScaleRow[]): string[] {
  const shared = rows.filter((r) => r.page.endsWith('.html'));
  const ratios = shared.map(ratio).filter((r): r is number => r !== null);
  const sorted = [...ratios].sort((a, b) => a - b);
  const medianRatio = sorted.length ? sorted[sorted.length >> 1] : NaN;
  const long = rows.find((r) => r.page === 'generated 1 MB');
  const longRatio = long ? ratio(long) : null;
  const allRatios = rows.map(ratio).filter((r): r is number => r !== null);
  const worst = Math.max(...allRatios);
  const firsts = rows.map((r) => r.firstHighlightMs).filter((v): v is number => v !== null);
  const worstFirst = firsts.length ? Math.max(...firsts) : NaN;
  const worstTask = Math.max(...rows.map((r) => r.longestMs ?? 0));
  const out = [
    `- median of the saved pages' ratios: ${fmtRatio(medianRatio)} (target ≤ 3×: ${verdict(medianRatio <= 3)})`,
    `- 1 MB page: ${fmtRatio(longRatio)} (target ≤ 4×: ${verdict(longRatio !== null && longRatio <= 4)})`,
    `- worst page: ${fmtRatio(worst)} (target ≤ 5×: ${verdict(worst <= 5)})`,
    `- latest first highlight after the page is ready: ${fmtMs(worstFirst)} ms (target ≤ 100 ms: ${verdict(worstFirst <= 100)})`,
    `- longest task of the extension: ${fmtMs(worstTask)} ms (target ≤ 50 ms: ${verdict(worstTask <= 50)})`,
  ];
  if (scale.length > 1) {
    const first = scale[0];
    const last = [...scale].reverse().find((s) => s.pages.length) ?? first;
    const growth = last.pages.map((p, i) => {
      const b = first.pages[i];
      return {
        page: p.page,
        cpu: p.extensionMs !== null && b.extensionMs ? p.extensionMs / b.extensionMs : null,
        heap: b.heapBytes ? p.heapBytes / b.heapBytes : null,
        found: p.highlights >= b.highlights,
      };
    });
    for (const g of growth)
      out.push(
        `- ${g.page}, ${first.entities} → ${last.entities.toLocaleString('en-US')} entities: CPU ${fmtRatio(g.cpu)}, heap ${fmtRatio(g.heap)} (target ≤ 1.2×: ${verdict((g.cpu ?? Infinity) <= 1.2 && (g.heap ?? Infinity) <= 1.2)})`,
      );
    out.push(
      `- storage quota: ${scale.every((s) => !s.refused) ? 'never reached (met)' : `refused at ${scale.find((s) => s.refused)!.entities.toLocaleString('en-US')} entities (**not met**): ${scale.find((s) => s.refused)!.refused}`}`,
    );
  }
  return out;
}

const METHOD = `Each page of \`../shared/pages\` and a generated 1 MB page is loaded fresh in headless Chromium, once
with the built extension and once, in another browser of the same run, with the reference extension
(\`bench/reference-extension.ts\`: the least an annotator can do, one \`storage.local\` read and one walk over
the text nodes reading their text, nothing painted, in the same frames at the same time). Medians of
BENCH_RUNS loads. All times are CPU times of the page's main thread from the DevTools profiler and trace:
an extension's samples (its script, its callees and the garbage collection that follows), a sample counted
no further than its task's end and a task no more than its thread's CPU time; the host takes the core away
at any moment and that time is not counted. _first highlight_: from the moment a \`document_idle\` script may start (the load
event, or 200 ms after DOMContentLoaded when the load event comes later) to the first animation frame
showing a highlight. _longest task_: the extension's longest work in one task. _heap_: the page's JS
heap after a collection once the extension is done (the content script shares the page's isolate).
The scale table loads the same pages with the seed library grown by generated entities
(\`bench/library-gen.ts\`: people, towns and companies with distinct names, every case form in Russian, the
English names) and stored as the background stores it (\`matcherIndex\` and its shards). Absolute figures swing 2× from
run to run on this shared 2-core machine: compare figures of one run only.

The _Firefox_ columns load the same pages in Firefox ESR with the MV2 build (\`bench/firefox.ts\`), interleaved
with the same reference extension built as an MV2 add-on (BENCH_FIREFOX_RUNS loads, default 3). Their CPU is
from Firefox's own profiler (the Gecko profiler, started with \`MOZ_PROFILER_STARTUP\`, sampling every 0.5 ms
with each thread's CPU time): the samples of the web pages' content processes' main threads with a frame of
the extension's scripts on the stack, each adding the thread's CPU time since the previous sample. Firefox
counts what it runs to inject a content script (its schema and wrapper code is called from the script's
frames) and has no per-task trace here, so the Firefox columns have no longest task and no heap, and their
ratio is Firefox's alone: compare it with the Chromium ratio, not its milliseconds.`;

export function writePerformanceDoc(
  date: string,
  runs: number,
  rows: PageRow[],
  scale: ScaleRow[],
  notes: string,
): string {
  const path = join(REPO_ROOT, 'docs/PERFORMANCE.md');
  const text = `# Performance

Written by \`npm run bench\` (${date}, ${runs} runs per page, on the 2-core development machine).

${METHOD}

## Per page

${pageTable(rows)}

## Library size

${scale.length ? scaleTable(scale) : '(not measured in this run: BENCH_SCALE=0)'}

## Targets (issue 15)

${verdicts(rows, scale).join('\n')}
${notes ? `\n${notes}\n` : ''}`;
  writeFileSync(path, text);
  return path;
}
