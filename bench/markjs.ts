// mark.js marking the extension's names on a page, as the highlighter most sites use (BENCH_MARKJS=1):
// given the list of names as sites call it, and at its fastest, one regular expression of all the names.
import { join } from 'node:path';
import { REPO_ROOT, type Browser, type StaticServer } from '../test/e2e/harness';
import { median } from './stats';

const MARKJS = join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js');
/** mark.js blocks the page; past this, it is measured once rather than `runs` times. */
const MARKJS_SLOW_MS = 5_000;

export type MarkJsCall = 'list' | 'regex';

/**
 * mark.js marking the same names on the same page, whole words, case as written, one of two ways:
 * - 'list': `mark(names)`, as sites call it with a list of terms; it walks the page once per name;
 * - 'regex': `markRegExp` with all the names in one alternation (longest first): one walk, mark.js at its
 *   fastest.
 */
export async function measureMarkJs(
  browser: Browser,
  server: StaticServer,
  path: string,
  names: string[],
  call: MarkJsCall,
) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  await page.addScriptTag({ path: MARKJS });
  const result = await page.evaluate(
    ({ names, call }) =>
      new Promise<{ ms: number; marks: number }>((resolve) => {
        let marks = 0;
        const options = {
          exclude: ['textarea', '[contenteditable]', 'noscript'],
          each: () => marks++,
          done: () => resolve({ ms: performance.now() - t0, marks }),
        };
        type MarkJs = { mark(names: string[], o: object): void; markRegExp(r: RegExp, o: object): void };
        const t0 = performance.now();
        const instance = new (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark(document.body);
        if (call === 'list') {
          instance.mark(names, {
            ...options,
            separateWordSearch: false,
            accuracy: 'exactly',
            caseSensitive: true,
            diacritics: false,
          });
          return;
        }
        const escaped = [...names]
          .sort((a, b) => b.length - a.length)
          .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
        instance.markRegExp(regex, options);
      }),
    { names, call },
  );
  await page.close();
  return result;
}

/** Median of up to `runs` measurements; one only when the first is slow (mark.js blocks the page for it). */
export async function medianRuns(
  runs: number,
  measure: () => Promise<{ ms: number; marks: number }>,
): Promise<{ ms: number; marks: number }> {
  const done: { ms: number; marks: number }[] = [];
  for (let run = 0; run < runs; run++) {
    done.push(await measure());
    if (done[0].ms > MARKJS_SLOW_MS) break;
  }
  return { ms: median(done.map((r) => r.ms)), marks: done[0].marks };
}
