// The language of the reader's articles end to end: a Russian article full of Kazakh names is read and
// its names painted on a page in both spellings; a Kazakh article is refused as Kazakh and kept for
// names only; the library shows each article's language and re-reads one the reader corrects.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Browser,
  type StaticServer,
  launchBrowser,
  readHighlights,
  startStaticServer,
  waitForHighlights,
  waitForMatcherPack,
} from './harness';

const RUSSIAN = [
  'Алматинский оркестр открыл сезон',
  '',
  'Солистка филармонии Әлия Нұрғалиева открыла новый концертный сезон в Алматы. В программу вошли произведения казахских композиторов, которые редко звучат на большой сцене.',
  '',
  'После концерта Әлия Нұрғалиева поблагодарила слушателей и пообещала вернуться с сольной программой весной.',
].join('\n');

const KAZAKH = [
  'Астанада жаңа мектеп ашылды',
  '',
  'Елордада бір мың екі жүз оқушыға арналған жаңа мектеп ашылды. Мектепте заманауи зертханалар, кітапхана және спорт залы бар. Ашылу салтанатына Касым-Жомарт Токаев қатысты.',
].join('\n');

const PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Концерт</title></head><body>
<article><h1>Концерт</h1><p>Вчера выступила Алия Нургалиева.</p><p>Солистка Әлия Нұрғалиева поклонилась.</p></article>
</body></html>`;

let browser: Browser;
let server: StaticServer;
let library: Page;
let libraryUrl: string;

beforeAll(async () => {
  server = await startStaticServer();
  server.put('/concert.html', PAGE);
  browser = await launchBrowser();
  await waitForMatcherPack(browser);
  libraryUrl = `chrome-extension://${browser.extensionId}/library.html`;
  library = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function paste(text: string): Promise<void> {
  await library.goto(`${libraryUrl}?view=add`);
  await library.getByRole('heading', { name: 'Add articles' }).waitFor();
  await library.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await library.getByRole('button', { name: 'Add article' }).click();
}

describe('the language of articles', () => {
  test('a Russian article with Kazakh names is read; the name is painted in both spellings', async () => {
    await paste(RUSSIAN);
    await library.getByText(/Added 1 article, with [1-9]\d* new entit/).waitFor({ timeout: 60_000 });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/concert.html`);
    await waitForHighlights(page, 'Алия Нургалиева', 20_000);
    expect((await readHighlights(page)).map((h) => h.text)).toContain('Әлия Нұрғалиева');
    await page.close();
  });

  test('a Kazakh article is refused as Kazakh and can be kept for names only', async () => {
    await paste(KAZAKH);
    const refusal = library.getByRole('alert');
    await refusal.getByText(/reads as Kazakh/).waitFor({ timeout: 60_000 });
    await refusal.getByRole('button', { name: 'Add for names only' }).click();
    await library.getByText('Added 1 article.').waitFor({ timeout: 60_000 });

    await library.goto(libraryUrl);
    const kazakhRow = library.locator('.article-row', { hasText: 'Астанада жаңа мектеп ашылды' });
    await expect(kazakhRow.locator('.lang').textContent()).resolves.toBe('Kazakh · names only');
    const russianRow = library.locator('.article-row', { hasText: 'Алматинский оркестр открыл сезон' });
    await expect(russianRow.locator('.lang').textContent()).resolves.toBe('Russian');

    await library.screenshot({ path: '.cache/library-languages.png' });
    await kazakhRow.getByRole('link').click();
    await library.getByText(/Read for names only: the text reads as Kazakh/).waitFor();
    // The name the library knows is marked in it.
    await library.locator('.reader-body a.mention', { hasText: 'Касым-Жомарт Токаев' }).waitFor();
    await library.screenshot({ path: '.cache/article-language.png', fullPage: true });
  });

  test('the reader corrects an article’s language: it is read again', async () => {
    await library.goto(libraryUrl);
    await library.locator('.article-row', { hasText: 'Алматинский оркестр' }).getByRole('link').click();
    const select = library.getByRole('combobox', { name: 'Language' });
    await expect(select.inputValue()).resolves.toBe('ru');
    await select.selectOption('names-only');
    await library.getByText('Read again.').waitFor({ timeout: 60_000 });
    await library.getByText(/Read for names only/).waitFor();
    // Nothing discovered in it any more: the person is gone from pages.
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/concert.html`);
    await page.waitForTimeout(1500);
    expect((await readHighlights(page)).map((h) => h.text)).not.toContain('Алия Нургалиева');
    await page.close();
    // Read as Russian again, the person is back.
    await select.selectOption('ru');
    await library.getByText('Read again.').waitFor({ timeout: 60_000 });
    await expect(library.locator('.names-only-note').count()).resolves.toBe(0);
    const again = await browser.context.newPage();
    await again.goto(`${server.origin}/concert.html`);
    await waitForHighlights(again, 'Алия Нургалиева', 20_000);
    await again.close();
    await library.screenshot({ path: '.cache/article-language-ru.png', fullPage: true });
  });
});
