// The library's lists at a size no one scrolls through by hand, in real Chromium and Firefox: 3,000 of the
// reader's articles and their entities written into the extension's database, then the article list and
// the entity directory opened. Each renders a screenful of rows, not thousands, and the reader still
// reaches the last one by scrolling and sees each entity's true counts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Entity, Mention, StoredArticle } from '../../lib/model';
import {
  BROWSERS,
  type BrowserName,
  type TestBrowser,
  type TestPage,
  launchBrowser,
  libraryUrl,
  waitForMatcherPack,
  writeExtensionDb,
} from './harness';

const ARTICLES = 3_000;

/** Article `i` names the town of its index modulo 10 and, if even, the person of every even article. */
function library(): { articles: StoredArticle[]; entities: Entity[]; mentions: Mention[] } {
  const entity = (id: string, en: string, ru: string, type: Entity['type']): Entity => ({
    id,
    type,
    name: { en, ru },
    description: { en: '', ru: '' },
    forms: [{ text: ru, kind: 'full', lang: 'ru' }],
    links: [],
    origin: 'user',
  });
  const towns = Array.from({ length: 10 }, (_, k) =>
    entity(`town-${k}`, `Listtown ${k}`, `Листовск ${k}`, 'place'),
  );
  const person = entity('person-even', 'Evgeny Chetnov', 'Евгений Четнов', 'person');
  const articles: StoredArticle[] = [];
  const mentions: Mention[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const id = `list-${i}`;
    const text = `${towns[i % 10].name.ru} и ${person.name.ru} в новостях номер ${i}.`;
    articles.push({
      id,
      title: `Сводка номер ${i}`,
      date: '2025-01-01',
      source: 'Тестовые новости',
      author: null,
      lang: 'ru',
      url: null,
      paragraphs: [text],
      origin: 'user',
      addedAt: 1_700_000_000_000 + i,
    });
    const town = towns[i % 10].name.ru!;
    mentions.push({
      entityId: towns[i % 10].id,
      articleId: id,
      sentence: 0,
      start: 0,
      end: town.length,
      surface: town,
    });
    if (i % 2 === 0) {
      const start = text.indexOf(person.name.ru!);
      mentions.push({
        entityId: person.id,
        articleId: id,
        sentence: 0,
        start,
        end: start + person.name.ru!.length,
        surface: person.name.ru!,
      });
    }
  }
  return { articles, entities: [...towns, person], mentions };
}

describe.each(BROWSERS)('%s: the library at 3,000 articles', (browserName: BrowserName) => {
  let browser: TestBrowser;
  let page: TestPage;

  beforeAll(async () => {
    browser = await launchBrowser({ browser: browserName });
    await waitForMatcherPack(browser);
    page = await browser.newPage();
    await page.goto(`${libraryUrl(browser)}?view=settings`);
    await page.getByRole('heading', { name: 'Settings' }).first().waitFor();
    const { articles, entities, mentions } = library();
    await writeExtensionDb(page, {
      articles,
      sentences: articles.map((a) => ({ articleId: a.id, index: 0, paragraph: 0, text: a.paragraphs[0] })),
      entities,
      mentions,
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the article list renders a screenful of rows and reaches the oldest article at the bottom', async () => {
    await page.goto(libraryUrl(browser));
    await page.getByRole('link', { name: `Сводка номер ${ARTICLES - 1}`, exact: true }).waitFor();
    expect(await page.locator('.article-row').count()).toBeLessThan(100);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return page.getByRole('link', { name: 'Сводка номер 0', exact: true }).count();
      })
      .toBe(1);
    expect(await page.locator('.article-row').count()).toBeLessThan(100);
  });

  test('the directory lists every entity with its counts and finds one by name', async () => {
    await page.goto(`${libraryUrl(browser)}?view=entities`);
    const person = page.locator('.entity-row', { hasText: 'Evgeny Chetnov' });
    await person.waitFor();
    expect(await person.innerText()).toContain(`${(ARTICLES / 2).toLocaleString('en')} mentions`);
    const town = page.locator('.entity-row', { hasText: 'Listtown 3' });
    expect(await town.innerText()).toContain(`${ARTICLES / 10} articles`);
    await page.getByRole('searchbox').fill('листовск 7');
    await page.locator('.entity-row', { hasText: 'Listtown 7' }).waitFor();
  });

  test('an entity named in 1,500 articles: its page counts them all, quotes them, and leads to a related one', async () => {
    await page.goto(`${libraryUrl(browser)}?entity=person-even`);
    const n = (ARTICLES / 2).toLocaleString('en');
    await page.getByText(`${n} mentions in ${n} articles`).waitFor();
    await page.locator('.passage', { hasText: 'Евгений Четнов в новостях' }).first().waitFor();
    expect(await page.locator('.passage').count()).toBeLessThan(100);
    // The passages of the last article are read when the page scrolls to it.
    const last = `новостях номер ${ARTICLES - 2}.`;
    expect(await page.locator('.passage', { hasText: last }).count()).toBe(0);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return page.locator('.passage', { hasText: last }).count();
      })
      .toBe(1);
    expect(await page.locator('.passage').count()).toBeLessThan(100);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The town every tenth article names is related to the person, and its chip leads to its own page.
    await page
      .getByRole('link', { name: /Listtown 0/ })
      .first()
      .click();
    await page.getByText(`${ARTICLES / 10} mentions in ${ARTICLES / 10} articles`).waitFor();
  });
});
