import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { buildMatcherPack } from '../corpus-index/pack';
import { MINI_ARTICLES, MINI_ENTITIES } from '../corpus-index/mini-corpus.fixture';
import { planAddition } from '../ingest/plan-addition';
import { supportedMatches } from '../match/ambiguity';
import { compileMatcher, createPageContext } from '../match/scanner';
import type { RussianMorphology } from '../morph/morphology';
import { organisationNames } from './org-names';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 60_000);

describe('an organisation read in Russian gets the names the press gives it elsewhere', () => {
  it('is named in English in both word orders, with its acronyms in both languages', () => {
    const names = organisationNames('Всемирная организация метеорологии', morph);
    expect(names.english).toEqual(
      expect.arrayContaining(['World Meteorology Organization', 'World Organisation of Meteorology']),
    );
    expect(names.acronyms).toEqual([
      { text: 'ВОМ', lang: 'ru' },
      { text: 'WMO', lang: 'en' },
    ]);
    const committee = organisationNames('Комитет по внешним связям', morph);
    expect(committee.english).toEqual(['Committee on Foreign Relations']);
  });

  it('gives a ministry the "of" order first and its short name in Russian', () => {
    const names = organisationNames('Министерство энергетики', morph);
    expect(names.english.slice(0, 2)).toEqual(['Ministry of Energy', 'Energy Ministry']);
    expect(names.short).toEqual(['Минэнерго']);
    expect(organisationNames('Министерство культуры', morph).short).toEqual(['Минкультуры']);
    expect(organisationNames('Министерство иностранных дел', morph).english).toContain('Foreign Ministry');
  });

  it('guesses no English for a word the glossary lacks', () => {
    expect(organisationNames('Министерство лесного пчеловодства', morph).english).toEqual([]);
  });

  it('paints the English name and the short name on pages, once an article in Russian has named it', () => {
    const text = [
      'Реформа тарифов',
      '',
      'Министерство энергетики Казахстана и Всемирная организация метеорологии подписали соглашение в Астане.',
    ].join('\n');
    const state = { entities: MINI_ENTITIES, articleIds: new Set(MINI_ARTICLES.map((a) => a.id)) };
    const { entities } = planAddition([{ label: 'ru', text }], state, morph);
    const all = [...MINI_ENTITIES, ...entities];
    const pack = buildMatcherPack(all);
    const matcher = compileMatcher(pack);
    const painted = (page: string) => {
      const ctx = createPageContext();
      return supportedMatches(page, matcher.scan(page, ctx), (i) => pack.entities[i]?.type, ctx).map(
        (m) => `${page.slice(m.start, m.end)}=${all[m.entity].name.en}`,
      );
    };
    expect(
      painted('The Energy Ministry said on Monday that the World Meteorology Organization would help.'),
    ).toEqual([
      'Energy Ministry=Ministry of Energy',
      'World Meteorology Organization=World Meteorology Organization',
    ]);
    expect(painted('В Минэнерго и в ВОМ заявили, что договор в Астане вступит в силу.')).toEqual([
      'Минэнерго=Ministry of Energy',
      'ВОМ=World Meteorology Organization',
      'Астане=Astana',
    ]);
  });
});
