// A year's library in Node: generated articles (bench/library-articles.ts) added through the background's
// own handlers and corpus service, over fake-indexeddb, in the batches the library page sends. Then what a
// reader waits for: a worker woken with that library answering its first card and first search, search
// and card times, and the heap the worker's part holds. References measured in the same run: parsing the
// same articles alone (what an ingest cannot go below), and the same queries and cards over the seed only.
// Run: npm run bench:library [-- --articles N]   (10,000 by default)
import 'fake-indexeddb/auto';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt/browser reads the extension API when first imported: the fake one is put in place before.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const COUNT = flag('articles', 10_000);

const { buildSeedIndex } = await import('../scripts/seed-index');
const { loadRussianMorphology } = await import('../scripts/node-morph');
const { ContextLensDb } = await import('../platform/db');
const { CorpusService } = await import('../entrypoints/background/corpus-service');
const { createLibraryHandlers } = await import('../entrypoints/background/library-handlers');
const { buildEntityCard } = await import('../lib/views/card');
const { createSearcher } = await import('../lib/search');
const { prepareArticle } = await import('../lib/ingest/prepare');
const { INGEST_BATCH_SIZE } = await import('../lib/ingest/limits');
const { generateLibrary } = await import('./library-articles');

const gc = (globalThis as unknown as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;

const seed = await buildSeedIndex('seeds');
const morph = await loadRussianMorphology();
const taken = new Set(seed.entities.flatMap((e) => e.forms.map((f) => f.text.toLowerCase())));
const { inputs, entities: written } = generateLibrary(COUNT, 17, taken);
const bytes = inputs.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
console.log(
  `library bench: ${COUNT.toLocaleString('en')} generated articles, ${(bytes / 1024 / 1024).toFixed(1)} MB, ` +
    `${written.length.toLocaleString('en')} names written`,
);

// Reference: parsing and splitting the same articles, nothing discovered, nothing stored.
let t0 = performance.now();
for (const input of inputs) prepareArticle(input);
const parseMs = performance.now() - t0;

const db = new ContextLensDb('library-bench');
const storage = fakeBrowser.storage.local;
const corpus = new CorpusService({ db, seed, storage });
await corpus.install();
const library = createLibraryHandlers({ corpus, db, morph: async () => morph });

const batchMs: number[] = [];
let refused = 0;
t0 = performance.now();
for (let from = 0; from < inputs.length; from += INGEST_BATCH_SIZE) {
  const b0 = performance.now();
  const result = await library.addArticles({
    items: inputs.slice(from, from + INGEST_BATCH_SIZE),
    more: from + INGEST_BATCH_SIZE < inputs.length,
  });
  refused += result.refused.length;
  batchMs.push(performance.now() - b0);
  const done = Math.min(from + INGEST_BATCH_SIZE, inputs.length);
  if (
    done %
      Math.max(INGEST_BATCH_SIZE, Math.round(inputs.length / 10 / INGEST_BATCH_SIZE) * INGEST_BATCH_SIZE) ===
      0 ||
    done === inputs.length
  ) {
    const elapsed = performance.now() - t0;
    console.log(
      `  ${String(done).padStart(6)} added  ${(elapsed / 1000).toFixed(1)} s  last batch ${ms(batchMs.at(-1)!)}`,
    );
  }
}
const ingestMs = performance.now() - t0;
const userArticles = await db.articles.where('origin').equals('user').count();
const userEntities = await db.entities.where('origin').equals('user').count();
const mentions = await db.mentions.count();

// A wake-up: a new worker over the same database and storage. The first card, then (another wake) the first search.
const popular = (await corpus.index()).stats
  .filter((s) => !seed.entities.some((e) => e.id === s.entityId))
  .sort((a, b) => b.mentionCount - a.mentionCount);
const cardIds = [
  ...popular.slice(0, 50).map((s) => s.entityId),
  ...Array.from({ length: 150 }, (_, k) => popular[Math.floor((k * popular.length) / 150)].entityId),
];
// What a wake-up reads is stored a few seconds after the library last changed: here, at once.
t0 = performance.now();
await corpus.persistStats();
const persistMs = performance.now() - t0;
const heapBefore = heapMb();
let woken = new CorpusService({ db, seed, storage });
t0 = performance.now();
await woken.card(cardIds[0], 'en');
const wakeCardMs = performance.now() - t0;
t0 = performance.now();
await woken.card(cardIds[1], 'ru');
const wakeSecondCardMs = performance.now() - t0;
// The card's wake-up loads the index behind it: done before the next wake is timed.
await woken.index();
woken = new CorpusService({ db, seed, storage });
t0 = performance.now();
(await woken.searcher()).search(written[0].name.en, 'en');
const wakeSearchMs = performance.now() - t0;
const index = await woken.index();
buildEntityCard(index, cardIds[0], 'ru');
const heapWorker = heapMb() - heapBefore;

// Queries: names of the library in both scripts (whole, surname, a typo), and words of the passages.
const names = Array.from({ length: 60 }, (_, k) => written[Math.floor((k * written.length) / 60)]);
const queries: [string, 'en' | 'ru'][] = [
  ...names.map((e) => [e.name.en, 'en'] as [string, 'en']),
  ...names.map((e) => [e.name.ru ?? e.name.en, 'ru'] as [string, 'ru']),
  ...names.map((e) => [e.name.en.split(' ').at(-1)!.slice(0, -1), 'en'] as [string, 'en']),
  ...['зерна', 'логистический центр', 'меморандум', 'copper mining', 'road map', 'tariffs', 'инвестиций'].map(
    (q) => [q, q.match(/[а-я]/) ? 'ru' : 'en'] as [string, 'en' | 'ru'],
  ),
];
const timeAll = <T>(items: T[], run: (item: T) => unknown): number[] =>
  items.map((item) => {
    const s = performance.now();
    run(item);
    return performance.now() - s;
  });
const searcher = await woken.searcher();
const searchTimes = timeAll(queries, ([q, lang]) => searcher.search(q, lang));
const cardTimes = timeAll(cardIds, (id) => buildEntityCard(index, id, 'en'));
const seedSearcher = createSearcher(seed);
const seedSearchTimes = timeAll(queries, ([q, lang]) => seedSearcher.search(q, lang));
const seedIds = seed.stats.map((s) => s.entityId);
const seedCardTimes = timeAll(
  cardIds.map((_, k) => seedIds[k % seedIds.length]),
  (id) => buildEntityCard(seed, id, 'en'),
);

const rows: [string, string, string][] = [];
const row = (label: string, value: string, reference = '') => {
  rows.push([label, value, reference]);
  console.log(`  ${label.padEnd(30)} ${value.padStart(14)}   ${reference}`);
};
console.log(
  `\n  ${userArticles.toLocaleString('en')} articles added (${refused} refused), ${userEntities.toLocaleString('en')} entities of the reader, ${mentions.toLocaleString('en')} mentions`,
);
row(
  'ingest',
  `${(ingestMs / 1000).toFixed(1)} s`,
  `${((COUNT / ingestMs) * 1000).toFixed(1)} articles/s; parsing alone ${(parseMs / 1000).toFixed(1)} s`,
);
row(
  '  first batch / last batch',
  `${ms(batchMs[0])} / ${ms(batchMs.at(-1)!)}`,
  `batches of ${INGEST_BATCH_SIZE}`,
);
row('  slowest batch', ms(Math.max(...batchMs)));
row('statistics stored', ms(persistMs), 'after the last batch, for the next wake-up');
row('wake → first card', ms(wakeCardMs), `then a second: ${ms(wakeSecondCardMs)}`);
row('wake → first search', ms(wakeSearchMs));
row(
  'search p50 / p95',
  `${ms(percentile(searchTimes, 50))} / ${ms(percentile(searchTimes, 95))}`,
  `seed only ${ms(percentile(seedSearchTimes, 50))} / ${ms(percentile(seedSearchTimes, 95))} (${queries.length} queries)`,
);
row(
  'card p50 / p95',
  `${ms(percentile(cardTimes, 50))} / ${ms(percentile(cardTimes, 95))}`,
  `seed only ${ms(percentile(seedCardTimes, 50))} / ${ms(percentile(seedCardTimes, 95))} (${cardIds.length} cards)`,
);
row(
  'worker heap',
  `${heapWorker.toFixed(0)} MB`,
  gc ? 'index + searcher + stats after a wake' : '(run with node --expose-gc for a figure)',
);
await db.delete();

// The run's figures go into docs/LIBRARY-PERFORMANCE.md, in the section of this article count (replaced
// by the next run of the same count); the notes around the sections are written by hand.
const docPath = new URL('../docs/LIBRARY-PERFORMANCE.md', import.meta.url);
const begin = `<!-- bench:library ${COUNT} -->`;
const end = `<!-- /bench:library ${COUNT} -->`;
const section = [
  begin,
  `### ${COUNT.toLocaleString('en')} articles (npm run bench:library${COUNT === 10_000 ? '' : ` -- --articles ${COUNT}`}, ${new Date().toISOString().slice(0, 10)})`,
  '',
  `${(bytes / 1024 / 1024).toFixed(1)} MB of text; ${userArticles.toLocaleString('en')} articles added (${refused} refused), ${userEntities.toLocaleString('en')} entities of the reader, ${mentions.toLocaleString('en')} mentions.`,
  '',
  '| measure | figure | reference, same run |',
  '| ------- | -----: | ------------------- |',
  ...rows.map(([label, value, reference]) => `| ${label.trim()} | ${value} | ${reference} |`),
  end,
].join('\n');
const doc = await readFile(docPath, 'utf8').catch(() => "# A year's library: performance (issue 17)\n");
const at = doc.indexOf(begin);
const next =
  at >= 0
    ? doc.slice(0, at) + section + doc.slice(doc.indexOf(end, at) + end.length)
    : `${doc.trimEnd()}\n\n${section}\n`;
// Formatted as the repository's Prettier check wants it (the table's columns aligned).
const { format, resolveConfig } = await import('prettier');
await writeFile(
  docPath,
  await format(next, { ...(await resolveConfig(docPath.pathname)), filepath: docPath.pathname }),
);
console.log(`\n  written to docs/LIBRARY-PERFORMANCE.md (${COUNT.toLocaleString('en')} articles)`);
