// npm run eval:english — discovery in English articles (compromise, tuned with the known entities),
// scored on the paragraphs of test/english-news/paragraphs.txt (names marked {PER:…}, {ORG:…}, {LOC:…}),
// each added alone to a library holding the seeds, as eval:factru does. Token-level and exact-span
// precision and recall per type; a report, it never fails on scores.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NerType, Span, Token } from './factru/devset';
import { predictDocument } from './factru/predict';
import { emptyScores, formatTable, scoreDocument } from './factru/score';
import { loadRussianMorphology } from './node-morph';
import { buildSeedIndex } from './seed-index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A marked paragraph as plain text and its gold spans. */
export function parseMarked(line: string): { text: string; gold: Span[] } {
  let text = '';
  const gold: Span[] = [];
  let at = 0;
  for (const m of line.matchAll(/\{(PER|ORG|LOC):([^}]+)\}/g)) {
    text += line.slice(at, m.index);
    gold.push({ start: text.length, end: text.length + m[2].length, type: m[1] as NerType });
    text += m[2];
    at = m.index + m[0].length;
  }
  return { text: text + line.slice(at), gold };
}

const tokensOf = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const [index, morph] = await Promise.all([buildSeedIndex(join(root, 'seeds')), loadRussianMorphology()]);
const state = { entities: index.entities, articleIds: new Set(index.articles.map((a) => a.id)) };
const verbose = process.argv.includes('--errors');

/** Scores one file of marked paragraphs, each added alone, and prints its table. */
async function evaluate(file: string, title: string): Promise<void> {
  const lines = (await readFile(join(root, 'test/english-news', file), 'utf8'))
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const scores = emptyScores();
  lines.forEach((line, n) => {
    const { text, gold } = parseMarked(line);
    const { spans } = predictDocument(`${file}-${n + 1}`, text, state, morph);
    scoreDocument(tokensOf(text), spans, gold, scores);
    if (verbose) {
      const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
      const g = new Set(gold.map(key));
      const p = new Set(spans.map(key));
      for (const s of gold)
        if (!p.has(key(s))) console.log(`missed\t${s.type}\t${text.slice(s.start, s.end)}`);
      for (const s of spans)
        if (!g.has(key(s))) console.log(`spurious\t${s.type}\t${text.slice(s.start, s.end)}`);
    }
  });
  console.log(formatTable(scores, `${title} (${lines.length}), discovery with compromise`));
}

await evaluate('paragraphs.txt', 'English news paragraphs written in wire style');
await evaluate('outlets.txt', "Real outlets' paragraphs (BBC, Guardian, NYT, AP, The Verge, Medium)");
