// npm run bench: the extension's cost on real pages and on a generated 1 MB page, side by side with the
// reference extension (the least an annotator can do) measured on the same pages in the same run; then
// the same pages with libraries of 80, 5,000 and 50,000 entities. Prints the tables and writes
// docs/PERFORMANCE.md (with bench/performance-notes.md, the reading of the figures, appended).
// BENCH_RUNS=n loads per page (default 5); BENCH_PAGES=word,word limits the pages; BENCH_SCALE=0 skips the
// scale table, BENCH_SCALE_PAGES=word,word chooses its pages; BENCH_MARKJS=1 adds mark.js (minutes);
// BENCH_FIREFOX=0 skips Firefox, BENCH_FIREFOX_RUNS=n sets its loads per page (default 3).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  REPO_ROOT,
  SHARED_PAGES_DIR,
  type Browser,
  type StaticServer,
  launchBrowser,
  sharedPagesAvailable,
  startStaticServer,
  waitForMatcherPack,
} from '../test/e2e/harness';
import { generateLongPage } from './generate-page';
import { measureFirefox } from './firefox';
import { measureMarkJs, medianRuns } from './markjs';
import { FIRST_HIGHLIGHT_PROBE, measurePage, textSize, type PageSample } from './measure-page';
import { writeReferenceExtension } from './reference-extension';
import { pageTable, scaleTable, verdicts, writePerformanceDoc, type PageRow, type ScaleRow } from './report';
import { SCALES, scaledPack, seedMatcherPack, storePack, storedBytes } from './scale';
import { fmtMs, median, medianOrNull } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FIREFOX_RUNS = Number(process.env.BENCH_FIREFOX_RUNS ?? 3);
const LONG_PAGE = '/generated-1mb.html';
const LONG_LABEL = 'generated 1 MB';

interface BenchPage {
  label: string;
  path: string;
}

