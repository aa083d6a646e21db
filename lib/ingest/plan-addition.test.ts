import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { assembleIndex } from '../corpus-index/assemble';
import { MINI_ARTICLES, MINI_ENTITIES, MINI_SENTENCES } from '../corpus-index/mini-corpus.fixture';
import type { RussianMorphology } from '../morph/morphology';
import { mentionsInEarlierArticles, planAddition, type LibraryState } from './plan-addition';
import { planRemoval } from './plan-removal';
import { withComputedStats } from './user-stats';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 60_000);

const state: LibraryState = { entities: MINI_ENTITIES, articleIds: new Set(MINI_ARTICLES.map((a) => a.id)) };

const RUSSIAN = [
  'Аграрный форум в Астане',
  '',
  'Министр сельского хозяйства Марат Ахметов встретился с делегацией фермеров из Костаная.',
  '',
  'Президент Касым-Жомарт Токаев поручил Марату Ахметову поддержать экспорт зерна. По словам Марата Ахметова, урожай пшеницы в этом году был рекордным, и это позволит увеличить поставки.',
].join('\n');

const ENGLISH = [
  'Grain exports grow',
  '',
  'John Harrington, the chief executive of Caspian Grain Holdings, said on Tuesday that exports through the port of Aktau would double. He spoke after President Tokayev met the board of the company in Astana.',
  '',
  'Harrington said that the company will also invest in storage, and that the new terminal is expected to open next year.',
].join('\n');

const surfaces = (mentions: { entityId: string; surface: string }[], id: string) =>
  mentions.filter((m) => m.entityId === id).map((m) => m.surface);

