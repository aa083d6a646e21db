// What identifying an article's language costs, per article, beside what reading it costs anyway:
// parsing and splitting it into sentences (prepareArticle) and the whole addition (planAddition,
// discovery included), measured in the same run on the same texts.
// Run: npx tsx bench/language-id.ts   (the seeds and /work/shared/factru-devset when present)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { identifyLanguage } from '../lib/corpus/language';
import { planAddition } from '../lib/ingest';
import { prepareArticle } from '../lib/ingest/prepare';
import { FOREIGN_CASES, READ_CASES } from '../lib/ingest/language-set.fixture';
import { loadRussianMorphology } from '../scripts/node-morph';

const dirs = ['seeds', '/work/shared/factru-devset'].filter((d) => existsSync(d));
const texts = [
  ...dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(d, f), 'utf8')),
  ),
  ...READ_CASES.map((c) => c.text),
  ...FOREIGN_CASES.map((c) => c.text),
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median over the texts of the best of `rounds` timings of `fn` on one text, in ms. */
function perArticle(fn: (text: string) => unknown, rounds = 5): number {
  return median(
    texts.map((text) => {
      let best = Infinity;
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        fn(text);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    }),
  );
}

const morph = await loadRussianMorphology();
const paragraphs = (text: string) => text.split('\n');
// Warm up every path once.
for (const text of texts) {
  identifyLanguage(paragraphs(text));
  prepareArticle({ label: 'bench', text });
}
const chars = median(texts.map((t) => t.length));
const language = perArticle((text) => identifyLanguage(paragraphs(text)));
const prepare = perArticle((text) => prepareArticle({ label: 'bench', text }));
// A few factRuEval texts crash az inside planAddition today (issue 14): they are timed up to the crash.
const plan = perArticle((text) => {
  try {
    planAddition([{ label: 'bench', text }], { entities: [], articleIds: new Set() }, morph);
  } catch {
    // timed all the same
  }
}, 2);
console.log(`${texts.length} articles, median ${chars} characters`);
console.log(
  'per article (median ms)   identifyLanguage   prepareArticle (parse + split, includes it)   planAddition',
);
console.log(
  `                          ${language.toFixed(2).padStart(16)}   ${prepare.toFixed(2).padStart(43)}   ${plan.toFixed(1).padStart(12)}`,
);
