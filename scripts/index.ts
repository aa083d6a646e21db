// `npm run index`: rebuilds the seed index and prints what it knows: entity, type, mentions, articles, forms.
import { resolve } from 'node:path';
import { buildSeedIndex } from './seed-index';

const seedDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../seeds'));
const started = performance.now();
const index = await buildSeedIndex(seedDir);
const ms = Math.round(performance.now() - started);

const stats = new Map(index.stats.map((s) => [s.entityId, s]));
const rows = index.entities
  .map((e) => ({
    entity: e.name.en,
    id: e.id,
    type: e.type,
    origin: e.origin,
    mentions: stats.get(e.id)?.mentionCount ?? 0,
    articles: stats.get(e.id)?.articleCount ?? 0,
    forms: e.forms.length,
  }))
  .sort(
    (a, b) => b.mentions - a.mentions || a.type.localeCompare(b.type) || a.entity.localeCompare(b.entity),
  );

const headers = ['entity', 'id', 'type', 'origin', 'mentions', 'articles', 'forms'] as const;
const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
const line = (cells: (string | number)[]) =>
  cells
    .map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
    .join('  ');
console.log(line([...headers]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(headers.map((h) => r[h])));

const unmentioned = rows.filter((r) => r.mentions === 0).length;
console.log(
  `\n${index.entities.length} entities (${rows.filter((r) => r.origin === 'discovered').length} discovered), ` +
    `${index.mentions.length} mentions in ${index.articles.length} articles / ${index.sentences.length} sentences, ` +
    `${rows.reduce((n, r) => n + r.forms, 0)} forms; ${unmentioned} entities without a mention; built in ${ms} ms.`,
);