describe('planAddition', () => {
  it('reads the headline: a person named in full only there is who the body’s bare surname means', () => {
    const text = [
      'Нурсултан Жанибеков покинул пост советника',
      '',
      'Как стало известно в понедельник, Жанибеков подал в отставку. Ранее Жанибекова критиковали в прессе.',
    ].join('\n');
    const plan = planAddition([{ label: 'pasted text', text }], state, morph);
    const person = plan.entities.find((e) => e.name.ru === 'Нурсултан Жанибеков');
    expect(person).toMatchObject({ type: 'person' });
    expect(surfaces(plan.mentions, person!.id)).toEqual(['Нурсултан Жанибеков', 'Жанибеков', 'Жанибекова']);
    // The headline is stored as sentence -1, so its mention has a passage to show.
    const headline = plan.mentions.find((m) => m.entityId === person!.id)!;
    expect(plan.sentences.find((s) => s.index === headline.sentence)?.text).toBe(
      'Нурсултан Жанибеков покинул пост советника',
    );
    // The card says which of the reader's articles taught the name.
    expect(person!.description.ru).toContain('«Нурсултан Жанибеков покинул пост советника»');
    expect(person!.description.en).toContain('“Нурсултан Жанибеков покинул пост советника”');
  });

  it('learns English names compromise does not know after a title or before one in apposition', () => {
    const plan = planAddition(
      [
        {
          label: 'pasted text',
          text: 'Energy Minister Almasadam Satkaliyev said output would grow. Nurlan Zhakupov, the deputy minister, agreed. Chief Executive Officer Dana Welby said little.',
        },
      ],
      state,
      morph,
    );
    const people = plan.entities.filter((e) => e.type === 'person').map((e) => e.name.en);
    expect(people.sort()).toEqual(['Almasadam Satkaliyev', 'Dana Welby', 'Nurlan Zhakupov']);
  });

  it('finds known names in the headline of an English article, and in no title that repeats the lead', () => {
    const plan = planAddition(
      [{ label: 'pasted text', text: 'Tokayev visits Baku\n\nThe talks lasted two hours, officials said.' }],
      state,
      morph,
    );
    expect(surfaces(plan.mentions, 'tokayev')).toEqual(['Tokayev']);
    const lead = planAddition(
      [{ label: 'pasted text', text: 'Tokayev visited Baku on Monday. The talks lasted two hours.' }],
      state,
      morph,
    );
    expect(surfaces(lead.mentions, 'tokayev')).toEqual(['Tokayev']);
    expect(lead.sentences.some((s) => s.index === -1)).toBe(false);
    // A title made from a long first sentence (its brackets left out, cut short) is no headline either.
    const long = planAddition(
      [
        {
          label: 'pasted text',
          text: 'Tokayev (the President of Kazakhstan) met the board of a grain company in Astana on Monday to discuss new export routes through the Caspian and beyond, officials said.',
        },
      ],
      state,
      morph,
    );
    expect(long.sentences.some((s) => s.index === -1)).toBe(false);
  });

  it('adds a Russian article: known entities are found in it, a new person gets every declined form', () => {
    const plan = planAddition([{ label: 'pasted text', text: RUSSIAN }], state, morph);
    expect(plan.refused).toEqual([]);
    expect(plan.articles).toHaveLength(1);
    const article = plan.articles[0];
    expect(article.origin).toBe('user');
    expect(article.lang).toBe('ru');
    expect(article.title).toBe('Аграрный форум в Астане');
    expect(plan.sentences.every((s) => s.articleId === article.id)).toBe(true);

    expect(surfaces(plan.mentions, 'tokayev')).toEqual(['Касым-Жомарт Токаев']);
    const akhmetov = plan.entities.find((e) => e.name.ru === 'Марат Ахметов');
    expect(akhmetov).toMatchObject({ type: 'person', origin: 'user' });
    expect(akhmetov!.forms.map((f) => f.text)).toEqual(
      expect.arrayContaining(['Марата Ахметова', 'Маратом Ахметовым', 'Marat Akhmetov']),
    );
    expect(surfaces(plan.mentions, akhmetov!.id)).toEqual([
      'Марат Ахметов',
      'Марату Ахметову',
      'Марата Ахметова',
    ]);
    // Its card says which of the reader's articles it came from.
    expect(akhmetov!.description.en).toContain('from your article “Аграрный форум в Астане”');
    expect(akhmetov!.description.ru).toContain('из вашей статьи «Аграрный форум в Астане»');
    // Nothing already known becomes a new entity.
    expect(plan.entities.map((e) => e.name.ru)).not.toContain('Касым-Жомарт Токаев');
  });

  it('adds an English article: new people and organisations by compromise, known names stay known', () => {
    const plan = planAddition([{ label: 'grain.txt', text: ENGLISH }], state, morph);
    expect(plan.articles[0].lang).toBe('en');
    const names = plan.entities.map((e) => e.name.en);
    expect(names).toContain('John Harrington');
    expect(names).toContain('Caspian Grain Holdings');
    expect(names.some((n) => /Tokayev/.test(n))).toBe(false);
    const harrington = plan.entities.find((e) => e.name.en === 'John Harrington')!;
    expect(surfaces(plan.mentions, harrington.id)).toEqual(['John Harrington', 'Harrington']);
    expect(surfaces(plan.mentions, 'tokayev')).toEqual(['Tokayev']);
    expect(new Set(plan.entities.map((e) => e.id)).size).toBe(plan.entities.length);
  });

  it('refuses with a reason what cannot be an article, and a text added twice', () => {
    const german =
      'Die Regierung hat am Dienstag beschlossen, dass die Exporte von Getreide über den Hafen verdoppelt werden sollen, und der Minister sagte, dass es dafür keine weiteren Mittel geben wird.';
    const plan = planAddition(
      [
        { label: 'empty.txt', text: '  \n ' },
        { label: 'binary.txt', text: 'PK\u0003\u0004\u0000\u0000\u0001garbage' },
        { label: 'german.txt', text: german },
        { label: 'first', text: RUSSIAN },
        { label: 'second', text: RUSSIAN },
      ],
      state,
      morph,
    );
    expect(plan.articles).toHaveLength(1);
    expect(plan.refused.map((r) => r.label)).toEqual(['empty.txt', 'binary.txt', 'german.txt', 'second']);
    expect(plan.refused[0].reason).toMatch(/empty/);
    expect(plan.refused[1].reason).toMatch(/binary/);
    expect(plan.refused[2]).toMatchObject({
      language: 'deu',
      reason: expect.stringMatching(/reads as German/),
    });
    expect(plan.refused[3].reason).toMatch(/already in the library/);
    const again = planAddition(
      [{ label: 'again', text: RUSSIAN }],
      { ...state, articleIds: new Set([plan.articles[0].id]) },
      morph,
    );
    expect(again.articles).toEqual([]);
  });

  it('finds a newly discovered entity in the articles added before it', () => {
    const first = planAddition(
      [
        {
          label: 'a',
          text: 'Экспорт зерна\n\nВ Астане прошла встреча, на которой выступил министр Марат Ахметов.',
        },
      ],
      state,
      null,
    );
    expect(first.entities).toEqual([]);
    const second = planAddition([{ label: 'b', text: RUSSIAN }], state, morph);
    const akhmetov = second.entities.find((e) => e.name.ru === 'Марат Ахметов')!;
    const earlier = mentionsInEarlierArticles(first.articles, first.sentences, second.entities);
    expect(surfaces(earlier, akhmetov.id)).toEqual(['Марат Ахметов']);
    expect(earlier.every((m) => m.articleId === first.articles[0].id)).toBe(true);
  });
});

