// npm run annotate -- FILE [FILE…]: prints every mention the page matcher finds in a .txt or .html file,
// one line each: offset, surface, entity id, context. HTML is read like the content script reads a page
// (lib/dom text walker: body text, blocks separated by BLOCK_BREAK, scripts/styles/inputs skipped),
// with the forms of the seed index (scripts/seed-index.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { BLOCK_BREAK, compileMatcher, createPageContext, type Match } from '../lib/match/scanner';
import type { MatcherPack } from '../lib/model';
import { buildMatcherPack } from '../lib/corpus-index/pack';
import { TextWalker } from '../lib/dom/text-walker';
import { buildSeedIndex } from './seed-index';

const CONTEXT_CHARS = 40;

async function loadPack(): Promise<MatcherPack> {
  const index = await buildSeedIndex(join(import.meta.dirname, '../seeds'));
  return buildMatcherPack(index.entities, { forPages: true });
}

/** The text the content script would scan, as the blocks it walks. */
export function pageText(fileName: string, source: string): string {
  if (!/\.x?html?$/i.test(fileName))
    return source.replace(/\r\n?/g, '\n').replace(/\n[^\S\n]*\n\s*/g, BLOCK_BREAK);
  const { document } = parseHTML(source);
  const walker = new TextWalker(document.body ?? document.documentElement);
  const blocks: string[] = [];
  while (!walker.done) {
    const chunk = walker.next({ maxChars: 64 * 1024, maxNodes: Infinity });
    if (chunk.text) blocks.push(chunk.text);
  }
  return blocks.join(BLOCK_BREAK);
}

function line(text: string, m: Match, id: string): string {
  const show = (s: string) => s.replace(/\u2029/g, ' ¶ ').replace(/\s+/g, ' ');
  const before = show(text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start));
  const after = show(text.slice(m.end, m.end + CONTEXT_CHARS));
  return `${String(m.start).padStart(8)}  ${text.slice(m.start, m.end)}  ${id}  …${before}[${text.slice(m.start, m.end)}]${after}…`;
}

async function main(files: string[]) {
  if (files.length === 0) {
    console.error('usage: npm run annotate -- FILE.txt|FILE.html [...]');
    process.exit(2);
  }
  const pack = await loadPack();
  let t0 = performance.now();
  const matcher = compileMatcher(pack);
  const compileMs = performance.now() - t0;
  for (const file of files) {
    const text = pageText(file, readFileSync(file, 'utf8'));
    t0 = performance.now();
    const matches = matcher.scan(text, createPageContext());
    const scanMs = performance.now() - t0;
    console.log(`# ${file}: ${matches.length} mentions in ${text.length} characters`);
    for (const m of matches) console.log(line(text, m, pack.entities[m.entity].id));
    console.error(
      `# ${file}: compile ${compileMs.toFixed(1)} ms (${matcher.formCount} forms), scan ${scanMs.toFixed(1)} ms`,
    );
  }
}

await main(process.argv.slice(2));
