// npm run bench:pack: a pack of 5,000 generated articles (BENCH_PACK_ARTICLES=n for another size), built by
// the pack builder, served from 127.0.0.1 and subscribed to on the Sources page of the Chrome build. It
// prints what the reader pays: the build, the files, the time from the click to the subscription and to
// the first painted name, the content script's CPU on pages before and after the pack (medians of
// BENCH_RUNS loads, the same CPU reading as npm run bench), and how long the library's lists take to show.
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { PACK_INDEX_FILE } from '../lib/packs/format';
import {
  launchBrowser,
  libraryUrl,
  startStaticServer,
  waitForMatcherPack,
  type Browser,
  type StaticServer,
} from '../test/e2e/harness';
import { buildWithTestHostGranted, startPackHost } from '../test/e2e/pack-host';
import { FIRST_HIGHLIGHT_PROBE, measurePage } from './measure-page';
import { generatePack, pageNaming, sampledNames } from './pack-gen';
import { fmtMs, markdownTable, medianOrNull } from './stats';

const ARTICLES = Number(process.env.BENCH_PACK_ARTICLES ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SAMPLED_NAMES = 24;

async function pageCpu(browser: Browser, server: StaticServer, path: string): Promise<number | null> {
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measurePage(browser, server, path));
  return medianOrNull(samples.map((s) => s.cpuMs));
}

/** ms from navigating to `url` until `shown` (a locator of that page) is visible. */
async function timeToShow(page: Page, url: string, shown: (page: Page) => Locator): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await shown(page).first().waitFor({ timeout: 120_000 });
  return Date.now() - started;
}

async function main(): Promise<void> {
  const pack = await generatePack(ARTICLES, generateKeyPairSync('ed25519').privateKey);
  const bytes = [...pack.files.values()].reduce((n, b) => n + b.length, 0);
  const names = sampledNames(pack.content, SAMPLED_NAMES);

  const host = await startPackHost();
  host.serve(pack.files);
  const server = await startStaticServer();
  server.put('/bench-blank.html', '<!doctype html><title>blank</title><p>start</p>');
  server.put('/pack-names.html', pageNaming(names));
  const pages = ['/shared/guardian-1.html', '/shared/nytimes-1.html', '/pack-names.html'];
  const extensionDir = buildWithTestHostGranted('chromium');
  const browser = await launchBrowser({ extensionDir });
  await browser.context.addInitScript(FIRST_HIGHLIGHT_PROBE);
  try {
    await waitForMatcherPack(browser);
    const before = new Map<string, number | null>();
    for (const path of pages) before.set(path, await pageCpu(browser, server, path));

    const sources = await browser.context.newPage();
    sources.on('dialog', (d) => void d.accept());
    await sources.goto(`${libraryUrl(browser)}?view=sources`);
    await sources.getByLabel('Address of a pack (pack.json)').fill(`${host.origin}/pack/${PACK_INDEX_FILE}`);
    const clicked = Date.now();
    await sources.getByRole('button', { name: 'Subscribe' }).click();
    await sources.getByText(`Subscribed to “${pack.info.name}”.`).waitFor({ timeout: 600_000 });
    const subscribedMs = Date.now() - clicked;
    const probe = await browser.context.newPage();
    let paintedMs: number | null = null;
    while (paintedMs === null && Date.now() - clicked < 600_000) {
      await probe.goto(`${server.origin}/pack-names.html`);
      await probe.waitForTimeout(300);
      const count = await probe.evaluate<number>(
        "(() => { let n = 0; CSS.highlights.forEach((h, k) => { if (k.startsWith('ctx-') && k !== 'ctx-active') n += h.size; }); return n; })()",
      );
      if (count > 0) paintedMs = Date.now() - clicked;
    }
    await probe.close();

    const after = new Map<string, number | null>();
    for (const path of pages) after.set(path, await pageCpu(browser, server, path));

    const library = await browser.context.newPage();
    const articlesMs = await timeToShow(library, libraryUrl(browser), (p) => p.locator('.article-row'));
    const entitiesMs = await timeToShow(library, `${libraryUrl(browser)}?view=entities`, (p) =>
      p.getByText(names[0]),
    );
    await library.close();

    console.log(
      `\nA pack of ${ARTICLES.toLocaleString('en-US')} generated articles: ${pack.content.entities.length.toLocaleString('en-US')} entities, ` +
        `${pack.content.mentions.length.toLocaleString('en-US')} mentions, ${(bytes / 1e6).toFixed(1)} MB of files, built in ${(pack.buildMs / 1000).toFixed(1)} s.\n`,
    );
    console.log(
      markdownTable(
        ['measure', 'value'],
        [
          [
            'click → subscribed (fetched, verified, stored, merged, published)',
            `${(subscribedMs / 1000).toFixed(1)} s`,
          ],
          [
            'click → first of its names painted on a page',
            paintedMs === null ? 'never' : `${(paintedMs / 1000).toFixed(1)} s`,
          ],
          ['library: article list shown', `${fmtMs(articlesMs)} ms`],
          ['library: entity directory shown (a pack name in it)', `${fmtMs(entitiesMs)} ms`],
        ],
      ),
    );
    console.log(
      `\n${markdownTable(
        ['page', 'CPU ms without the pack', 'CPU ms with it', 'growth'],
        pages.map((p) => {
          const b = before.get(p) ?? null;
          const a = after.get(p) ?? null;
          return [p, fmtMs(b), fmtMs(a), a !== null && b ? `${(a / b).toFixed(2)}×` : 'n/a'];
        }),
      )}`,
    );
  } finally {
    await browser.close();
    await host.close();
    await server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
