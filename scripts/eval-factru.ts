// npm run eval:factru — how well the library discovers people, places and organisations in a reader's
// Russian articles, on the factRuEval-2016 devset with Natasha's conventions (scripts/factru/devset.ts).
// Each document is added alone to a library that holds the seeds. Prints a table per half of the devset
// (documents alternate between "tune" and "check" by number, so rules made while looking at the errors of
// one half are checked on the other) and for all; a report, never a failure: it exits 0 whatever the scores.
//   --errors=N   print up to N missed and N spurious mentions per type (of the "tune" half)
//   --half=tune|check|all   print only that table
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedIndex } from './seed-index';
import { loadRussianMorphology } from './node-morph';
import { findDevset, loadDevset, NER_TYPES, type FactruDocument, type Span } from './factru/devset';
import { predictDocument } from './factru/predict';
import { emptyScores, formatTable, scoreDocument, type Scores } from './factru/score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const errorsWanted = Number(arg('errors') ?? 0);
const halfWanted = arg('half');

const dir = findDevset(root);
if (!dir) {
  console.log('eval:factru: skipped, no factRuEval devset (set FACTRU_DEVSET to its folder)');
  process.exit(0);
}

/** This process's CPU time: the host steals wall time from a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const started = performance.now();
const [documents, index, morph] = await Promise.all([
  loadDevset(dir),
  buildSeedIndex(join(root, 'seeds')),
  loadRussianMorphology(),
]);
// Until az-adapter survives every word (issue 14: az's normalize() has no word for some hyphenated ones),
// a word az cannot read has no parse here, and the evaluation counts such words.
const failedWords = new Set<string>();
const tolerantMorph: typeof morph = {
  ...morph,
  parse(word) {
    try {
      return morph.parse(word);
    } catch {
      failedWords.add(word);
      return [];
    }
  },
};
const state = { entities: index.entities, articleIds: new Set(index.articles.map((a) => a.id)) };
const ready = performance.now();

const half = (doc: FactruDocument) => (Number(doc.name.slice(5)) % 2 === 0 ? 'tune' : 'check');
const scores: Record<string, Scores> = { tune: emptyScores(), check: emptyScores(), all: emptyScores() };
const errors: string[] = [];
let unaligned = 0;
let discoveryMs = 0;
for (const doc of documents) {
  const t0 = cpuMs();
  const prediction = predictDocument(doc.name, doc.text, state, tolerantMorph);
  discoveryMs += cpuMs() - t0;
  unaligned += prediction.unaligned.length;
  scoreDocument(doc.tokens, prediction.spans, doc.gold, scores[half(doc)]);
  scoreDocument(doc.tokens, prediction.spans, doc.gold, scores.all);
  if (errorsWanted > 0 && half(doc) === 'tune') errors.push(...differences(doc, prediction.spans));
}

function differences(doc: FactruDocument, predicted: Span[]): string[] {
  const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
  const gold = new Set(doc.gold.map(key));
  const pred = new Set(predicted.map(key));
  const show = (s: Span) =>
    `${doc.name}\t${s.type}\t${doc.text.slice(s.start, s.end)}\t…${doc.text.slice(Math.max(0, s.start - 40), s.start).replace(/\s+/g, ' ')}[…]${doc.text.slice(s.end, s.end + 30).replace(/\s+/g, ' ')}`;
  return [
    ...doc.gold.filter((s) => !pred.has(key(s))).map((s) => `missed\t${show(s)}`),
    ...predicted.filter((s) => !gold.has(key(s))).map((s) => `spurious\t${show(s)}`),
  ];
}

const count = (h: string) => documents.filter((d) => h === 'all' || half(d) === h).length;
for (const h of ['tune', 'check', 'all'])
  if (!halfWanted || halfWanted === h)
    console.log(`${formatTable(scores[h], `factRuEval-2016 devset, ${h} (${count(h)} documents)`)}\n`);
console.log(
  `discovery ${(discoveryMs / 1000).toFixed(1)} s CPU for ${documents.length} documents (${(discoveryMs / documents.length).toFixed(0)} ms each); ` +
    `set-up ${((ready - started) / 1000).toFixed(1)} s; sentences not found in their text: ${unaligned}` +
    (failedWords.size > 0 ? `; words az could not parse: ${[...failedWords].join(', ')}` : ''),
);
if (errorsWanted > 0) {
  for (const kind of ['missed', 'spurious'])
    for (const type of NER_TYPES) {
      const list = errors.filter((e) => e.startsWith(`${kind}\t`) && e.split('\t')[2] === type);
      console.log(`\n${kind} ${type}: ${list.length}`);
      for (const line of list.slice(0, errorsWanted)) console.log(line);
    }
}