function pagesToMeasure(words: string[] | undefined): BenchPage[] {
  const pages: BenchPage[] = [];
  if (sharedPagesAvailable()) {
    for (const file of readdirSync(SHARED_PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort())
      pages.push({ label: file, path: `/shared/${file}` });
  } else {
    console.warn(`bench: ${SHARED_PAGES_DIR} not found; measuring the generated page only.`);
  }
  pages.push({ label: LONG_LABEL, path: LONG_PAGE });
  return words ? pages.filter((p) => words.some((w) => p.label.includes(w))) : pages;
}

const words = (value: string | undefined) => value?.split(',').filter(Boolean);

async function runs(browser: Browser, server: StaticServer, path: string): Promise<PageSample[]> {
  const out: PageSample[] = [];
  for (let run = 0; run < RUNS; run++) out.push(await measurePage(browser, server, path));
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  const server = await startStaticServer();
  server.put('/bench-blank.html', '<!doctype html><title>blank</title><p>start</p>');
  server.put(LONG_PAGE, generateLongPage());
  const pages = pagesToMeasure(words(process.env.BENCH_PAGES));

  const extension = await launchBrowser();
  const reference = await launchBrowser({ extensionDir: writeReferenceExtension() });
  const plain = await launchBrowser({ extension: false });
  for (const b of [extension, reference, plain]) await b.context.addInitScript(FIRST_HIGHLIGHT_PROBE);
  try {
    await waitForMatcherPack(extension);
    const seedPack = await seedMatcherPack();
    console.log(
      `bench: ${seedPack.entities.length} entities in the pack, ${RUNS} runs per page, medians below.\n`,
    );

    const rows: PageRow[] = [];
    for (const { label, path } of pages) {
      // Interleaved, so that a stretch of host load falls on both.
      const ext: PageSample[] = [];
      const ref: PageSample[] = [];
      for (let run = 0; run < RUNS; run++) {
        ext.push(await measurePage(extension, server, path));
        ref.push(await measurePage(reference, server, path));
      }
      const row: PageRow = {
        page: label,
        textChars: await textSize(plain, server, path),
        highlights: median(ext.map((s) => s.highlights)),
        extensionMs: medianOrNull(ext.map((s) => s.cpuMs)),
        referenceMs: medianOrNull(ref.map((s) => s.cpuMs)),
        firstHighlightMs: medianOrNull(ext.map((s) => s.firstHighlightMs)),
        longestMs: medianOrNull(ext.map((s) => s.longestMs)),
        heapBytes: median(ext.map((s) => s.heapBytes)),
        referenceHeapBytes: median(ref.map((s) => s.heapBytes)),
      };
      if (process.env.BENCH_MARKJS === '1') {
        const names = [...new Set(seedPack.patterns.map(([form]) => form))];
        const list = await medianRuns(RUNS, () => measureMarkJs(plain, server, path, names, 'list'));
        const regex = await medianRuns(RUNS, () => measureMarkJs(plain, server, path, names, 'regex'));
        row.markjs = { listMs: list.ms, regexMs: regex.ms, marks: regex.marks };
      }
      rows.push(row);
      process.stderr.write(
        `  ${label}: ext ${fmtMs(row.extensionMs)} ms, reference ${fmtMs(row.referenceMs)} ms, first highlight ${fmtMs(row.firstHighlightMs)} ms\n`,
      );
    }
    if (process.env.BENCH_FIREFOX !== '0') {
      const firefox = await measureFirefox(server, pages, FIREFOX_RUNS);
      for (const row of rows) {
        row.firefox = firefox.get(row.page);
        process.stderr.write(
          `  Firefox ${row.page}: ext ${fmtMs(row.firefox?.extensionMs ?? null)} ms, reference ${fmtMs(row.firefox?.referenceMs ?? null)} ms\n`,
        );
      }
    }
    console.log(`\n${pageTable(rows)}\n`);

    const scale: ScaleRow[] = [];
    if (process.env.BENCH_SCALE !== '0') {
      const scalePages = pagesToMeasure(words(process.env.BENCH_SCALE_PAGES ?? 'guardian-1,nytimes-1'));
      for (const entities of SCALES) {
        const pack = entities <= seedPack.entities.length ? seedPack : scaledPack(seedPack, entities);
        const refused = pack === seedPack ? null : await storePack(extension, pack);
        // A pack the browser refused leaves the previous one in place: the pages are not measured with it.
        if (refused) {
          scale.push({
            entities: pack.entities.length,
            packBytes: storedBytes(pack),
            refused,
            pages: [],
          });
          process.stderr.write(`  ${pack.entities.length} entities: refused (${refused})\n`);
          continue;
        }
        const row: ScaleRow = {
          entities: pack.entities.length,
          packBytes: storedBytes(pack),
          refused,
          pages: [],
        };
        for (const { label, path } of scalePages) {
          const samples = await runs(extension, server, path);
          row.pages.push({
            page: label,
            extensionMs: medianOrNull(samples.map((s) => s.cpuMs)),
            highlights: median(samples.map((s) => s.highlights)),
            heapBytes: median(samples.map((s) => s.heapBytes)),
          });
        }
        scale.push(row);
        process.stderr.write(
          `  ${row.entities} entities: ${refused ? `refused (${refused})` : 'stored'}; ${row.pages.map((p) => `${p.page} ${fmtMs(p.extensionMs)} ms, ${p.highlights} highlights`).join(', ')}\n`,
        );
      }
      await storePack(extension, seedPack);
      console.log(`${scaleTable(scale)}\n`);
    }

    console.log(verdicts(rows, scale).join('\n'));
    if (!process.env.BENCH_PAGES) {
      const notesFile = join(REPO_ROOT, 'bench/performance-notes.md');
      const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() : '';
      const date = new Date().toISOString().slice(0, 10);
      console.log(`\nwrote ${writePerformanceDoc(date, RUNS, rows, scale, notes)}`);
    }
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await extension.close();
    await reference.close();
    await plain.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
