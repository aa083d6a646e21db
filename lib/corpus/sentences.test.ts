import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { parseSeedFile } from './parse-seed';
import { sentenceRanges, splitSentences, splitText } from './sentences';

describe('splitText', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(splitText('Первое предложение. Второе! Третье? Четвёртое.')).toEqual([
      'Первое предложение.',
      'Второе!',
      'Третье?',
      'Четвёртое.',
    ]);
  });

  it('does not split at initials', () => {
    expect(splitText('Эксперт оценил инициативу К. Токаева. Это важный шаг.')).toEqual([
      'Эксперт оценил инициативу К. Токаева.',
      'Это важный шаг.',
    ]);
    expect(splitText('Poet A. S. Pushkin was born in Moscow. He wrote poems.')).toHaveLength(2);
  });

  it('does not split at abbreviations', () => {
    expect(splitText('Встреча прошла в г. Астане, т.е. в столице РК. Затем делегация уехала.')).toHaveLength(
      2,
    );
    expect(
      splitText('Mr. Aliyev met Dr. Smith in the U.S. President Tokayev joined them. They talked.'),
    ).toHaveLength(2);
    expect(splitText('Объём составил 5 млн. тонн. Это рекорд.')).toEqual([
      'Объём составил 5 млн. тонн.',
      'Это рекорд.',
    ]);
  });

  it('splits after an abbreviation that ends a sentence before a capitalised word', () => {
    expect(splitText('Обсуждали энергетику, транспорт и т.д. Стороны договорились.')).toHaveLength(2);
  });

  it('keeps dates, times and decimals whole, and splits before a sentence opening with a number', () => {
    expect(
      splitText('Встреча 16.05.2024 в 19.19 дала рост на 2.5 процента. 16 января итоги подвели.'),
    ).toEqual(['Встреча 16.05.2024 в 19.19 дала рост на 2.5 процента.', '16 января итоги подвели.']);
  });

  it('keeps a quoted statement with its attribution', () => {
    expect(splitText('"Это наш общий путь", - сказал он. Других заявлений не было.')).toEqual([
      '"Это наш общий путь", - сказал он.',
      'Других заявлений не было.',
    ]);
    expect(splitText('«Кто виноват?» — спросил он. Ответа не было.')).toEqual([
      '«Кто виноват?» — спросил он.',
      'Ответа не было.',
    ]);
  });

  it('splits a long quotation into sentences without dangling quote marks', () => {
    const text = '"Первая мысль эксперта. Вторая мысль эксперта. Третья мысль", - добавила она.';
    expect(splitText(text)).toEqual([
      'Первая мысль эксперта.',
      'Вторая мысль эксперта.',
      'Третья мысль", - добавила она.',
    ]);
    expect(splitText('«Мы готовы. Мы ждём.» Так закончил министр.')).toEqual([
      'Мы готовы.',
      'Мы ждём.',
      'Так закончил министр.',
    ]);
  });

  it('keeps a dateline with the sentence it opens', () => {
    expect(
      splitText('Вена. 5 декабря. KAZAKHSTAN TODAY - Министр выступил в ОБСЕ. Он призвал к диалогу.'),
    ).toEqual(['Вена. 5 декабря. KAZAKHSTAN TODAY - Министр выступил в ОБСЕ.', 'Он призвал к диалогу.']);
  });

  it('does not cut a list number or an ellipsis followed by lower case', () => {
    expect(splitText('1. Первый пункт программы. 2. Второй пункт.')).toEqual([
      '1. Первый пункт программы.',
      '2. Второй пункт.',
    ]);
    expect(splitText('Он помолчал… и продолжил. Все ждали.')).toHaveLength(2);
  });

  it('returns ranges that index the paragraph', () => {
    const text = '  Первое. Второе.  ';
    expect(sentenceRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['Первое.', 'Второе.']);
  });
});

describe('splitSentences', () => {
  it('numbers sentences over the article and keeps their paragraph', () => {
    const article: Article = {
      id: 'a',
      title: 'T',
      date: null,
      source: 's',
      author: null,
      lang: 'ru',
      url: null,
      origin: 'user',
      paragraphs: ['Один. Два.', 'Три.'],
    };
    expect(splitSentences(article)).toEqual([
      { articleId: 'a', index: 0, paragraph: 0, text: 'Один.' },
      { articleId: 'a', index: 1, paragraph: 0, text: 'Два.' },
      { articleId: 'a', index: 2, paragraph: 1, text: 'Три.' },
    ]);
  });

  it('splits the seeds into readable sentences', () => {
    const dir = resolve(import.meta.dirname, '../../seeds');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const article = parseSeedFile(file, readFileSync(resolve(dir, file), 'utf8'));
      const sentences = splitSentences(article);
      expect(sentences.length).toBeGreaterThan(article.paragraphs.length);
      for (const s of sentences) {
        expect(s.text).toMatch(/^[\p{Lu}\d"«“]/u); // starts like a sentence
        expect(s.text).toMatch(/[.!?…"»”]$/u); // ends like one
        expect(s.text).not.toMatch(/(^|\s)\p{Lu}\.$/u); // never cut after an initial
        expect(article.paragraphs[s.paragraph]).toContain(s.text);
      }
    }
  });
});
