// Trap page: a short acronym or a place that means something else on the page is not painted; the same
// forms where the page supports them (another name close by, the full name earlier) are.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type BrowserName,
  type StaticServer,
  type TestBrowser,
  BROWSERS,
  highlightsWithin,
  launchBrowser,
  startStaticServer,
  waitForHighlights,
} from './harness';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('%s', (browserName: BrowserName) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ browser: browserName });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('ambiguous forms are painted only where the page supports them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/ambiguity-traps.html`);
    // Shards load as the scan reaches their words: wait for the last supported name, not the first.
    await waitForHighlights(page, 'Astana');
    await waitForHighlights(page, 'United Nations');
    const inside = async (id: string) => (await highlightsWithin(page, `#${id}`)).map((h) => h.text);
    expect(await inside('trap-acronym')).toEqual([]);
    expect(await inside('trap-game')).toEqual([]);
    expect(await inside('trap-circuit')).toEqual([]);
    expect(await inside('trap-quoted')).toEqual([]);
    expect(await inside('supported')).toEqual(['SCO', 'Astana']);
    expect(await inside('expanded')).toEqual(['United Nations', 'UN']);
    await page.close();
  });
});
