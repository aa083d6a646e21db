import { describe, expect, it } from 'vitest';
import type { Article, Entity, Mention, Sentence } from '../model';
import type { PackContent } from './format';
import { mergePacks } from './merge';

const entity = (
  id: string,
  en: string,
  ru: string | null,
  forms: string[],
  extra: Partial<Entity> = {},
): Entity => ({
  id,
  type: 'person',
  name: { en, ru },
  description: { en: `${en} (${id})`, ru: '' },
  forms: forms.map((text) => ({ text, kind: 'full', lang: /[а-я]/i.test(text) ? 'ru' : 'en' })),
  links: [],
  origin: 'discovered',
  ...extra,
});
const article = (id: string): Article => ({
  id,
  title: id,
  date: null,
  source: 'x',
  author: null,
  lang: 'en',
  url: null,
  paragraphs: ['John Harrington spoke.'],
  origin: 'seed',
});
const sentence = (articleId: string): Sentence => ({
  articleId,
  index: 0,
  paragraph: 0,
  text: 'John Harrington spoke.',
});
const mention = (entityId: string, articleId: string): Mention => ({
  entityId,
  articleId,
  sentence: 0,
  start: 0,
  end: 15,
  surface: 'John Harrington',
});

const base = {
  articles: [article('user-1')],
  sentences: [sentence('user-1')],
  entities: [
    entity('harrington', 'John Harrington', null, ['John Harrington']),
    entity('smith', 'Ann Smith', null, ['Ann Smith']),
  ],
  mentions: [mention('harrington', 'user-1')],
};

function pack(id: string, entities: Entity[]): PackContent {
  const a = `pack-${id}-a`;
  return {
    articles: [article(a)],
    sentences: [sentence(a)],
    entities,
    mentions: entities.map((e) => mention(e.id, a)),
  };
}

describe('merging packs into the index', () => {
  it('takes a pack with more sentences than a call may have arguments (a 5,000-article pack has ~100,000)', () => {
    const big = pack('big', [entity('volkova', 'Maria Volkova', null, ['Maria Volkova'])]);
    const a = big.articles[0].id;
    big.sentences = Array.from({ length: 300_000 }, (_, i) => ({ ...sentence(a), index: i }));
    const merged = mergePacks(base, [{ id: 'big', content: big }]);
    expect(merged.sentences).toHaveLength(300_001);
  });

  it('makes one entity of the same type and normalised name, the known one winning and gaining forms', () => {
    const p = pack('one', [
      entity('john-harrington', 'JOHN  HARRINGTON', 'Джон Харрингтон', ['Джон Харрингтон']),
    ]);
    const merged = mergePacks(base, [{ id: 'one', content: p }]);
    const harrington = merged.entities.filter((e) => e.name.en.toLowerCase().includes('harrington'));
    expect(harrington).toHaveLength(1);
    expect(harrington[0].id).toBe('harrington');
    expect(harrington[0].description.en).toBe('John Harrington (harrington)');
    expect(harrington[0].forms.map((f) => f.text)).toEqual(['John Harrington', 'Джон Харрингтон']);
    expect(merged.mentions.filter((m) => m.entityId === 'harrington')).toHaveLength(2);
    expect(merged.articles.find((a) => a.id === 'pack-one-a')?.pack).toBe('one');
  });

  it('keeps apart two entities of the same id but another name, or of another type', () => {
    const p = pack('two', [
      entity('smith', 'Adam Smith', null, ['Adam Smith']),
      entity('ann-smith', 'Ann Smith', null, ['Ann Smith'], { type: 'organization' }),
    ]);
    const merged = mergePacks(base, [{ id: 'two', content: p }]);
    expect(merged.entities.map((e) => e.id).sort()).toEqual([
      'ann-smith',
      'harrington',
      'smith',
      'smith-two',
    ]);
    expect(merged.mentions.map((m) => m.entityId)).toContain('smith-two');
    expect(merged.entities.find((e) => e.id === 'smith')?.name.en).toBe('Ann Smith');
  });

  it('merges a person named in two packs once, in the order they were subscribed', () => {
    const a = pack('a', [entity('x', 'Rustam Minnikhanov', null, ['Rustam Minnikhanov'])]);
    const b = pack('b', [entity('y', 'Rustam Minnikhanov', null, ['R. Minnikhanov'])]);
    const merged = mergePacks(base, [
      { id: 'a', content: a },
      { id: 'b', content: b },
    ]);
    const rustam = merged.entities.filter((e) => e.name.en === 'Rustam Minnikhanov');
    expect(rustam.map((e) => e.id)).toEqual(['x']);
    expect(rustam[0].forms.map((f) => f.text)).toEqual(['Rustam Minnikhanov', 'R. Minnikhanov']);
    expect(merged.articles.map((x) => x.id)).toEqual(['user-1', 'pack-a-a', 'pack-b-a']);
  });

  it('leaves the index as it was without packs: unsubscribing takes nothing of the reader’s', () => {
    expect(mergePacks(base, [])).toBe(base);
    const merged = mergePacks(base, [{ id: 'one', content: pack('one', [entity('q', 'Q', null, ['Q'])]) }]);
    expect(base.entities).toHaveLength(2);
    expect(merged.entities.find((e) => e.id === 'harrington')).toBe(base.entities[0]);
  });
});
