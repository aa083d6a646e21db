// The reader's two windows: the popover (content, keyboard, links, related entities) and the toolbar
// popup (search in both languages, "on this page").
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CorpusIndex, Entity } from '../../lib/model';
import {
  type TestBrowser,
  type BrowserName,
  type StaticServer,
  type TestPage,
  BROWSERS,
  clickHighlight,
  launchBrowser,
  libraryUrl,
  openTabFromExtension,
  popupUrl,
  startStaticServer,
  waitForHighlights,
} from './harness';

let server: StaticServer;
let index: CorpusIndex;

beforeAll(async () => {
  server = await startStaticServer();
  index = (await import('virtual:seed-index')).default;
});
afterAll(async () => {
  await server?.close();
});

function entityNamed(en: string): Entity {
  const entity = index.entities.find((e) => e.name.en === en);
  if (!entity) throw new Error(`the index has no entity named ${en}`);
  return entity;
}

function entityWithForm(form: string): Entity {
  const entity = index.entities.find((e) => e.forms.some((f) => f.text === form));
  if (!entity) throw new Error(`the index has no entity with the form ${form}`);
  return entity;
}

describe.each(BROWSERS)('%s', (browserName: BrowserName) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ browser: browserName });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openArticle(path = '/en-tokayev-baku.html'): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`);
    await waitForHighlights(page, 'Kassym-Jomart Tokayev');
    return page;
  }

  /** Whether the focused element is inside a dialog (looked up through the card's closed root, as a screen reader would). */
  async function focusInDialog(page: TestPage): Promise<boolean> {
    return (await page.getByRole('dialog').locator(':focus').count()) > 0;
  }

  test('the popover shows both names, type, description, counts and quotes with the mention emphasised', async () => {
    const tokayev = entityNamed('Kassym-Jomart Tokayev');
    const stats = index.stats.find((s) => s.entityId === tokayev.id)!;
    const page = await openArticle();
    await clickHighlight(page, 'Tokayev');
    const dialog = page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' });
    await dialog.waitFor({ timeout: 10_000 });
    const text = (await dialog.innerText()).replace(/\s+/g, ' ');

    expect(text).toContain(tokayev.name.ru!);
    expect(text).toContain(tokayev.description.en);
    expect(text).toContain(`${stats.mentionCount} mentions in ${stats.articleCount} article`);
    const surfaces = new Set(index.mentions.filter((m) => m.entityId === tokayev.id).map((m) => m.surface));
    const emphasised = await dialog.locator('mark').allInnerTexts();
    expect(emphasised.length).toBeGreaterThan(0);
    for (const e of emphasised) expect(surfaces, `emphasised "${e}" is a mention of Tokayev`).toContain(e);
    await page.close();
  });

  test('a related entity chip opens its own card, and the title link opens the reader at that article', async () => {
    const tokayev = entityNamed('Kassym-Jomart Tokayev');
    const stats = index.stats.find((s) => s.entityId === tokayev.id)!;
    expect(stats.related.length, 'Tokayev has related entities').toBeGreaterThan(0);
    const page = await openArticle();
    await clickHighlight(page, 'Tokayev');
    const dialog = page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' });
    await dialog.waitFor({ timeout: 10_000 });

    const related = index.entities.find((e) => e.id === stats.related[0].entityId)!;
    await dialog.getByRole('button', { name: related.name.en, exact: true }).click();
    await page.getByRole('dialog', { name: related.name.en }).waitFor({ timeout: 10_000 });

    await page.keyboard.press('Escape');
    await clickHighlight(page, 'Tokayev');
    await dialog.waitFor({ timeout: 10_000 });
    const titles = index.articles.map((a) => a.title);
    const titleButton = dialog
      .getByRole('button')
      .filter({ hasText: new RegExp(titles.map(escapeRegExp).join('|')) })
      .first();
    const shownTitle = (await titleButton.innerText()).trim();
    await titleButton.click();
    const reader = await browser.waitForPage((url) => url.startsWith(libraryUrl(browser)));
    const article = index.articles.find((a) => a.title === shownTitle)!;
    expect(reader.url()).toContain(libraryUrl(browser));
    expect(new URL(reader.url()).searchParams.get('article')).toBe(article.id);
    await reader.getByText(article.title).first().waitFor({ timeout: 10_000 });
    await reader.close();
    await page.close();
  });

  test('keyboard: Alt+Shift+N and Alt+Shift+P step through the names, Tab stays inside, Escape closes and gives focus back', async () => {
    const page = await openArticle();
    await page.mouse.click(2, 2);
    const dialog = page.getByRole('dialog');
    const shownName = async () => (await dialog.getByRole('heading').first().innerText()).trim();

    await page.keyboard.press('Alt+Shift+N');
    await dialog.waitFor({ timeout: 10_000 });
    const first = await shownName();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(shownName, { timeout: 5_000 }).not.toBe(first);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(shownName, { timeout: 5_000 }).toBe(first);

    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page), `focus after Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    expect(await focusInDialog(page)).toBe(false);
    await page.close();
  });

  function escapeRegExp(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  async function searchInPopup(query: string): Promise<string> {
    const popup = await browser.newPage();
    await popup.goto(popupUrl(browser));
    await popup.getByRole('searchbox').fill(query);
    await popup.waitForTimeout(800);
    const text = (await popup.locator('body').innerText()).replace(/\s+/g, ' ');
    await popup.close();
    return text;
  }

  test.each([
    ['tokaev', 'Kassym-Jomart Tokayev'],
    ['Токаева', 'Kassym-Jomart Tokayev'],
    ['Tokayv', 'Kassym-Jomart Tokayev'],
    ['TITR', 'Middle Corridor'],
    ['СВМДА', 'CICA'],
    ['turkic', 'OTS'],
  ])('the popup finds "%s" as its entity', async (query, form) => {
    const entity = form === 'Kassym-Jomart Tokayev' ? entityNamed(form) : entityWithForm(form);
    expect(await searchInPopup(query)).toContain(entity.name.en);
  });

  test('the popup searches sentences with stemming ("пшеницы" also finds "пшеница"), and says when nothing is found', async () => {
    const wheat = index.sentences.filter((s) => /пшениц/i.test(s.text));
    expect(wheat.length, 'the corpus speaks of wheat').toBeGreaterThan(0);
    const shown = await searchInPopup('пшеницы');
    expect(shown).toMatch(/пшениц/i);
    expect(await searchInPopup('zzqxv')).toContain('No results for');
  });

  test('"On this page" in the popup lists the names of the active tab, and a click opens the popover there', async () => {
    const page = await openArticle();
    await page.bringToFront();
    // Opened beside the article, not in front of it: the popup asks the active tab for its summary.
    await openTabFromExtension(browser, `${popupUrl(browser)}?tab`);
    const popup = await browser.waitForPage((url) => url.includes('/popup.html?tab'));
    const aliyev = entityNamed('Ilham Aliyev');
    const ots = entityWithForm('OTS');
    await popup.getByText('Kassym-Jomart Tokayev').first().waitFor({ timeout: 10_000 });
    const listed = (await popup.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(listed).toContain(aliyev.name.en);
    expect(listed).toContain(ots.name.en);

    await popup.getByText(aliyev.name.en).first().click();
    await page.getByRole('dialog', { name: aliyev.name.en }).waitFor({ timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});
