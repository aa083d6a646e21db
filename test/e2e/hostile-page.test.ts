// A hostile page's own script against the extension: it may see which names are painted (CSS.highlights is
// shared by design) but it cannot open a card, read one, or open library tabs; and the page's own controls
// (fields, buttons, modal dialogs) keep working as the page meant.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CorpusIndex } from '../../lib/model';
import {
  type BrowserName,
  type StaticServer,
  type TestBrowser,
  type TestPage,
  BROWSERS,
  clickHighlight,
  highlightRect,
  launchBrowser,
  readExtensionStorage,
  startStaticServer,
  waitForHighlights,
  waitForMatcherPack,
  writeExtensionStorage,
} from './harness';

let server: StaticServer;
let index: CorpusIndex;

beforeAll(async () => {
  server = await startStaticServer();
  index = (await import('virtual:seed-index')).default;
  server.put(
    '/fields.html',
    `<!doctype html><html lang="en"><body>
      <p id="text">President Kassym-Jomart Tokayev spoke in Astana about the Middle Corridor.</p>
      <search-box></search-box>
      <script>
        window.keysSeen = [];
        customElements.define('search-box', class extends HTMLElement {
          connectedCallback() {
            const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<input id="q" placeholder="Search">';
            root.getElementById('q').addEventListener('keydown', (e) => window.keysSeen.push(e.key));
          }
        });
      </script></body></html>`,
  );
  server.put(
    '/controls.html',
    `<!doctype html><html lang="en"><body>
      <p>Readers met to discuss the Middle Corridor.</p>
      <div class="card" style="cursor: pointer" onclick="window.clicks.push('card')"><h3>Kassym-Jomart Tokayev visits Baku</h3></div>
      <button id="b" onclick="window.clicks.push('button')">News about Tokayev</button>
      <p><label><input type="checkbox" id="c"> Alerts about Ilham Aliyev</label></p>
      <script>window.clicks = [];</script></body></html>`,
  );
  server.put(
    '/modal.html',
    `<!doctype html><html lang="en"><body>
      <p>Background text.</p>
      <dialog id="d"><p>President Kassym-Jomart Tokayev met the press.</p><button>Close</button></dialog>
      <script>document.getElementById('d').showModal();</script></body></html>`,
  );
}, 60_000);
afterAll(async () => {
  await server?.close();
});

/** What the page's own script can read of the document, its open shadow roots and its globals. */
function pageVisibleText(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
        parts.push((el as HTMLElement).innerText ?? '');
      }
    };
    walk(document);
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        const v = (window as unknown as Record<string, unknown>)[key];
        if (typeof v === 'string') parts.push(v);
        else if (v && typeof v === 'object' && !(v instanceof Node) && v !== window)
          parts.push(JSON.stringify(v));
      } catch {
        // cyclic or cross-origin: not the extension's
      }
    }
    return parts.join('\n');
  });
}

