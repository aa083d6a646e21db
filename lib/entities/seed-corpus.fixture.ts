// The real seed articles, parsed and split, for tests over the corpus itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedFile, splitSentences } from '../corpus';
import type { Article, Sentence } from '../model';

export const SEED_DIR = join(__dirname, '../../seeds');

export function readSeeds(): { articles: Article[]; sentences: Sentence[] } {
  const files = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles = files.map((f) => parseSeedFile(f, readFileSync(join(SEED_DIR, f), 'utf8')));
  return { articles, sentences: articles.flatMap((a) => splitSentences(a)) };
}
