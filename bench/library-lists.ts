// The library page's lists at a year's size, in headless Chromium with the built extension: the reader's
// IndexedDB is filled with generated articles, sentences, entities and mentions (written directly, as
// the background would have: ingesting 10,000 articles takes minutes and is bench/library.ts's subject),
// then the article list, the entity directory and the page of an entity with thousands of mentions are
// opened and scrolled to the end. Prints, per view: time to the first row, the page's longest task while
// opening and while scrolling, how many rows the document holds, and which row is last at the bottom.
// Run: npm run build && tsx bench/library-lists.ts [--articles 10000] [--entities 30000]
import type { Page } from 'playwright-core';
import type { Entity, Mention, Sentence, StoredArticle } from '../lib/model';
import { withComputedStats } from '../lib/ingest/user-stats';
import { STATS_PREFIX, STATS_STAMP_KEY, stampOf } from '../platform/stats-rows';
import {
  launchBrowser,
  libraryUrl,
  readExtensionDb,
  waitForMatcherPack,
  writeExtensionDb,
} from '../test/e2e/harness';
import { random } from './generate-page';
import { generateEntities } from './library-gen';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ARTICLES = arg('articles', 10_000);
const ENTITIES = arg('entities', 30_000);
/** The entity named in every one of the first HEAVY articles: its page lists that many passages. */
const HEAVY = Math.min(5_000, ARTICLES);
const SENTENCES_PER_ARTICLE = 8;
const CHUNK = 500;
const SCROLL_STEPS = 60;

const WORDS =
  'года правительство заявил сообщил время область встреча проект решение вопрос развитие страны'.split(' ');

interface Part {
  articles: StoredArticle[];
  sentences: Sentence[];
  mentions: Mention[];
}

