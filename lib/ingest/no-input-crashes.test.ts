// Property test: whatever the reader adds, planAddition answers with articles or refusals and never throws,
// and one article that breaks the pipeline is refused alone, the rest of its batch added.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { MINI_ARTICLES, MINI_ENTITIES } from '../corpus-index/mini-corpus.fixture';
import type { RussianMorphology } from '../morph/morphology';
import { planAddition, type Addition, type LibraryState } from './plan-addition';

const SHARED = resolve(import.meta.dirname, '../../../shared');
const state: LibraryState = { entities: MINI_ENTITIES, articleIds: new Set(MINI_ARTICLES.map((a) => a.id)) };

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 60_000);

function texts(dir: string): { label: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ label: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every input is either an added article or a refusal naming it. */
function expectAnswered(plan: Addition, labels: string[]): void {
  const refused = new Set(plan.refused.map((r) => r.label));
  expect(plan.articles.length + plan.refused.length).toBe(labels.length);
  for (const r of plan.refused) expect(r.reason.length).toBeGreaterThan(0);
  for (const label of labels) if (refused.has(label)) continue;
  const ids = new Set(plan.articles.map((a) => a.id));
  for (const m of plan.mentions) expect(ids.has(m.articleId)).toBe(true);
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Интернет-трансляция',
  'Что-что',
  'Яндекс-кошелек',
  'Санкт-Петербург',
  'северо-западный',
  'ООН-Хабитат',
  'Ёлкин',
  'Елкин',
  'всё',
  'Токаев',
  'Касым-Жомарт',
  'Алиев',
  'Tokayev',
  'e\u0301',
  'и\u0306',
  'Й',
  'A\u0308\u0301\u0323',
  'שלום',
  'مرحبا بالعالم',
  '\u202Eevil\u202C',
  '😀',
  '👩‍👩‍👧',
  '🇰🇿',
  '\u00AD',
  '\u200B',
  '\u00A0',
  '«',
  '»',
  '—',
  '-',
  '--',
  '.',
  '?!',
  '\uD800',
  '\uFFFD',
  '\u0000',
  '\n',
  '\n\n',
  '\t',
  ' ',
  'Mc',
  'О’Брайен',
  'д’Артаньян',
  '1990-е',
  'COVID-19',
];

function generated(seed: number): string {
  const next = random(seed);
  const words = 5 + Math.floor(next() * 300);
  let text = '';
  for (let i = 0; i < words; i++) {
    text += PIECES[Math.floor(next() * PIECES.length)];
    const sep = next();
    text += sep < 0.6 ? ' ' : sep < 0.7 ? '-' : sep < 0.8 ? '\n' : sep < 0.9 ? '. ' : '';
  }
  return text;
}

describe('planAddition never throws', () => {
  it('on hyphenated words az reads as pairs («Интернет-трансляция», «Что-что», «Яндекс-кошелек»)', () => {
    const text =
      'Интернет-трансляция форума\n\nЧто-что, а Яндекс-кошелек Ивана Петрова открыли в Казани вчера днём.';
    const plan = planAddition([{ label: 'hyphens', text }], state, morph);
    expect(plan.refused).toEqual([]);
    expect(plan.articles).toHaveLength(1);
  });

  const corpora = [
    ['factru-devset', texts(join(SHARED, 'factru-devset'))],
    ['seeds', texts(join(SHARED, 'seeds'))],
  ] as const;
  for (const [name, inputs] of corpora) {
    it.skipIf(inputs.length === 0)(
      `on every text of ../shared/${name} (${inputs.length}), each alone and all in one batch`,
      () => {
        for (const input of inputs) {
          const plan = planAddition([input], state, morph);
          expectAnswered(plan, [input.label]);
        }
        const batch = planAddition(inputs, state, morph);
        expectAnswered(
          batch,
          inputs.map((i) => i.label),
        );
        // These are real news texts: all of them are articles.
        expect(batch.refused).toEqual([]);
      },
      600_000,
    );
  }

  it('on 200 generated Unicode texts (hyphens, ё/е, combining marks, RTL, emoji, lone surrogates)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const input = { label: `generated #${seed}`, text: generated(seed) };
      let plan: Addition;
      try {
        plan = planAddition([input], state, morph);
      } catch (error) {
        throw new Error(`seed ${seed} threw: ${String(error)}\n${input.text.slice(0, 300)}`);
      }
      expectAnswered(plan, [input.label]);
    }
  }, 300_000);

  it('on edge inputs: a 1 MB single word, empty lines only, white space only, one character', () => {
    const inputs = [
      { label: '1 MB word', text: 'Ж'.repeat(1 << 20) },
      { label: '1 MB hyphenated word', text: 'Что-'.repeat(1 << 18) },
      { label: 'empty lines', text: '\n'.repeat(1000) },
      { label: 'white space', text: ' \u00A0\t\u2029\u3000'.repeat(100) },
      { label: 'one letter', text: 'Ё' },
      { label: 'empty', text: '' },
    ];
    for (const input of inputs) expectAnswered(planAddition([input], state, morph), [input.label]);
    expectAnswered(
      planAddition(inputs, state, morph),
      inputs.map((i) => i.label),
    );
  }, 120_000);
});

describe('one bad article never sinks its batch', () => {
  it('an article that breaks the morphology is refused with a message; the others are added', () => {
    // A morphology that fails on one name stands for any bug met in one article's text. (A word that
    // az cannot parse no longer breaks anything: discovery reads it as no parse. Declining a name is
    // the next step and is not guarded there.)
    const fragile: RussianMorphology = {
      ...morph,
      declineName(part, name, gender, grammaticalCase) {
        if (name.toLowerCase().startsWith('ломающееслово')) throw new Error('morphology failed');
        return morph.declineName(part, name, gender, grammaticalCase);
      },
    };
    const good = (n: number) => ({
      label: `good ${n}`,
      text: `Новости ${n}\n\nМинистр Марат Ахметов${n} встретился с фермерами в Костанае. Президент Токаев поручил ему поддержать экспорт.`,
    });
    const bad = {
      label: 'bad',
      text: 'Плохая статья\n\nВ этой статье министр Илья Ломающееслово выступил в Казани. Илья Ломающееслово сказал.',
    };
    const plan = planAddition([good(1), bad, good(2)], state, fragile);
    expect(plan.articles.map((a) => a.title)).toEqual(['Новости 1', 'Новости 2']);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0].label).toBe('bad');
    expect(plan.refused[0].reason).toMatch(/could not be processed/);
    expect(plan.mentions.some((m) => m.entityId === 'tokayev')).toBe(true);
  });
});
