import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { buildMatcherPack } from '../corpus-index/pack';
import { compileMatcher } from '../match/scanner';
import { MINI_ARTICLES, MINI_ENTITIES } from '../corpus-index/mini-corpus.fixture';
import type { RussianMorphology } from '../morph/morphology';
import { usualSpelling } from '../morph/usual-spelling';
import { FOREIGN_CASES, READ_CASES } from './language-set.fixture';
import { planAddition, type LibraryState } from './plan-addition';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 60_000);

const state: LibraryState = { entities: MINI_ENTITIES, articleIds: new Set(MINI_ARTICLES.map((a) => a.id)) };

describe('the languages of the region', () => {
  it.each(READ_CASES.map((c) => [c.name, c] as const))('%s: accepted, its names discovered', (_, c) => {
    const plan = planAddition([{ label: c.name, text: c.text }], state, morph);
    expect(plan.refused).toEqual([]);
    expect(plan.articles[0]).toMatchObject({ lang: c.lang });
    expect(plan.articles[0].namesOnly).toBeUndefined();
    const forms = plan.entities.flatMap((e) => e.forms.map((f) => f.text));
    expect(forms).toEqual(expect.arrayContaining(c.names));
    // The written spelling is the index's; the usual one is a further form, matched on pages too.
    const matcher = compileMatcher(buildMatcherPack(plan.entities));
    for (const name of c.names) {
      const usual = usualSpelling(name);
      if (!usual) continue;
      const page = `Вчера ${usual} и ${name} выступили. Yesterday ${usual} spoke.`;
      const found = matcher.scan(page).map((m) => page.slice(m.start, m.end));
      expect(found).toEqual(expect.arrayContaining([name, usual]));
    }
  });

  it.each(FOREIGN_CASES.map((c) => [c.name, c] as const))(
    '%s: refused, naming the language it was taken for',
    (_, c) => {
      const plan = planAddition([{ label: c.name, text: c.text }], state, morph);
      expect(plan.articles).toEqual([]);
      const [refusal] = plan.refused;
      expect(refusal.reason).toMatch(/reads as \p{Lu}\p{Ll}+, not Russian or English/u);
      if (c.language) expect(refusal.language).toBe(c.language);
      else expect(refusal.language).toMatch(/^[a-z]{3}$/);
    },
  );
});

describe('an article in another language, added for names only', () => {
  it.each(FOREIGN_CASES.map((c) => [c.name, c] as const))(
    '%s: kept, the known names found in it, nothing discovered',
    (_, c) => {
      const known = /\p{Script=Cyrillic}/u.test(c.text) ? 'Касым-Жомарт Токаев' : 'Kassym-Jomart Tokayev';
      const text = `${c.text}\n\n${known}.`;
      const plan = planAddition([{ label: c.name, text, reading: 'names-only' }], state, morph);
      expect(plan.refused).toEqual([]);
      expect(plan.articles[0]).toMatchObject({ namesOnly: true });
      if (c.language) expect(plan.articles[0].language).toBe(c.language);
      expect(plan.entities).toEqual([]);
      expect(plan.mentions.map((m) => [m.entityId, m.surface])).toContainEqual(['tokayev', known]);
    },
  );

  it('finds a known name written in a Kazakh spelling, and quotes it as written', () => {
    const kazakh = FOREIGN_CASES.find((c) => c.language === 'kaz')!;
    const text = `${kazakh.text}\n\nСалтанатқа Қасым-Жомарт Тоқаев қатысты.`;
    const plan = planAddition([{ label: 'kk', text, reading: 'names-only' }], state, morph);
    expect(plan.mentions.map((m) => [m.entityId, m.surface])).toContainEqual([
      'tokayev',
      'Қасым-Жомарт Тоқаев',
    ]);
  });
});
