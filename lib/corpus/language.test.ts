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

  it('long Russian prose of repetitive official phrasing is Russian, though trigrams take it for Bulgarian', () => {
    // Official phrasing over and over: franc scores this Bulgarian, and Bulgarian has neither ы nor э.
    const paragraph = [
      'Ранее сообщалось, что объем инвестиций в отрасль превысил триста миллиардов тенге.',
      'Аналитики считают, что рост цен на сырье поддержит бюджет региона.',
      'Местные жители давно просили решить этот вопрос, напоминают журналисты.',
      'Итоги работы будут подведены на заседании правительства в конце квартала.',
    ].join(' ');
    const article = Array.from({ length: 6 }, () => paragraph);
    expect(identifyLanguage(article).lang).toBe('ru');
  });

  it('Bulgarian and Ukrainian prose of a few sentences are still named as such', () => {
    const bulgarian =
      'Министърът на земеделието се срещна с делегация на фермерите и обсъди с тях плановете за следващата година. Според него реколтата от пшеница тази година е рекордна и това ще позволи да се увеличат доставките в чужбина. Той добави, че държавата ще подкрепи производителите с нови програми. Фермерите поискаха по-ниски цени на горивата и по-бързо изплащане на субсидиите.';
    const ukrainian =
      'Міністр сільського господарства зустрівся з делегацією фермерів і обговорив з ними плани на наступний рік. За його словами, врожай пшениці цього року був рекордним, і це дозволить збільшити постачання за кордон. Він додав, що держава підтримає виробників новими програмами.';
    expect(identifyLanguage([bulgarian])).toEqual({ lang: null, identified: 'bul' });
    expect(identifyLanguage([ukrainian])).toEqual({ lang: null, identified: 'ukr' });
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
