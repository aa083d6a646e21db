// The foundation end to end: the built extension in headless Chromium and Firefox highlights the mission's names on
// English and Russian pages, opens the popover on click, searches from the popup, never touches the page's DOM
// and never talks to the network.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CorpusIndex, EntityType } from '../../lib/model';
import {
  type TestBrowser,
  type BrowserName,
  type StaticServer,
  type TestPage,
  BROWSERS,
  clickHighlight,
  collectExceptions,
  fromExtension,
  highlightRect,
  highlightsWithin,
  launchBrowser,
  locateSpans,
  popupUrl,
  readHighlights,
  sharedPagesAvailable,
  startStaticServer,
  waitForHighlights,
} from './harness';

/** Where a highlight must never be: not reading text, or a common word that looks like a name. */
const NOT_READING_TEXT = 'script, style, textarea, [contenteditable], [data-trap]';

/** The names each fixture page must show highlighted, with the types their highlight may carry. */
const EN_NAMES: Record<string, EntityType[]> = {
  'Kassym-Jomart Tokayev': ['person'],
  Tokayev: ['person'],
  'Ilham Aliyev': ['person'],
  'Organization of Turkic States': ['organization'],
  OTS: ['organization'],
  CICA: ['organization'],
  'Middle Corridor': ['project', 'place'],
};
const RU_NAMES: Record<string, EntityType[]> = {
  'Касым-Жомарт Токаев': ['person'],
  Токаева: ['person'],
  'Ильхам Алиев': ['person'],
  ОТГ: ['organization'],
  СВМДА: ['organization'],
  'Среднего коридора': ['project', 'place'],
};

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server?.close();
});

async function loadIndex(): Promise<CorpusIndex> {
  return (await import('virtual:seed-index')).default;
}

async function expectNamesHighlighted(page: TestPage, names: Record<string, EntityType[]>): Promise<void> {
  for (const name of Object.keys(names)) await waitForHighlights(page, name);
  const { occurrences, highlights } = await locateSpans(page, Object.keys(names), NOT_READING_TEXT);
  expect(occurrences.length).toBeGreaterThanOrEqual(Object.keys(names).length);

  for (const occ of occurrences) {
    const exact = highlights.find((h) => h.start === occ.start && h.end === occ.end);
    expect(exact, `"${occ.text}" at ${occ.start} is highlighted`).toBeDefined();
    expect(
      names[occ.name].map((t) => `ctx-${t}`),
      `highlight type of "${occ.text}"`,
    ).toContain(exact!.name);
    const ragged = highlights.filter((h) => h.start < occ.end && occ.start < h.end && h !== exact);
    expect(ragged, `highlights overlapping "${occ.text}" other than the name itself`).toEqual([]);
  }
  expect(await highlightsWithin(page, NOT_READING_TEXT)).toEqual([]);
}

/** The page's own markup, as the server sent it, parsed the way the browser parsed it. */
async function sourceMarkup(page: TestPage): Promise<{ head: string; body: string }> {
  return page.evaluate(async () => {
    const parsed = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return { head: parsed.head.innerHTML, body: parsed.body.innerHTML };
  });
}

async function liveMarkup(page: TestPage): Promise<{ head: string; body: string }> {
  return page.evaluate(() => ({ head: document.head.innerHTML, body: document.body.innerHTML }));
}

