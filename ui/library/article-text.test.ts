import { describe, expect, it } from 'vitest';
import type { Mention, Sentence } from '../../lib/model';
import { entityCounts, mentionTimeline, readingParagraphs, sentenceParts } from './article-text';

const m = (entityId: string, sentence: number, start: number, end: number, articleId = 'a'): Mention => ({
  entityId,
  articleId,
  sentence,
  start,
  end,
  surface: '',
});

describe('reading an article', () => {
  it('cuts a sentence at the names found in it, keeping every character', () => {
    const text = 'Ильхам Алиев и Токаев обсудили Средний коридор.';
    const parts = sentenceParts(text, [
      m('middle-corridor', 0, 31, 46),
      m('aliyev', 0, 0, 12),
      m('tokayev', 0, 15, 21),
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.entity).map((p) => [p.entity, p.text])).toEqual([
      ['aliyev', 'Ильхам Алиев'],
      ['tokayev', 'Токаев'],
      ['middle-corridor', 'Средний коридор'],
    ]);
  });

  it('groups sentences into their paragraphs in reading order', () => {
    const sentences: Sentence[] = [
      { articleId: 'a', index: 2, paragraph: 1, text: 'Третье.' },
      { articleId: 'a', index: 0, paragraph: 0, text: 'Первое.' },
      { articleId: 'a', index: 1, paragraph: 0, text: 'Второе.' },
    ];
    const paragraphs = readingParagraphs(sentences, []);
    expect(paragraphs.map((p) => p.map((s) => s.index))).toEqual([[0, 1], [2]]);
  });

  it('counts names per entity and dates the mentions of an entity', () => {
    const mentions = [
      m('tokayev', 0, 0, 1, 'a'),
      m('tokayev', 1, 0, 1, 'b'),
      m('ots', 0, 2, 3, 'a'),
      m('tokayev', 2, 0, 1, 'b'),
      m('tokayev', 0, 0, 1, 'c'),
    ];
    expect(entityCounts(mentions)).toEqual([
      ['tokayev', 4],
      ['ots', 1],
    ]);
    const dates: Record<string, string | null> = { a: '2025-10-07', b: '2024-05-01', c: null };
    expect(
      mentionTimeline(
        mentions.filter((x) => x.entityId === 'tokayev'),
        (id) => dates[id],
      ),
    ).toEqual([
      { date: '2024-05-01', count: 2 },
      { date: '2025-10-07', count: 1 },
    ]);
  });
});
