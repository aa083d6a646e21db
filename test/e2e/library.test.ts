// The library end to end in real Chromium and Firefox: the reader adds articles by paste and by file, sees the new
// entity highlighted on a web page without reloading the extension, exports, wipes, imports and finds
// everything again; bad input is refused with a reason and loses nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type TestBrowser,
  type BrowserName,
  type StaticServer,
  type TestPage,
  BROWSERS,
  launchBrowser,
  libraryUrl as libraryUrlOf,
  openTabFromExtension,
  popupUrl,
  readHighlights,
  startStaticServer,
  waitForHighlights,
  waitForMatcherPack,
} from './harness';

const PASTED = [
  'Аграрный форум в Костанае',
  '',
  'Министр сельского хозяйства Марат Ахметов открыл в Костанае аграрный форум, на который приехали фермеры из пяти областей.',
  '',
  'Президент Касым-Жомарт Токаев поручил Марату Ахметову подготовить программу поддержки экспорта зерна по Среднему коридору.',
].join('\n');

const FILE_TEXT = [
  'Aktau port doubles grain exports',
  '',
  'John Harrington, the chief executive of Caspian Grain Holdings, said on Tuesday that grain exports through the port of Aktau would double this year.',
  '',
  'Harrington spoke after President Tokayev met the board of the company in Astana, and said that the company will invest in storage.',
].join('\n');

