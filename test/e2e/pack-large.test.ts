// A pack of 5,000 articles end to end, in each browser: the reader subscribes on the Sources page, the
// whole pack is fetched, verified and stored, its names are painted on a page, the library lists its
// articles, and unsubscribing takes them away again. The pack is generated and built by the same code as
// `npm run pack` (bench/pack-gen.ts), once for the file. Figures (time to subscribe, to paint) are printed
// for the reader of the log; `npm run bench:pack` is where they are measured.
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PACK_INDEX_FILE } from '../../lib/packs/format';
import { generatePack, pageNaming, sampledNames, type GeneratedPack } from '../../bench/pack-gen';
import {
  BROWSERS,
  launchBrowser,
  libraryUrl,
  readHighlights,
  startStaticServer,
  waitForMatcherPack,
  type StaticServer,
  type TestBrowser,
  type TestPage,
} from './harness';
import { buildWithTestHostGranted, startPackHost, type PackHost } from './pack-host';

const ARTICLES = 5_000;
/** Names of the pack put on the test page, spread over the whole pack. */
const SAMPLED_NAMES = 24;

let pack: GeneratedPack;
let host: PackHost;
let pages: StaticServer;
let names: string[];

beforeAll(async () => {
  pack = await generatePack(ARTICLES, generateKeyPairSync('ed25519').privateKey);
  console.log(
    `pack-large: built ${ARTICLES} articles in ${(pack.buildMs / 1000).toFixed(1)} s: ` +
      `${pack.content.entities.length} entities, ${pack.content.mentions.length} mentions, ` +
      `${([...pack.files.values()].reduce((n, b) => n + b.length, 0) / 1e6).toFixed(1)} MB`,
  );
  names = sampledNames(pack.content, SAMPLED_NAMES);
  host = await startPackHost();
  host.serve(pack.files);
  pages = await startStaticServer();
  pages.put('/year.html', pageNaming(names));
}, 600_000);

afterAll(async () => {
  await host?.close();
  await pages?.close();
});

describe.each(BROWSERS)('%s: a pack of 5,000 articles', (browserName) => {
  let browser: TestBrowser;
  let sources: TestPage;
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = buildWithTestHostGranted(browserName);
    browser = await launchBrowser({ browser: browserName, extensionDir });
    await waitForMatcherPack(browser);
    sources = await browser.newPage();
    sources.acceptDialogs();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  const painted = async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${pages.origin}/year.html`);
      await page.waitForTimeout(1_500);
      return new Set((await readHighlights(page)).map((h) => h.text));
    } finally {
      await page.close();
    }
  };

  test('subscribes, paints its names on a page, lists its articles, and unsubscribes', async () => {
    await sources.goto(`${libraryUrl(browser)}?view=sources`);
    await sources.getByRole('heading', { name: 'Sources' }).waitFor();
    await sources.getByLabel('Address of a pack (pack.json)').fill(`${host.origin}/pack/${PACK_INDEX_FILE}`);
    const started = Date.now();
    await sources.getByRole('button', { name: 'Subscribe' }).click();
    await sources.getByText(`Subscribed to “${pack.info.name}”.`).waitFor({ timeout: 180_000 });
    const subscribedMs = Date.now() - started;
    const card = await sources.getByRole('listitem', { name: pack.info.name }).innerText();
    expect(card).toContain('5,000 articles');

    let missing: string[] = names;
    const deadline = Date.now() + 60_000;
    while (missing.length && Date.now() < deadline) {
      const seen = await painted();
      missing = names.filter((n) => !seen.has(n));
    }
    expect(missing).toEqual([]);
    const paintedMs = Date.now() - started;
    console.log(
      `pack-large ${browserName}: subscribed in ${(subscribedMs / 1000).toFixed(1)} s, ` +
        `all ${names.length} sampled names painted ${(paintedMs / 1000).toFixed(1)} s after the click`,
    );

    await sources.goto(libraryUrl(browser));
    await sources.getByRole('button', { name: `Packs ${ARTICLES}` }).waitFor({ timeout: 30_000 });

    await sources.goto(`${libraryUrl(browser)}?view=sources`);
    await sources
      .getByRole('listitem', { name: pack.info.name })
      .getByRole('button', { name: 'Unsubscribe' })
      .click();
    await sources.getByText('No subscribed packs.').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await painted()).size, { timeout: 30_000 }).toBe(0);
    expect(browser.offMachineRequests()).toEqual([]);
  }, 400_000);
});