/** Articles `from`..`to`: each names three entities of its own part of the list, and the first HEAVY the heavy one. */
function part(entities: Entity[], from: number, to: number): Part {
  const rnd = random(from + 1);
  const out: Part = { articles: [], sentences: [], mentions: [] };
  for (let i = from; i < to; i++) {
    const id = `bench-${i}`;
    const named = [
      entities[(i * 3) % entities.length],
      entities[(i * 3 + 1) % entities.length],
      entities[(i * 3 + 2) % entities.length],
    ];
    if (i < HEAVY) named.push(entities[0]);
    const paragraphs: string[] = [];
    for (let s = 0; s < SENTENCES_PER_ARTICLE; s++) {
      const entity = named[s % named.length];
      const name = entity.name.ru ?? entity.name.en;
      const filler = Array.from({ length: 60 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
      const text = `${name} ${filler}.`;
      paragraphs.push(text);
      out.sentences.push({ articleId: id, index: s, paragraph: s, text });
      out.mentions.push({
        entityId: entity.id,
        articleId: id,
        sentence: s,
        start: 0,
        end: name.length,
        surface: name,
      });
    }
    const day = new Date(Date.UTC(2022, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
    out.articles.push({
      id,
      title: `${named[0].name.ru ?? named[0].name.en}: ${WORDS[i % WORDS.length]} ${i}`,
      date: day,
      source: ['Kazinform', 'Day.Az', 'Tengrinews', 'Reuters'][i % 4],
      author: null,
      lang: 'ru',
      url: `https://example.org/${i}`,
      paragraphs,
      origin: 'user',
      addedAt: 1_700_000_000_000 + i,
    });
  }
  return out;
}

/** Opens `url`, waits for `selector`; then scrolls to the end of the page in steps. */
async function measure(page: Page, url: string, selector: string) {
  await page.goto('about:blank');
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.locator(selector).first().waitFor({ timeout: 300_000 });
  const firstRowMs = Date.now() - t0;
  await page.waitForTimeout(500);
  const openLongest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  // Down the whole list in SCROLL_STEPS jumps, two frames each: a reader dragging the scrollbar.
  const s0 = Date.now();
  for (let step = 1; step <= SCROLL_STEPS; step++) {
    await page.evaluate(
      (f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - window.innerHeight)),
      step / SCROLL_STEPS,
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const scrollMs = Date.now() - s0;
  const scrollLongest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  // Rows whose content is read as they are shown (the entity page's passages) have it a moment later.
  await page.waitForTimeout(1000);
  const rows = await page.locator(selector).count();
  // At the bottom, the list's last row is in the document (a virtual list has not lost its end).
  const lastRow = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-index]')];
    const at = rows.at(-1);
    return at ? `${Number(at.getAttribute('data-index')) + 1}` : 'n/a';
  });
  return { firstRowMs, openLongest, scrollMs, scrollLongest, rows, lastRow };
}

const browser = await launchBrowser();
try {
  await waitForMatcherPack(browser);
  const page = await browser.context.newPage();
  await page.goto(`${libraryUrl(browser)}?view=settings`);
  await page.waitForLoadState('load');
  const entities = generateEntities(ENTITIES);
  const started = Date.now();
  for (let at = 0; at < entities.length; at += 5_000)
    await writeExtensionDb(page, { entities: entities.slice(at, at + 5_000) });
  const written = {
    articles: [] as StoredArticle[],
    sentences: [] as Sentence[],
    entities,
    mentions: [] as Mention[],
  };
  for (let from = 0; from < ARTICLES; from += CHUNK) {
    const p = part(entities, from, Math.min(ARTICLES, from + CHUNK));
    await writeExtensionDb(page, { articles: p.articles, sentences: p.sentences, mentions: p.mentions });
    written.articles.push(...p.articles);
    written.sentences.push(...p.sentences);
    written.mentions.push(...p.mentions);
  }
  // A change of the library, as every write of the background counts it: statistics stored before are stale.
  const stored = (await readExtensionDb(page, 'meta', 'libraryGeneration')) as { value: number } | undefined;
  const generation = (stored?.value ?? 0) + 1;
  await writeExtensionDb(page, { meta: [{ key: 'libraryGeneration', value: generation }] });
  console.log(
    `library lists: ${ARTICLES.toLocaleString('en')} articles, ${ENTITIES.toLocaleString('en')} entities, ` +
      `${(ARTICLES * SENTENCES_PER_ARTICLE).toLocaleString('en')} mentions (written in ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  const entityUrl = `${libraryUrl(browser)}?entity=${entities[0].id}`;
  const heavy = `entity page (${HEAVY.toLocaleString('en')} articles)`;
  const views: [string, string, string][] = [
    ['article list', libraryUrl(browser), '.article-row'],
    ['entity directory', `${libraryUrl(browser)}?view=entities`, '.entity-row'],
    [`${heavy}, statistics not stored yet`, entityUrl, '.passage'],
    ['article page', `${libraryUrl(browser)}?article=bench-${ARTICLES - 1}`, '.reader-title'],
  ];
  console.log(
    '| view | first row ms | longest task opening ms | scroll to end ms | longest task scrolling ms | rows in the document | last row rendered at the bottom |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const report = async ([name, url, selector]: [string, string, string]) => {
    const m = await measure(page, url, selector);
    console.log(
      `| ${name} | ${m.firstRowMs} | ${m.openLongest.toFixed(0)} | ${m.scrollMs} | ${m.scrollLongest.toFixed(0)} | ${m.rows} | ${m.lastRow} |`,
    );
  };
  for (const view of views) await report(view);
  // The directory's first search reads every entity whole and builds its index of names.
  await page.goto(`${libraryUrl(browser)}?view=entities`);
  await page.locator('.entity-row').first().waitFor({ timeout: 300_000 });
  const sought = entities[12_345 % entities.length].name.en;
  const q0 = Date.now();
  await page.getByRole('searchbox').fill(sought);
  await page.locator('.entity-row', { hasText: sought }).first().waitFor({ timeout: 300_000 });
  console.log(`(the directory's first search, for "${sought}": ${Date.now() - q0} ms to its row)`);
  // What the background stores a few seconds after any change (entrypoints/background/corpus-service.ts):
  // every entity's statistics under the library's stamp. The bench wrote around the background, whose index
  // in memory does not know these rows, so the heavy entity's row is computed here by the same code.
  const s0 = Date.now();
  const stats = withComputedStats({ version: 1, ...written, stats: [] }).stats.find(
    (x) => x.entityId === entities[0].id,
  )!;
  await writeExtensionDb(page, {
    meta: [
      { key: STATS_PREFIX + entities[0].id, value: stats },
      { key: STATS_STAMP_KEY, value: stampOf(generation, []) },
    ],
  });
  console.log(`(the heavy entity's statistics computed in ${((Date.now() - s0) / 1000).toFixed(0)} s)`);
  await report([`${heavy}, its statistics stored`, entityUrl, '.passage']);
} finally {
  await browser.close();
}
