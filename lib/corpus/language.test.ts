import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { identifyLanguage, languageName } from './language';

const RUSSIAN =
  'Министр сельского хозяйства встретился с делегацией фермеров и обсудил с ними планы на следующий год. По его словам, урожай пшеницы в этом году был рекордным, и это позволит увеличить поставки за рубеж.';
const ENGLISH =
  'The minister met a delegation of farmers and discussed with them the plans for the next year. He said that the wheat harvest this year was a record one and that exports would grow.';

describe('identifyLanguage', () => {
  it('reads Russian and English prose', () => {
    expect(identifyLanguage([RUSSIAN])).toEqual({ lang: 'ru', identified: 'rus' });
    expect(identifyLanguage([ENGLISH])).toEqual({ lang: 'en', identified: 'eng' });
  });

  it('is not swayed by a quotation in the other language', () => {
    const quote = `“${ENGLISH} ${ENGLISH}”`;
    expect(identifyLanguage([RUSSIAN, quote, 'Так он сказал журналистам.']).lang).toBe('ru');
    expect(identifyLanguage([ENGLISH, `«${RUSSIAN} ${RUSSIAN}»`, 'He said so.']).lang).toBe('en');
  });

  it('is not swayed by names in their own spelling, tables or lists of names', () => {
    const names = 'Әсел Бейсенова, Нұрлан Қожахметов, Гүлнар Тәжібаева, Айдос Сәрсенбаев, Мәдина Өтегенова';
    expect(identifyLanguage([names, names, RUSSIAN]).lang).toBe('ru');
    expect(identifyLanguage(['1. Қасымов 3:2 (1:0, 1:1, 1:1)', '2. Жақсыбеков 61:48']).lang).toBe('ru');
    expect(identifyLanguage([names]).lang).toBe('ru');
  });

  it('a short Russian paragraph is Russian, though trigrams take it for Bulgarian', () => {
    expect(identifyLanguage(['Эксперт считает, что новые маршруты позволят снизить стоимость.']).lang).toBe(
      'ru',
    );
  });

  it('names another language', () => {
    const kazakh =
      'Елордада бір мың екі жүз оқушыға арналған жаңа мектеп ашылды. Мектепте заманауи зертханалар, кітапхана және спорт залы бар.';
    expect(identifyLanguage([kazakh])).toEqual({ lang: null, identified: 'kaz' });
    expect(languageName('kaz')).toBe('Kazakh');
    expect(languageName('azj', 'ru')).toBe('азербайджанский');
  });
});

describe('identifyLanguage on the corpus', () => {
  const FACTRU = '/work/shared/factru-devset';
  const read = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

  it('reads every seed as Russian', () => {
    const seeds = read('seeds');
    expect(seeds.length).toBeGreaterThan(0);
    for (const [file, text] of seeds)
      expect([file, identifyLanguage(text.split('\n')).lang]).toEqual([file, 'ru']);
  });

  it.skipIf(!existsSync(FACTRU))(
    'reads every factRuEval development text as Russian, whole and its first 150 characters',
    () => {
      for (const [file, text] of read(FACTRU)) {
        expect([file, identifyLanguage(text.split('\n')).lang]).toEqual([file, 'ru']);
        expect([file, identifyLanguage(text.slice(0, 150).split('\n')).lang]).toEqual([file, 'ru']);
      }
    },
  );
});
