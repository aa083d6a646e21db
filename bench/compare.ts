// npm run bench:compare -- NAME=DIR NAME=DIR…: builds of the extension (each an unpacked chrome-mv3 folder)
// measured side by side with the reference extension on the same pages in one run, loads interleaved, to
// choose between designs on this noisy machine. BENCH_RUNS and BENCH_PAGES as for npm run bench.
import { readdirSync } from 'node:fs';
import {
  SHARED_PAGES_DIR,
  launchBrowser,
  startStaticServer,
  waitForMatcherPack,
  type Browser,
} from '../test/e2e/harness';
import { generateLongPage } from './generate-page';
import { FIRST_HIGHLIGHT_PROBE, measurePage, type PageSample } from './measure-page';
import { writeReferenceExtension } from './reference-extension';
import { fmtMs, median, medianOrNull } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LONG_PAGE = '/generated-1mb.html';

async function main(): Promise<void> {
  const variants = process.argv.slice(2).map((arg) => {
    const [name, dir] = arg.split('=');
    return { name, dir };
  });
  if (variants.length === 0) throw new Error('usage: bench/compare.ts NAME=DIR [NAME=DIR…]');
  const server = await startStaticServer();
  server.put('/bench-blank.html', '<!doctype html><title>blank</title><p>start</p>');
  server.put(LONG_PAGE, generateLongPage());
  const wanted = process.env.BENCH_PAGES?.split(',').filter(Boolean);
  const paths = [
    ...readdirSync(SHARED_PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => `/shared/${f}`),
    LONG_PAGE,
  ].filter((p) => !wanted || wanted.some((w) => p.includes(w)));
  const browsers: { name: string; browser: Browser }[] = [
    { name: 'reference', browser: await launchBrowser({ extensionDir: writeReferenceExtension() }) },
  ];
  for (const v of variants) {
    const browser = await launchBrowser({ extensionDir: v.dir });
    await waitForMatcherPack(browser);
    browsers.push({ name: v.name, browser });
  }
  for (const b of browsers) await b.browser.context.addInitScript(FIRST_HIGHLIGHT_PROBE);
  try {
    const cpu = new Map<string, number[]>();
    console.log(
      [
        'page',
        ...browsers.map((b) => `${b.name} ms`),
        ...variants.map((v) => `${v.name}/ref`),
        'highlights',
        'first hl',
      ].join('\t'),
    );
    for (const path of paths) {
      const samples = new Map<string, PageSample[]>(browsers.map((b) => [b.name, []]));
      for (let run = 0; run < RUNS; run++)
        for (const b of browsers) samples.get(b.name)!.push(await measurePage(b.browser, server, path));
      const ms = (name: string) => medianOrNull(samples.get(name)!.map((s) => s.cpuMs));
      const ref = ms('reference');
      const cells = [path.replace('/shared/', ''), ...browsers.map((b) => fmtMs(ms(b.name)))];
      for (const v of variants) {
        const m = ms(v.name);
        const ratio = m !== null && ref ? m / ref : null;
        cells.push(ratio === null ? 'n/a' : `${ratio.toFixed(1)}×`);
        if (ratio !== null) (cpu.get(v.name) ?? cpu.set(v.name, []).get(v.name)!).push(ratio);
      }
      cells.push(variants.map((v) => median(samples.get(v.name)!.map((s) => s.highlights))).join('/'));
      cells.push(
        variants
          .map((v) => fmtMs(medianOrNull(samples.get(v.name)!.map((s) => s.firstHighlightMs))))
          .join('/'),
      );
      console.log(cells.join('\t'));
    }
    for (const v of variants) {
      const ratios = cpu.get(v.name) ?? [];
      console.log(
        `${v.name}: median ratio ${median(ratios).toFixed(1)}×, worst ${Math.max(...ratios).toFixed(1)}×`,
      );
    }
  } finally {
    for (const b of browsers) await b.browser.close();
    await server.close();
  }
}

await main();
