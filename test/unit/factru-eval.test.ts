import { describe, expect, it } from 'vitest';
import { goldSpans, parseSpans, parseTokens, withoutOverlaps } from '../../scripts/factru/devset';
import { alignPieces } from '../../scripts/factru/predict';
import { emptyScores, f1, scoreDocument, value } from '../../scripts/factru/score';

// «Посол Италии Виторио Сандали посетил мид Грузии.»
const TEXT = 'Посол Италии Виторио Сандали посетил мид Грузии.';
const TOKENS = parseTokens(
  [
    '1 0 5 Посол',
    '2 6 6 Италии',
    '3 13 7 Виторио',
    '4 21 7 Сандали',
    '5 29 7 посетил',
    '6 37 3 мид',
    '7 41 6 Грузии',
    '8 47 1 .',
  ].join('\n'),
);
const SPANS = parseSpans(
  [
    '10 loc_name 6 6 2 1  # 2 Италии',
    '11 name 13 7 3 1  # 3 Виторио',
    '12 surname 21 7 4 1  # 4 Сандали',
    '13 org_name 37 3 6 1  # 6 мид',
    '14 loc_name 41 6 7 1  # 7 Грузии',
    '15 org_descr 0 5 1 1  # 1 Посол',
    '16 loc_name 43 3 7 1  # misaligned',
  ].join('\n'),
);
const OBJECTS = [
  '1 LocOrg 10 # Италии',
  '2 Person 11 12 # Виторио Сандали',
  '3 Org 13 14 # мид Грузии',
  '4 LocOrg 14 # Грузии',
  '5 Location 16 # misaligned',
].join('\n');

describe('factRu gold mentions (Natasha’s conventions)', () => {
  const gold = goldSpans(OBJECTS, SPANS, TOKENS);
  const text = (s: { start: number; end: number }) => TEXT.slice(s.start, s.end);

  it('runs a person from the first span to the last, takes org_name and loc_name spans only', () => {
    expect(gold.map((s) => [s.type, text(s)])).toEqual([
      ['LOC', 'Италии'],
      ['PER', 'Виторио Сандали'],
      ['ORG', 'мид'],
      ['LOC', 'Грузии'],
    ]);
  });

  it('drops a span that starts inside an earlier, longer one', () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 4, end: 8 },
      { start: 10, end: 12 },
    ];
    expect(withoutOverlaps(spans)).toEqual([spans[0], spans[2]]);
  });
});

describe('factRu scores', () => {
  it('counts tokens and exact spans per type', () => {
    const gold = goldSpans(OBJECTS, SPANS, TOKENS);
    const scores = emptyScores();
    // The person found without his first name; Италии right; Грузии called an organisation.
    scoreDocument(
      TOKENS,
      [
        { start: 21, end: 28, type: 'PER' },
        { start: 6, end: 12, type: 'LOC' },
        { start: 41, end: 47, type: 'ORG' },
      ],
      gold,
      scores,
    );
    expect(value(scores.PER.tokens.precision)).toBe(1);
    expect(value(scores.PER.tokens.recall)).toBe(0.5);
    expect(value(scores.PER.spans.recall)).toBe(0);
    expect(f1(scores.LOC.spans)).toBeCloseTo(2 / 3);
    expect(value(scores.ORG.tokens.precision)).toBe(0);
    expect(scores.ORG.tokens.recall).toEqual({ correct: 0, total: 1 });
  });
});

describe('alignPieces', () => {
  it('maps each sentence back to the text, across line breaks, double spaces and soft hyphens', () => {
    const text = 'Заголовок\n\nПервое  пред\u00ADложение. Второе\nпредложение.';
    const { offsets } = alignPieces(text, ['Заголовок', 'Первое предложение.', 'Второе предложение.']);
    const first = offsets[1]!;
    expect(text.slice(first[0], first[6])).toBe('Первое');
    expect(text.slice(first[7], first[17] + 1)).toBe('пред\u00ADложение');
    const second = offsets[2]!;
    expect(text.slice(second[0], second[19])).toBe('Второе\nпредложение.');
  });
});
