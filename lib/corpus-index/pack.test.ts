import { describe, expect, it } from 'vitest';
import type { Entity } from '../model';
import { compileMatcher } from '../match/scanner';
import { buildMatcherPack } from './pack';

const entity = (id: string, form: string, quiet = false): Entity => ({
  id,
  type: 'organization',
  name: { en: id, ru: form },
  description: { en: '', ru: '' },
  forms: [{ text: form, kind: 'full', lang: 'ru' }],
  links: [],
  origin: 'gazetteer',
  ...(quiet ? { quiet: true as const } : {}),
});

describe('buildMatcherPack', () => {
  const entities = [
    entity('osce', 'ОБСЕ'),
    entity('air-center', 'Центр анализа международных отношений', true),
  ];
  const text = 'Директор Центр анализа международных отношений выступил в ОБСЕ.';

  it('finds a quiet entity in the corpus, where its mentions are counted', () => {
    const found = compileMatcher(buildMatcherPack(entities))
      .scan(text)
      .map((m) => entities[m.entity].id);
    expect(found).toEqual(['air-center', 'osce']);
  });

  it('leaves a quiet entity out of the pack that web pages are painted with', () => {
    const pack = buildMatcherPack(entities, { forPages: true });
    expect(pack.entities.map((e) => e.id)).toEqual(['osce']);
    expect(
      compileMatcher(pack)
        .scan(text)
        .map((m) => pack.entities[m.entity].id),
    ).toEqual(['osce']);
  });
});