describe('planRemoval', () => {
  it('removes the reader’s entities only the removed articles name, and keeps the others', () => {
    const a = planAddition([{ label: 'a', text: RUSSIAN }], state, morph);
    const b = planAddition(
      [{ label: 'b', text: ENGLISH }],
      { entities: [...MINI_ENTITIES, ...a.entities], articleIds: new Set() },
      morph,
    );
    const userEntities = [...a.entities, ...b.entities];
    const mentions = [...a.mentions, ...b.mentions].filter((m) =>
      userEntities.some((e) => e.id === m.entityId),
    );
    const removeA = planRemoval([a.articles[0].id], userEntities, mentions);
    // Астана, learnt from a's headline, is also named in b.
    const inB = new Set(b.mentions.map((m) => m.entityId));
    expect(inB.has('astana')).toBe(true);
    expect(removeA.entityIds.sort()).toEqual(
      a.entities
        .map((e) => e.id)
        .filter((id) => !inB.has(id))
        .sort(),
    );
    const sharedId = a.entities.find((e) => !inB.has(e.id))!.id;
    const sharedMention = { entityId: sharedId, articleId: b.articles[0].id };
    expect(
      planRemoval([a.articles[0].id], userEntities, [...mentions, sharedMention]).entityIds,
    ).not.toContain(sharedId);
    expect(planRemoval([a.articles[0].id, b.articles[0].id], userEntities, mentions).entityIds).toHaveLength(
      userEntities.length,
    );
  });
});

describe('withComputedStats', () => {
  it('counts the reader’s articles in the statistics of the entities they name', () => {
    const seed = assembleIndex(MINI_ARTICLES, MINI_SENTENCES, MINI_ENTITIES);
    const plan = planAddition([{ label: 'a', text: RUSSIAN }], state, morph);
    const before = seed.stats.find((s) => s.entityId === 'tokayev')!;
    const merged = withComputedStats({
      ...seed,
      articles: [...seed.articles, ...plan.articles],
      sentences: [...seed.sentences, ...plan.sentences],
      entities: [...seed.entities, ...plan.entities],
      mentions: [...seed.mentions, ...plan.mentions],
    });
    const after = merged.stats.find((s) => s.entityId === 'tokayev')!;
    expect(after.mentionCount).toBe(before.mentionCount + 1);
    expect(after.articleCount).toBe(before.articleCount + 1);
    const akhmetov = plan.entities.find((e) => e.name.ru === 'Марат Ахметов')!;
    expect(merged.stats.find((s) => s.entityId === akhmetov.id)?.related.map((r) => r.entityId)).toContain(
      'tokayev',
    );
  });
});
