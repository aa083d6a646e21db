// Adding 1,000 articles through the library page of the built extension, in headless Chromium: the files
// are chosen in the page, read there, sent in batches to the background, which discovers entities, writes
// IndexedDB and republishes the matcher pack. Prints the wall time, the throughput, the slowest batch, and
// the library page's longest task (the page must stay responsive: the work is in the service worker).
// Run: npx wxt build && npx tsx bench/library-ingest.ts   (BENCH_ARTICLES=200 for a shorter run)
import type { Page } from 'playwright-core';
import { launchBrowser, waitForMatcherPack } from '../test/e2e/harness';
import { article } from './article-gen';
import { INGEST_BATCH_SIZE } from '../lib/ingest/limits';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 1000);

async function longestTaskDuring(page: Page, work: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await work();
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

const browser = await launchBrowser();
try {
  await waitForMatcherPack(browser);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html?view=add`);
  await page.getByRole('heading', { name: 'Add articles' }).waitFor();
  const files = Array.from({ length: COUNT }, (_, i) => ({
    name: `bench-${String(i).padStart(4, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(article(i)),
  }));

  const progress: { at: number; done: number }[] = [];
  const started = Date.now();
  // Handing 1,000 files to the input blocks the renderer inside the test driver itself: not measured.
  await page.getByLabel('Choose files').setInputFiles(files);
  const longest = await longestTaskDuring(page, async () => {
    for (;;) {
      const text =
        (await page
          .locator('.progress span')
          .textContent()
          .catch(() => null)) ?? '';
      const done = Number(/^(\d+) of/.exec(text)?.[1] ?? NaN);
      if (Number.isFinite(done) && progress.at(-1)?.done !== done)
        progress.push({ at: Date.now() - started, done });
      if (await page.getByText(/Added [\d,]+ articles/).isVisible()) break;
      if (Date.now() - started > 30 * 60_000) throw new Error('timed out');
      await page.waitForTimeout(100);
    }
  });
  const totalMs = Date.now() - started;
  const gaps = progress.slice(1).map((p, i) => p.at - progress[i].at);
  const outcome = await page.locator('.outcome .ok').textContent();
  const pack = await browser.serviceWorker!.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(k: string): Promise<Record<string, { formCount: number; entityCount: number }>>;
            };
          };
        };
      }
    ).chrome;
    const p = (await api.storage.local.get('matcherIndex')).matcherIndex;
    return { entities: p.entityCount, patterns: p.formCount };
  });

  // The reader's list, an entity page and the directory with a thousand articles behind them.
  const opened = async (query: string, selector: string) => {
    const t0 = Date.now();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html${query}`);
    await page.locator(selector).first().waitFor({ timeout: 60_000 });
    return Date.now() - t0;
  };
  const listMs = await opened('', '.article-row');
  const entityMs = await opened('?entity=tokayev', '.passage');
  const directoryMs = await opened('?view=entities', '.entity-row');

  console.log(`library ingest: ${COUNT} articles`);
  console.log(`  outcome            ${outcome}`);
  console.log(
    `  total              ${(totalMs / 1000).toFixed(1)} s  (${((COUNT / totalMs) * 1000).toFixed(1)} articles/s)`,
  );
  console.log(`  slowest batch      ${Math.max(...gaps, 0)} ms (batches of ${INGEST_BATCH_SIZE})`);
  console.log(`  page longest task  ${longest.toFixed(0)} ms  (library page, during ingestion)`);
  console.log(`  matcher pack       ${pack.entities} entities, ${pack.patterns} forms`);
  console.log(`  open article list  ${listMs} ms  (after ingestion)`);
  console.log(`  open entity page   ${entityMs} ms  (Tokayev, named in every article)`);
  console.log(`  open directory     ${directoryMs} ms`);
} finally {
  await browser.close();
}
