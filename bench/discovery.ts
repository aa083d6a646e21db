// Discovery of 1,000 articles in Node (the service worker runs the same pure code in V8): the articles
// are added in the library's batches of 25 to a library that holds the seeds and grows with every batch,
// as the background does (planAddition). Prints the time with discovery, beside a reference measured in
// the same run: the same batches with known entities only (no morphology, so no Russian discovery).
// Times are this process's CPU time (user + system): the host steals wall time from busy machines.
// The articles are the factRuEval devset's real news texts, repeated (FACTRU_DEVSET), or generated ones.
// Run: npm run bench:discovery   (BENCH_ARTICLES=200 for a shorter run)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INGEST_BATCH_SIZE } from '../lib/ingest/limits';
import { planAddition, type LibraryState } from '../lib/ingest/plan-addition';
import type { Entity } from '../lib/model';
import type { RussianMorphology } from '../lib/morph/morphology';
import { findDevset, loadDevset } from '../scripts/factru/devset';
import { loadRussianMorphology } from '../scripts/node-morph';
import { buildSeedIndex } from '../scripts/seed-index';
import { article } from './article-gen';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 1000);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const devset = findDevset(root);
const texts = devset ? (await loadDevset(devset)).map((d) => d.text) : [];
const source = texts.length > 0 ? 'factRuEval devset news texts' : 'generated articles';
const articles = Array.from({ length: COUNT }, (_, i) =>
  texts.length > 0 ? `${texts[i % texts.length]}\n\nКопия ${i + 1}.` : article(i),
);
const chars = articles.reduce((n, a) => n + a.length, 0);
const [index, morph] = await Promise.all([buildSeedIndex(join(root, 'seeds')), loadRussianMorphology()]);

function run(withMorph: RussianMorphology | null): { ms: number; entities: number; slowest: number } {
  let entities: Entity[] = index.entities;
  const ids = new Set(index.articles.map((a) => a.id));
  let slowest = 0;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = cpu();
  for (let i = 0; i < articles.length; i += INGEST_BATCH_SIZE) {
    const b0 = cpu();
    const state: LibraryState = { entities, articleIds: ids };
    const batch = articles
      .slice(i, i + INGEST_BATCH_SIZE)
      .map((text, k) => ({ label: `bench-${i + k}`, text }));
    const plan = planAddition(batch, state, withMorph);
    for (const a of plan.articles) ids.add(a.id);
    entities = [...entities, ...plan.entities];
    slowest = Math.max(slowest, cpu() - b0);
  }
  return { ms: cpu() - t0, entities: entities.length - index.entities.length, slowest };
}

const reference = run(null);
const full = run(morph);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `${COUNT} ${source}, ${Math.round(chars / COUNT).toLocaleString('en')} characters on average, batches of ${INGEST_BATCH_SIZE}`,
);
console.log('| run (CPU time)                   | total | per article | slowest batch | new entities |');
console.log('| -------------------------------- | ----: | ----------: | ------------: | -----------: |');
for (const [name, r] of [
  ['known entities only (reference)', reference],
  ['with discovery', full],
] as const)
  console.log(
    `| ${name.padEnd(32)} | ${s(r.ms)} | ${(r.ms / COUNT).toFixed(1)} ms | ${(r.slowest / 1000).toFixed(2)} s | ${r.entities} |`,
  );
console.log(`discovery's own share: ${s(full.ms - reference.ms)}`);
