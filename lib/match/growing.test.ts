import { describe, expect, it } from 'vitest';
import { buildMatcherPack } from '../corpus-index/pack';
import { MINI_ENTITIES, MINI_SENTENCES } from '../corpus-index/mini-corpus.fixture';
import { readSeeds } from '../entities/seed-corpus.fixture';
import { GrowingMatcher } from './growing';
import { compileMatcher, createPageContext, type Matcher } from './scanner';

const texts = [...MINI_SENTENCES, ...readSeeds().sentences].map((s) => s.text);
const found = (matcher: Matcher, entities: readonly { id: string }[]) => {
  const ctx = createPageContext();
  return texts.flatMap((text) =>
    matcher.scan(text, ctx).map((m) => `${entities[m.entity].id} ${m.kind} ${text.slice(m.start, m.end)}`),
  );
};
const compiled = (entities: typeof MINI_ENTITIES) =>
  found(compileMatcher(buildMatcherPack(entities)), entities);

describe('GrowingMatcher', () => {
  it('finds what a matcher compiled from all the entities finds, when they are added in parts', () => {
    const half = Math.floor(MINI_ENTITIES.length / 2);
    const growing = new GrowingMatcher(MINI_ENTITIES.slice(0, half));
    expect(found(growing.matcher(), growing.entities)).toEqual(compiled(MINI_ENTITIES.slice(0, half)));
    growing.add(MINI_ENTITIES.slice(half));
    expect(found(growing.matcher(), growing.entities)).toEqual(compiled(MINI_ENTITIES));
    expect(compiled(MINI_ENTITIES).length).toBeGreaterThan(compiled(MINI_ENTITIES.slice(0, half)).length);
  });

  it('tries entities and takes them out again', () => {
    const half = Math.floor(MINI_ENTITIES.length / 2);
    const growing = new GrowingMatcher(MINI_ENTITIES.slice(0, half));
    const tried = growing.with(MINI_ENTITIES.slice(half), (matcher, entities) => found(matcher, entities));
    expect(tried).toEqual(compiled(MINI_ENTITIES));
    expect(growing.entities).toHaveLength(half);
    expect(found(growing.matcher(), growing.entities)).toEqual(compiled(MINI_ENTITIES.slice(0, half)));
    // What was tried leaves no trace: adding the second half for good gives the whole again.
    growing.add(MINI_ENTITIES.slice(half));
    expect(found(growing.matcher(), growing.entities)).toEqual(compiled(MINI_ENTITIES));
  });
});
