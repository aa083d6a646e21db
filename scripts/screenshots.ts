// `npm run screenshots`: pictures of the built extension for the README (docs/*.png), taken in headless
// Chromium on the fixture pages: the popover on an English and a Russian page (light and dark), the popup,
// and the library page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  REPO_ROOT,
  clickHighlight,
  launchBrowser,
  popupUrl,
  startStaticServer,
  waitForHighlights,
  waitForMatcherPack,
} from '../test/e2e/harness.ts';

const OUT = join(REPO_ROOT, 'docs');

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, name) });
  console.log(`docs/${name}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    await waitForMatcherPack(browser);
    const { context } = browser;
    // tsx names functions with a helper that does not exist in the page the harness's functions run in.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });

    for (const [file, name, scheme, shot] of [
      ['en-tokayev-baku.html', 'Tokayev', 'light', 'popover-en-light.png'],
      ['ru-tokayev-ots.html', 'Токаева', 'dark', 'popover-ru-dark.png'],
    ] as const) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1000, height: 720 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.origin}/${file}`);
      // The popover follows the page's own colours: for the dark picture, the page is made dark.
      if (scheme === 'dark')
        await page.addStyleTag({
          content:
            'html, body { background: #15171c !important; color: #e4e4e7 !important } a { color: #8ab4f8 !important }',
        });
      await waitForHighlights(page, name);
      await clickHighlight(page, name);
      // The card is in a closed shadow root, out of reach of Playwright's in-page queries: wait for its host,
      // then for it to be drawn.
      await page.locator('context-lens-ui').waitFor({ state: 'attached' });
      await page.waitForTimeout(800);
      await shoot(page, shot);
      await page.close();
    }

    for (const [scheme, query, shot] of [
      ['light', 'middle corridor', 'popup-search-light.png'],
      ['dark', 'Токаев', 'popup-search-dark.png'],
    ] as const) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(popupUrl(browser));
      await popup.getByRole('searchbox').fill(query);
      await popup.waitForTimeout(600);
      await shoot(popup, shot);
      await popup.close();
    }

    const library = await context.newPage();
    await library.setViewportSize({ width: 1200, height: 800 });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html?entity=tokayev`);
    await library.waitForTimeout(1200);
    await shoot(library, 'library-entity.png');
    await library.goto(`chrome-extension://${browser.extensionId}/library.html?article=seed-004&sentence=2`);
    await library.waitForTimeout(1200);
    await shoot(library, 'library-reader.png');
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.waitForTimeout(1200);
    await shoot(library, 'library-articles.png');
    await library.goto(`chrome-extension://${browser.extensionId}/library.html?view=entities`);
    await library.waitForTimeout(1200);
    await shoot(library, 'library-entities.png');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