const NEWS_PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Новости</title></head><body>
<article><h1>Зерновой экспорт</h1>
<p>Как сообщил Марат Ахметов, экспорт зерна вырос на треть.</p>
<p>John Harrington of Caspian Grain Holdings confirmed the numbers.</p></article></body></html>`;

const WHEAT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Kostanay wheat harvest breaks a record | Steppe Herald</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Kostanay wheat harvest breaks a record</h1>
<p>Farmers in the Kostanay region brought in the largest wheat harvest in a decade this autumn, the regional
akimat said on Monday, after a wet spring and a dry, warm August gave the fields an unusually long season.</p>
<p>Serik Zhumabayev, who heads the regional farmers' union, said that storage was now the main worry: the
elevators of the region were full by the middle of September, and grain was waiting in the open.</p>
<p>Serik Zhumabayev added that the union had asked the government to speed up rail shipments to the ports of
the Caspian, from where much of the harvest goes on to Azerbaijan and Turkey along the Middle Corridor.</p>
</article><footer><p>Subscribe to our newsletter. © Steppe Herald</p></footer></body></html>`;

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
  server.put('/grain-news.html', NEWS_PAGE);
  server.put('/wheat-harvest.html', WHEAT_PAGE);
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('%s: library', (browserName: BrowserName) => {
  let browser: TestBrowser;
  let library: TestPage;
  let libraryUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser({ browser: browserName });
    await waitForMatcherPack(browser);
    libraryUrl = libraryUrlOf(browser);
    library = await browser.newPage();
    library.acceptDialogs();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function addView(page: TestPage): Promise<void> {
    await page.goto(`${libraryUrl}?view=add`);
    await page.getByRole('heading', { name: 'Add articles' }).waitFor();
  }

  async function highlightedOnNewsPage(): Promise<string[]> {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/grain-news.html`);
      await waitForHighlights(page, 'Марат Ахметов', 20_000);
      return (await readHighlights(page)).map((h) => h.text);
    } finally {
      await page.close();
    }
  }

  test('adds an article by paste: its new person is highlighted on an open page without a reload', async () => {
    const news = await browser.newPage();
    await news.goto(`${server.origin}/grain-news.html`);
    const shelf = await browser.newPage();
    await shelf.goto(libraryUrl);
    await shelf.locator('.article-row').first().waitFor();
    await addView(library);
    await library.getByRole('textbox', { name: 'Text', exact: true }).fill(PASTED);
    await library.getByRole('button', { name: 'Add article' }).click();
    await library.getByText(/Added 1 article, with \d+ new entit/).waitFor({ timeout: 60_000 });
    // The page opened before the article was added follows the new matcher pack.
    await waitForHighlights(news, 'Марат Ахметов', 20_000);
    await news.close();
    // A library tab left open on the article list shows the new article by itself (live queries).
    await shelf.getByRole('link', { name: 'Аграрный форум в Костанае' }).waitFor({ timeout: 10_000 });
    await shelf.close();

    await library.getByRole('link', { name: 'Аграрный форум в Костанае' }).click();
    const mention = library.locator('.reader-body a.mention', { hasText: 'Марату Ахметову' });
    await mention.waitFor();
    await mention.click();
    await library.getByRole('heading', { name: /Marat Akhmetov/ }).waitFor();
    await expect(library.locator('.passage').count()).resolves.toBe(2);
  });

  test('adds an article from a file, and refuses empty, binary and foreign files with a reason', async () => {
    await addView(library);
    const chooser = library.getByLabel('Choose files');
    await chooser.setInputFiles([
      { name: 'grain.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE_TEXT) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      {
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 4, 5, 0xff, 0xfe, 0, 0]),
      },
      {
        name: 'german.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Die Regierung hat am Dienstag beschlossen, dass die Exporte von Getreide über den Hafen verdoppelt werden sollen, und der Minister sagte das auch.',
        ),
      },
    ]);
    await library.getByText(/Added 1 article/).waitFor({ timeout: 60_000 });
    const refused = library.getByRole('alert');
    await expect(refused.textContent()).resolves.toMatch(/empty\.txt: the file is empty/);
    await expect(refused.textContent()).resolves.toMatch(/photo\.txt: looks like a binary file/);
    await expect(refused.textContent()).resolves.toMatch(/german\.txt: the text reads as German/);
    const texts = await highlightedOnNewsPage();
    expect(texts).toContain('John Harrington');
  });

  test('exports, wipes, imports and finds everything again', async () => {
    await library.goto(`${libraryUrl}?view=settings`);
    const file = await library.download(() => library.getByRole('button', { name: 'Export…' }).click());
    // JSON Lines (docs/FORMAT.md): a header, then one line per entity and per article.
    const [header, ...records] = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { version?: number; article?: { title: string } });
    expect(header).toMatchObject({ format: 'context-lens-library', articles: 2 });
    expect(records.flatMap((r) => (r.article ? [r.article.title] : [])).sort()).toEqual([
      'Aktau port doubles grain exports',
      'Аграрный форум в Костанае',
    ]);

    await library.getByRole('button', { name: 'Remove all my articles…' }).click();
    await library.getByText('Removed 2 articles').waitFor();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/grain-news.html`);
    await page.waitForTimeout(1500);
    expect((await readHighlights(page)).map((h) => h.text)).not.toContain('Марат Ахметов');
    await page.close();

    // A damaged file and a file from a newer version are refused, and nothing changes.
    const importer = library.getByLabel('Import a library file');
    await importer.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(readFileSync(file, 'utf8').slice(0, 300)),
    });
    await library.getByText(/damaged or is not a Context Lens export/).waitFor();
    const [first, ...rest] = readFileSync(file, 'utf8').split('\n');
    const newer = [JSON.stringify({ ...JSON.parse(first), version: header.version! + 1 }), ...rest].join(
      '\n',
    );
    await importer.setInputFiles({
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(newer),
    });
    await library.getByText(/exported by a newer version of Context Lens/).waitFor();

    await importer.setInputFiles(file);
    await library.getByText(/Imported 2 articles/).waitFor();
    const texts = await highlightedOnNewsPage();
    expect(texts).toEqual(expect.arrayContaining(['Марат Ахметов', 'John Harrington']));

    await library.goto(`${libraryUrl}?view=entities`);
    await library.getByRole('searchbox').fill('akhmetov');
    await library.getByRole('link', { name: /Marat Akhmetov/ }).waitFor();
    expect(browser.offMachineRequests()).toEqual([]);
  });

  test('removes one article with the entity only it named; the other article’s names stay highlighted', async () => {
    await library.goto(libraryUrl);
    await library.getByRole('button', { name: 'Remove “Aktau port doubles grain exports”' }).click();
    await library
      .getByRole('link', { name: 'Aktau port doubles grain exports' })
      .waitFor({ state: 'detached' });
    // The page follows the republished pack: Harrington's highlight goes, Akhmetov's stays.
    const page = await browser.newPage();
    await page.goto(`${server.origin}/grain-news.html`);
    await waitForHighlights(page, 'Марат Ахметов', 20_000);
    await expect
      .poll(async () => (await readHighlights(page)).map((h) => h.text), { timeout: 10_000 })
      .not.toContain('John Harrington');
    await page.close();
  });

  test('opens an article at the sentence a popover links to', async () => {
    await library.goto(`${libraryUrl}?article=seed-000&sentence=3`);
    const target = library.locator('#s-3.sentence.target');
    await target.waitFor();
    const box = await target.boundingBox();
    const viewport = library.viewportSize();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(viewport.height);
  });

  // The options page (about:addons' Preferences in Firefox, "Extension options" in Chrome) is the library.
  test("the extension's options page is the library, opened in a tab", async () => {
    await browser.evaluateInExtension(async () => {
      type Runtime = { openOptionsPage(): Promise<void> };
      const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
      await (g.browser ?? g.chrome).runtime.openOptionsPage();
    });
    const options = await browser.waitForPage((url) => url.startsWith(libraryUrl));
    await options.getByRole('link', { name: 'Аграрный форум в Костанае' }).waitFor({ timeout: 10_000 });
    await options.close();
  });

  test('"Add this page" in the popup reads the article of the active tab into the library', async () => {
    const article = await browser.newPage();
    await article.goto(`${server.origin}/wheat-harvest.html`);
    await article.bringToFront();
    await openTabFromExtension(browser, `${popupUrl(browser)}?add`);
    const popup = await browser.waitForPage((url) => url.includes('/popup.html?add'));
    await popup.getByRole('button', { name: 'Add this page to the library' }).click();
    await popup.getByText(/Added “Kostanay wheat harvest/).waitFor({ timeout: 60_000 });
    await popup.close();
    await library.goto(libraryUrl);
    await library.getByRole('link', { name: /Kostanay wheat harvest/ }).waitFor({ timeout: 10_000 });
    // Readability left the page's navigation and footer out of the article.
    await library.getByRole('link', { name: /Kostanay wheat harvest/ }).click();
    const body = await library.locator('.reader-body').innerText();
    expect(body).toContain('Serik Zhumabayev');
    expect(body).not.toContain('Subscribe to our newsletter');
    await article.close();
  });
});