describe.each(BROWSERS)(
  '%s: the built extension on pages served from 127.0.0.1',
  (browserName: BrowserName) => {
    let browser: TestBrowser;

    beforeAll(async () => {
      browser = await launchBrowser({ browser: browserName });
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('an English article: every name highlighted with exactly its text, and nothing else that looks like one', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/en-tokayev-baku.html`);
      await expectNamesHighlighted(page, EN_NAMES);
      const trapsHit = (await readHighlights(page)).filter((h) =>
        /robots|lots|middle corridor|board of directors/.test(h.text),
      );
      expect(trapsHit).toEqual([]);
      await page.close();
    });

    test('a Russian article: every name highlighted with exactly its text, and nothing else that looks like one', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ru-tokayev-ots.html`);
      await expectNamesHighlighted(page, RU_NAMES);
      await page.close();
    });

    test('clicking "Tokayev" opens a dialog quoting the corpus; Escape and a click elsewhere close it; the DOM is untouched', async () => {
      const index = await loadIndex();
      const tokayev = index.entities.find((e) => e.name.en === 'Kassym-Jomart Tokayev');
      expect(tokayev, 'the index has Kassym-Jomart Tokayev').toBeDefined();
      const articleIds = new Set(
        index.mentions.filter((m) => m.entityId === tokayev!.id).map((m) => m.articleId),
      );
      const articles = index.articles.filter((a) => articleIds.has(a.id));

      const page = await browser.newPage();
      const exceptions = await collectExceptions(page);
      await page.goto(`${server.origin}/en-tokayev-baku.html`);
      const source = await sourceMarkup(page);
      await waitForHighlights(page, 'Tokayev');

      await clickHighlight(page, 'Tokayev');
      const dialog = page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' });
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      const shown = (await dialog.innerText()).replace(/\s+/g, ' ');
      // At least one passage, with its article's title, source and date (in whatever format the card uses).
      const quoted = articles.filter(
        (a) =>
          shown.includes(a.title.replace(/\s+/g, ' ')) &&
          shown.includes(a.source) &&
          (a.date === null || shown.includes(a.date) || shown.includes(a.date.slice(0, 4))),
      );
      expect(
        quoted.map((a) => a.id),
        `dialog text: ${shown.slice(0, 400)}`,
      ).not.toEqual([]);
      const sentences = index.sentences.filter((s) => articleIds.has(s.articleId));
      const quotesASentence = sentences.some((s) => {
        const text = s.text.replace(/\s+/g, ' ');
        return shown.includes(text.slice(0, Math.min(60, text.length)));
      });
      expect(quotesASentence, 'the dialog quotes a sentence of an article that mentions Tokayev').toBe(true);

      // Next to the name and inside the window.
      const box = (await dialog.boundingBox())!;
      const viewport = page.viewportSize();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const name = (await highlightRect(page, 'Tokayev'))!;
      const gap = Math.max(box.y - (name.y + name.height), name.y - (box.y + box.height), 0);
      expect(gap, 'vertical gap between the name and the dialog').toBeLessThan(40);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 });

      await clickHighlight(page, 'Tokayev');
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      const footerText = page.locator('#site-footer p');
      await footerText.scrollIntoViewIfNeeded();
      const footer = await footerText.boundingBox();
      await page.mouse.click(footer!.x + 5, footer!.y + footer!.height / 2);
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 });

      expect(await liveMarkup(page)).toEqual(source);
      const foreign = await page.evaluate(
        () =>
          [...document.documentElement.children].filter((c) => c !== document.head && c !== document.body)
            .length,
      );
      expect(foreign, 'at most the extension host element beside <head> and <body>').toBeLessThanOrEqual(1);
      expect(exceptions.filter(fromExtension)).toEqual([]);
      await page.close();
    });

    test.each([
      ['tokayev', (e: CorpusIndex['entities'][number]) => e.name.en === 'Kassym-Jomart Tokayev'],
      ['Токаев', (e: CorpusIndex['entities'][number]) => e.name.en === 'Kassym-Jomart Tokayev'],
      [
        'middle corridor',
        (e: CorpusIndex['entities'][number]) => e.forms.some((f) => f.text === 'Middle Corridor'),
      ],
    ])('the popup: typing "%s" lists the entity and passages that mention it', async (query, isWanted) => {
      const index = await loadIndex();
      const entity = index.entities.find(isWanted);
      expect(entity, `the index has the entity for "${query}"`).toBeDefined();
      const mentionWindows = index.mentions
        .filter((m) => m.entityId === entity!.id)
        .map((m) => {
          const sentence = index.sentences.find(
            (s) => s.articleId === m.articleId && s.index === m.sentence,
          )!;
          return sentence.text.slice(m.start, m.end + 20).replace(/\s+/g, ' ');
        });

      const page = await browser.newPage();
      await page.goto(popupUrl(browser));
      await page.getByRole('searchbox').fill(query);
      await page.getByText(entity!.name.en).first().waitFor({ timeout: 10_000 });
      const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      expect(
        mentionWindows.some((w) => shown.includes(w)),
        `the popup shows a passage naming ${entity!.name.en}; it shows: ${shown.slice(0, 400)}`,
      ).toBe(true);
      await page.close();
    });

    test('no request went anywhere but 127.0.0.1 and the extension itself', async () => {
      // Exercise every part once more (highlights, popover, popup search), then look at all traffic since launch.
      const page = await browser.newPage();
      await page.goto(`${server.origin}/en-tokayev-baku.html`);
      await waitForHighlights(page, 'Tokayev');
      await clickHighlight(page, 'Tokayev');
      await page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' }).waitFor({ timeout: 10_000 });
      const popup = await browser.newPage();
      await popup.goto(popupUrl(browser));
      await popup.getByRole('searchbox').fill('Aliyev');
      await popup.waitForTimeout(1_000);

      expect(browser.requests.some((url) => url.startsWith(`${server.origin}/en-tokayev-baku.html`))).toBe(
        true,
      );
      expect(browser.offMachineRequests()).toEqual([]);
      await popup.close();
      await page.close();
    });
  },
);

describe.skipIf(!sharedPagesAvailable()).each(BROWSERS)(
  '%s: real saved news pages (../shared/pages)',
  (browserName: BrowserName) => {
    let browser: TestBrowser;

    beforeAll(async () => {
      browser = await launchBrowser({ browser: browserName });
    });
    afterAll(async () => {
      await browser?.close();
    });

    test.each(['bbc-1.html', 'guardian-1.html', 'yahoo-2.html'])(
      '%s loads with no error from the extension and no highlight inside scripts, styles or editors',
      async (file) => {
        const page = await browser.newPage();
        const exceptions = await collectExceptions(page);
        const pageErrors: string[] = [];
        page.onPageError((e) => pageErrors.push(e));
        await page.goto(`${server.origin}/shared/${file}`, { timeout: 60_000 });
        // Give the content script time to scan and paint (it follows the page's idle time).
        await page.waitForTimeout(2_000);
        expect(
          await highlightsWithin(page, 'script, style, noscript, textarea, [contenteditable], title'),
        ).toEqual([]);
        expect(exceptions.filter(fromExtension)).toEqual([]);
        expect(pageErrors.filter(fromExtension)).toEqual([]);
        await page.close();
      },
    );
  },
);

if (!sharedPagesAvailable()) {
  console.warn('Skipping the real-page tests: ../shared/pages is not beside this repository.');
}