describe.each(BROWSERS)('%s', (browserName: BrowserName) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ browser: browserName });
    await waitForMatcherPack(browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function setSettings(patch: Record<string, unknown>): Promise<void> {
    const current = ((await readExtensionStorage(browser, 'settings')) ?? {}) as Record<string, unknown>;
    await writeExtensionStorage(browser, { settings: { ...current, ...patch } });
  }
  const cards = (page: TestPage) => page.getByRole('dialog').count();
  const libraryTabs = async () => (await browser.tabUrls()).filter((u) => u.includes('/library.html')).length;

  test('its synthetic pointer, click and key events open no card; the card the reader opens is out of its reach', async () => {
    const tokayev = index.entities.find((e) => e.name.en === 'Kassym-Jomart Tokayev')!;
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en-tokayev-baku.html`);
    await waitForHighlights(page, 'Tokayev');

    // The script reads the painted range from the shared registry and "clicks" it every way it can.
    const attacked = await page.evaluate(async () => {
      let rect: DOMRect | null = null;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ctx-')) continue;
        for (const r of highlight as unknown as Iterable<AbstractRange>) {
          const live = new Range();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() === 'Tokayev') rect = live.getBoundingClientRect();
        }
      }
      if (!rect) return false;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const target = document.elementFromPoint(x, y)!;
      const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, button: 0 };
      for (let i = 0; i < 5; i++) {
        target.dispatchEvent(new PointerEvent('pointerover', { ...init, pointerType: 'mouse' }));
        target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
        target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
        target.dispatchEvent(new MouseEvent('mousedown', init));
        target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse' }));
        target.dispatchEvent(new MouseEvent('mouseup', init));
        target.dispatchEvent(new MouseEvent('click', init));
        (target as HTMLElement).click();
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const code of ['KeyN', 'KeyP']) {
        const key = { bubbles: true, composed: true, altKey: true, shiftKey: true, code, key: code.slice(3) };
        document.body.dispatchEvent(new KeyboardEvent('keydown', key));
        window.dispatchEvent(new KeyboardEvent('keydown', key));
      }
      return true;
    });
    expect(attacked, 'the page found the painted range in CSS.highlights').toBe(true);
    await page.waitForTimeout(1_500); // longer than the hover delay and the card's fetch
    expect(await cards(page), 'cards opened by synthetic events').toBe(0);

    // The reader's own click opens it; the page then tries to read it.
    await clickHighlight(page, 'Tokayev');
    const dialog = page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' });
    await dialog.waitFor({ timeout: 10_000 });
    const shown = (await dialog.innerText()).replace(/\s+/g, ' ');
    const description = tokayev.description.en;
    const titles = index.articles.map((a) => a.title).filter((t) => shown.includes(t));
    expect(shown).toContain(description);
    expect(titles.length, 'the card shows an article title').toBeGreaterThan(0);

    const hostView = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('context-lens-ui');
      return host
        ? {
            shadowRoot: host.shadowRoot === null ? null : 'open',
            text: (host.textContent ?? '') + host.innerText,
            attributes: [...host.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
          }
        : null;
    });
    expect(hostView, 'the host element exists while the card is shown').not.toBeNull();
    expect(hostView!.shadowRoot, 'the host shadow root is closed').toBeNull();
    expect(hostView!.text).toBe('');
    expect(hostView!.attributes).not.toContain('Tokayev');
    const visible = await pageVisibleText(page);
    expect(visible.includes(description), 'the page can read the description').toBe(false);
    for (const title of titles) expect(visible.includes(title), `the page can read “${title}”`).toBe(false);

    // Script clicks at the card open no library tab; the reader's double click on a title opens exactly one.
    const box = (await dialog.boundingBox())!;
    const tabsBefore = await libraryTabs();
    await page.evaluate(
      ({ x, y }) => {
        const at = document.elementFromPoint(x, y) as HTMLElement;
        for (let i = 0; i < 10; i++) {
          at.click();
          at.dispatchEvent(
            new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
          );
          at.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter' }));
        }
      },
      { x: box.x + box.width / 2, y: box.y + box.height - 12 },
    );
    await page.waitForTimeout(1_000);
    expect(await libraryTabs(), 'library tabs after script clicks on the card').toBe(tabsBefore);

    const title = dialog.getByRole('button', { name: titles[0], exact: true }).first();
    await title.scrollIntoViewIfNeeded();
    const tb = (await title.boundingBox())!;
    await page.mouse.dblclick(tb.x + tb.width / 2, tb.y + tb.height / 2);
    await page.waitForTimeout(2_000);
    expect(await libraryTabs(), 'library tabs after one double click').toBe(tabsBefore + 1);
    await page.close();
  });

  test('keys typed in an input inside a shadow root (Alt+Shift+N, Escape) reach the page and open or close nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fields.html`);
    await waitForHighlights(page, 'Kassym-Jomart Tokayev');
    await page.locator('#q').click();
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForTimeout(800);
    expect(await cards(page), 'cards opened by Alt+Shift+N typed in the field').toBe(0);

    // A card opened by hover while the reader types: Escape goes to the field, not to the card.
    const name = (await highlightRect(page, 'Kassym-Jomart Tokayev'))!;
    await page.mouse.move(name.x + name.width / 2, name.y + name.height / 2);
    await page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toContain(
      'Escape',
    );
    await page.close();
  });

  test('a name inside a button, a label or a clickable card does not open a card on click; the page gets the click', async () => {
    await setSettings({ hoverDelayMs: 0 });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/controls.html`);
      for (const name of ['Tokayev', 'Ilham Aliyev', 'Kassym-Jomart Tokayev'])
        await waitForHighlights(page, name);
      for (const name of ['Tokayev', 'Ilham Aliyev', 'Kassym-Jomart Tokayev']) {
        await clickHighlight(page, name);
        await page.waitForTimeout(700);
        expect(await cards(page), `cards opened by a click on "${name}"`).toBe(0);
      }
      const state = await page.evaluate(() => ({
        clicks: (window as unknown as { clicks: string[] }).clicks,
        checked: (document.getElementById('c') as HTMLInputElement).checked,
      }));
      expect(state).toEqual({ clicks: ['button', 'card'], checked: true });
      await page.close();
    } finally {
      await setSettings({ hoverDelayMs: 300 });
    }
  });

  test('a card for a name inside a modal <dialog> shows above it and takes clicks', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/modal.html`);
    await waitForHighlights(page, 'Kassym-Jomart Tokayev');
    await clickHighlight(page, 'Kassym-Jomart Tokayev');
    const dialog = page.getByRole('dialog', { name: 'Kassym-Jomart Tokayev' });
    await dialog.waitFor({ timeout: 10_000 });
    const box = (await dialog.boundingBox())!;
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? null, {
      x: box.x + box.width / 2,
      y: box.y + 20,
    });
    expect(onTop, 'the element at the card’s middle').toBe('context-lens-ui');
    await dialog
      .getByRole('button', { name: /^(×|Close)$/ })
      .first()
      .click();
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    expect(await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).open)).toBe(true);
    await page.close();
  });
});
