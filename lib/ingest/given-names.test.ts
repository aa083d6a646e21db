import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { MINI_ARTICLES, MINI_ENTITIES } from '../corpus-index/mini-corpus.fixture';
import type { RussianMorphology } from '../morph/morphology';
import { planAddition, type LibraryState } from './plan-addition';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 60_000);

const state: LibraryState = { entities: MINI_ENTITIES, articleIds: new Set(MINI_ARTICLES.map((a) => a.id)) };

/** Each person's mentions as written, by the person's Russian name. */
function mentionsOf(text: string): Record<string, string[]> {
  const { entities, mentions } = planAddition([{ label: 'a', text }], state, morph);
  const names = new Map(entities.map((e) => [e.id, e.name.ru ?? e.name.en]));
  const out: Record<string, string[]> = {};
  for (const m of mentions) {
    const name = names.get(m.entityId);
    if (name && entities.find((e) => e.id === m.entityId)?.type === 'person')
      (out[name] ??= []).push(m.surface);
  }
  return out;
}

describe('a person called by the given name alone in the article that names them in full', () => {
  it('counts the given name, in any case, as a mention of that person in that article', () => {
    const text = [
      'Суд в Нью-Йорке',
      '',
      'Бизнесмен Тимур Кенжебаев предстал перед судом в Нью-Йорке. Адвокаты Тимура заявили о давлении.',
      '',
      'Родственники смогут встретиться с Тимуром в четверг, сообщил представитель суда.',
    ].join('\n');
    expect(mentionsOf(text)['Тимур Кенжебаев']).toEqual(['Тимур Кенжебаев', 'Тимура', 'Тимуром']);
    // The given name is no form of the entity: pages are not painted with it.
    const { entities } = planAddition([{ label: 'a', text }], state, morph);
    const person = entities.find((e) => e.name.ru === 'Тимур Кенжебаев')!;
    expect(person.forms.map((f) => f.text)).not.toContain('Тимура');
  });

  it('leaves the given name alone when two persons of the article have it, or a surname follows it', () => {
    const text = [
      'Встреча в Алма-Ате',
      '',
      'Тимур Кенжебаев и Тимур Сагинтаев провели встречу. Тимур сказал, что она прошла хорошо.',
      '',
      'Позже Тимур Абдрахманов присоединился к ним.',
    ].join('\n');
    const found = mentionsOf(text);
    expect(found['Тимур Кенжебаев']).toEqual(['Тимур Кенжебаев']);
    expect(found['Тимур Сагинтаев']).toEqual(['Тимур Сагинтаев']);
  });
});
