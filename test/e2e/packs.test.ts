// Corpus packs end to end in Chromium and Firefox: the reader subscribes on the Sources page to a pack served by a
// local static host, its names are painted on a page, and the host then serves v2, a corrupted v3 and a
// forged one: v2 replaces v1, the others are refused with their reason and v2 keeps working.
// The host's origin is granted up front: see pack-host.ts.
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackContent, parsePackSource } from '../../lib/packs/build';
import { formatFingerprint, keyFingerprint } from '../../lib/packs/crypto';
import { PACK_INDEX_FILE, type PackContent } from '../../lib/packs/format';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { rawPublicKey, signPack, type PackInfo } from '../../scripts/pack-build';
import {
  BROWSERS,
  launchBrowser,
  libraryUrl,
  readHighlights,
  startStaticServer,
  waitForHighlights,
  waitForMatcherPack,
  type StaticServer,
  type TestBrowser,
  type TestPage,
} from './harness';
import { buildWithTestHostGranted, startPackHost, type PackHost } from './pack-host';

const key = generateKeyPairSync('ed25519').privateKey;
const info = (version: number): PackInfo => ({
  id: 'grain',
  name: 'Grain desk',
  description: 'Caspian grain news',
  version,
  expiresInDays: 7,
});
const md = (title: string, body: string) => `---\ntitle: ${title}\nsource: Grain Desk\n---\n${body}\n`;
const HARVEST = md(
  'Record harvest in Kostanay',
  'John Harrington of Caspian Grain Holdings said that exports through Aktau would double. Harrington also said the company will invest in storage.',
);
const SILOS = md(
  'New silos open in Aktau',
  'Maria Volkova of Aktau Silo Company opened the new silos on Monday. Volkova said they hold a million tonnes.',
);
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Grain</title></head><body>
<article><h1>Grain</h1><p>President Tokayev and John Harrington spoke to farmers in Kostanay on Friday.</p>
<p>Maria Volkova answered questions about the silos.</p></article></body></html>`;

function corrupted(files: Map<string, Buffer>): Map<string, Buffer> {
  const out = new Map(files);
  const name = [...out.keys()].find((f) => f.startsWith('articles.'))!;
  const body = Buffer.from(out.get(name)!);
  body[20] ^= 1;
  out.set(name, body);
  return out;
}

function forged(files: Map<string, Buffer>): Map<string, Buffer> {
  const out = new Map(files);
  const index = JSON.parse(out.get(PACK_INDEX_FILE)!.toString()) as { manifest: string };
  index.manifest = index.manifest.replace(/"description": "[^"]*"/, '"description": "forged"');
  out.set(PACK_INDEX_FILE, Buffer.from(JSON.stringify(index)));
  return out;
}

describe.each(BROWSERS)('%s: corpus packs', (browserName) => {
  let v1: PackContent;
  let v2: PackContent;
  let host: PackHost;
  let pages: StaticServer;
  let browser: TestBrowser;
  let sources: TestPage;
  let extensionDir: string;
  let fingerprint: string;

  beforeAll(async () => {
    const morph = await loadRussianMorphology();
    const harvest = parsePackSource('grain', { fileName: 'harvest.md', text: HARVEST });
    v1 = buildPackContent([harvest], morph);
    v2 = buildPackContent([harvest, parsePackSource('grain', { fileName: 'silos.md', text: SILOS })], morph);
    fingerprint = formatFingerprint(await keyFingerprint(globalThis.crypto.subtle, rawPublicKey(key)));
    host = await startPackHost();
    pages = await startStaticServer();
    pages.put('/grain.html', PAGE);
    extensionDir = buildWithTestHostGranted(browserName);
    browser = await launchBrowser({ browser: browserName, extensionDir });
    await waitForMatcherPack(browser);
    sources = await browser.newPage();
    sources.acceptDialogs();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await pages?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  const packCard = () => sources.getByRole('listitem', { name: 'Grain desk' });
  const painted = async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${pages.origin}/grain.html`);
      // A name of the bundled corpus: the page has been scanned, whatever the packs hold.
      await waitForHighlights(page, 'Tokayev', 20_000);
      return (await readHighlights(page)).map((h) => h.text);
    } finally {
      await page.close();
    }
  };
  const checkNow = async (expected: RegExp) => {
    const before = host.log.length;
    await sources.getByRole('button', { name: 'Check for updates' }).click();
    const deadline = Date.now() + 20_000;
    while (!expected.test(await packCard().innerText())) {
      if (Date.now() > deadline)
        throw new Error(`the pack never showed ${expected}: ${await packCard().innerText()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return host.log.slice(before);
  };

  test('subscribes by URL: name, size, counts and fingerprint shown, the names painted on pages', async () => {
    host.serve(signPack(v1, info(1), key));
    await sources.goto(`${libraryUrl(browser)}?view=sources`);
    await sources.getByRole('heading', { name: 'Sources' }).waitFor();
    await sources.getByLabel('Address of a pack (pack.json)').fill(`${host.origin}/pack/${PACK_INDEX_FILE}`);
    await sources.getByRole('button', { name: 'Subscribe' }).click();
    await sources.getByText('Subscribed to “Grain desk”.').waitFor({ timeout: 30_000 });
    const card = await packCard().innerText();
    expect(card).toContain(`version 1 · `);
    expect(card).toMatch(/\d+ KB · 1 article · \d+ entities/);
    expect(card).toContain(fingerprint);
    expect(await painted()).toContain('John Harrington');

    // The library lists the pack's article under the pack's name, and its people among the entities.
    await sources.goto(libraryUrl(browser));
    await sources.getByRole('button', { name: /^Packs 1$/ }).click();
    const row = sources.locator('.article-row', { hasText: 'Record harvest in Kostanay' });
    expect(await row.innerText()).toContain('Grain desk');
    await sources.goto(`${libraryUrl(browser)}?view=entities`);
    await sources.getByText('John Harrington').first().waitFor();
    await sources.goto(`${libraryUrl(browser)}?view=sources`);
    await sources.getByRole('heading', { name: 'Sources' }).waitFor();
  });

  test('asks with If-None-Match, takes v2, then keeps v2 through a corrupted and a forged version', async () => {
    // Nothing new: the host answers 304 and no data file is fetched.
    const unchanged = await checkNow(/checked/);
    expect(unchanged.map((r) => r.status)).toEqual([304]);

    host.serve(signPack(v2, info(2), key));
    const update = await checkNow(/version 2 · .* 2 articles/);
    expect(update[0]).toMatchObject({ path: PACK_INDEX_FILE, status: 200 });
    expect(update[0].ifNoneMatch).not.toBeNull();
    expect(await painted()).toContain('Maria Volkova');

    host.serve(corrupted(signPack(v1, info(3), key)));
    await checkNow(/corrupted/);
    expect(await packCard().innerText()).toContain('version 2 · ');

    host.serve(forged(signPack(v1, info(4), key)));
    await checkNow(/signature does not match/);
    expect(await packCard().innerText()).toContain('version 2 · ');
    expect(await painted()).toContain('Maria Volkova');
  });

  test('disables and unsubscribes: the pack’s names leave the pages, and nothing went off the machine', async () => {
    await packCard().getByRole('checkbox', { name: 'Enabled' }).click();
    await expect.poll(painted, { timeout: 20_000 }).not.toContain('Maria Volkova');
    expect(await painted()).not.toContain('John Harrington');

    await packCard().getByRole('checkbox', { name: 'Enabled' }).click();
    await expect.poll(painted, { timeout: 20_000 }).toContain('Maria Volkova');

    await packCard().getByRole('button', { name: 'Unsubscribe' }).click();
    await sources.getByText('No subscribed packs.').waitFor({ timeout: 20_000 });
    await expect.poll(painted, { timeout: 20_000 }).not.toContain('John Harrington');
    expect(browser.offMachineRequests()).toEqual([]);
  });

  test('an address that redirects is refused with the reason, and its target is never asked', async () => {
    host.serve(signPack(v1, info(5), key));
    const before = host.log.length;
    await sources.getByLabel('Address of a pack (pack.json)').fill(`${host.origin}/moved/${PACK_INDEX_FILE}`);
    await sources.getByRole('button', { name: 'Subscribe' }).click();
    await sources.getByText(/redirects to another address/).waitFor({ timeout: 30_000 });
    expect(host.log.slice(before).map((r) => r.path)).toEqual([`/moved/${PACK_INDEX_FILE}`]);
    await sources.getByText('No subscribed packs.').waitFor();
  });
});
