// A year's reading, generated: news articles in Russian and English, 2–8 kB each, dated over several years,
// naming people, towns and companies that no other article of the library names in the same way (the
// names and their forms come from library-gen.ts), in the cases Russian writes them, with quotes.
// Each article brings about three names of its own and names a few earlier ones again, the popular ones
// more often, as a reader's articles do. Deterministic for a seed.
import type { Entity, NameForm } from '../lib/model';
import type { IngestInput } from '../lib/ingest/prepare';
import { generateEntities } from './library-gen';
import { random } from './generate-page';

/** Names each article introduces. */
const NEW_PER_ARTICLE = 3;
/** Earlier names each article mentions again, at most. */
const AGAIN_PER_ARTICLE = 4;

type Case = 0 | 1 | 2 | 3 | 4; // nominative, genitive, dative, instrumental, prepositional

const RU_TOPICS = [
  'экспорта зерна',
  'цифровизации таможни',
  'транзитных перевозок',
  'водных ресурсов',
  'развития туризма',
  'подготовки кадров',
  'строительства жилья',
  'тарифов на электроэнергию',
  'модернизации больниц',
  'поддержки фермеров',
  'ремонта дорог',
  'добычи меди',
];
const EN_TOPICS = [
  'grain exports',
  'customs digitisation',
  'transit freight',
  'water resources',
  'tourism',
  'vocational training',
  'housing construction',
  'electricity tariffs',
  'hospital upgrades',
  'support for farmers',
  'road repairs',
  'copper mining',
];
const RU_FILLER = [
  'Участники обсудили сроки реализации проекта и источники его финансирования.',
  'По данным статистического комитета, показатели за девять месяцев выросли на 4,2 процента.',
  'Эксперты отмечают, что спрос на услуги логистики остается высоким.',
  'В ближайшее время планируется подписать дорожную карту на три года.',
  'Стороны договорились создать рабочую группу и провести выездное заседание.',
  'Ранее сообщалось, что объем инвестиций в отрасль превысил 300 миллиардов тенге.',
  'Местные жители давно просили решить этот вопрос, напоминают журналисты.',
  'Отдельно рассматривались меры по снижению административной нагрузки на бизнес.',
  'Итоги работы будут подведены на заседании правительства в конце квартала.',
  'Аналитики считают, что рост цен на сырье поддержит бюджет региона.',
];
const EN_FILLER = [
  'Participants discussed the timetable of the project and how it will be financed.',
  'According to the statistics committee, the figures for nine months rose by 4.2 per cent.',
  'Analysts note that demand for logistics services remains high.',
  'A three-year road map is expected to be signed in the coming weeks.',
  'The two sides agreed to set up a working group and to meet again on site.',
  'Investment in the sector was earlier reported to have passed 300 billion tenge.',
  'Residents had long asked for the issue to be settled, reporters recall.',
  'Measures to cut red tape for small businesses were considered separately.',
  'The results will be reviewed at a government meeting at the end of the quarter.',
  'Economists expect higher commodity prices to support the regional budget.',
];

export interface GeneratedLibrary {
  /** The articles, in the order a reader would add them. */
  inputs: IngestInput[];
  /** The names the generator wrote (what discovery should find), by id. */
  entities: Entity[];
}

/**
 * `count` articles. `taken` holds lower-cased forms already known (the seed's), which no generated name
 * may share.
 */
export function generateLibrary(count: number, seed = 17, taken: Set<string> = new Set()): GeneratedLibrary {
  const rnd = random(seed);
  const pool = generateEntities(count * NEW_PER_ARTICLE, seed, taken);
  const int = (n: number) => Math.floor(rnd() * n);
  const start = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2026, 11, 1) - start;
  const inputs: IngestInput[] = [];
  for (let i = 0; i < count; i++) {
    const lang = rnd() < 0.7 ? 'ru' : 'en';
    const own = pool.slice(i * NEW_PER_ARTICLE, (i + 1) * NEW_PER_ARTICLE);
    // Earlier names, the first ones (a year's regulars) far more often than the rest.
    const again: Entity[] = [];
    const introduced = i * NEW_PER_ARTICLE;
    for (let k = int(AGAIN_PER_ARTICLE + 1); k > 0 && introduced > 0; k--)
      again.push(pool[Math.floor(introduced * rnd() ** 3)]);
    const date = new Date(start + Math.floor((span * i) / count) + int(86_400_000))
      .toISOString()
      .slice(0, 10);
    const target = 2048 + int(6144);
    inputs.push(
      lang === 'ru'
        ? russianArticle(i, own, again, date, target, rnd)
        : englishArticle(i, own, again, date, target, rnd),
    );
  }
  return { inputs, entities: pool.slice(0, count * NEW_PER_ARTICLE) };
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

function ruForm(entity: Entity, c: Case, full: boolean): string {
  const forms = entity.forms.filter((f) => f.lang === 'ru' && f.kind === (full ? 'full' : 'surname'));
  const list: NameForm[] = forms.length > 0 ? forms : entity.forms.filter((f) => f.lang === 'ru');
  return (list[c] ?? list[0]).text;
}

function russianArticle(
  i: number,
  own: Entity[],
  again: Entity[],
  date: string,
  target: number,
  rnd: () => number,
): IngestInput {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const topic = pick(RU_TOPICS);
  const [year, month, day] = date.split('-');
  const mention = (e: Entity, first: boolean): string => {
    if (e.type === 'person') {
      const name = ruForm(e, 0, first);
      return pick([
        `${first ? 'Министр' : 'Глава ведомства'} ${name} заявил, что работа по вопросам ${topic} продолжится.`,
        `«Мы рассчитываем завершить первый этап до конца года», — сказал ${name}.`,
        `По словам ${ruForm(e, 1, first)}, в этом году объем работ вырос почти вдвое.`,
        `Вопрос был поручен ${ruForm(e, 2, first)}, который доложит о результатах через месяц.`,
        `С ${ruForm(e, 3, first)} встретились представители бизнеса и общественности.`,
      ]);
    }
    if (e.type === 'place')
      return pick([
        `В городе ${ruForm(e, 0, true)} прошло совещание по вопросам ${topic}.`,
        `В городе ${ruForm(e, 4, true)} построят новый логистический центр.`,
        `Жители города ${ruForm(e, 1, true)} ждут решения уже несколько лет.`,
      ]);
    return pick([
      `Компания «${ruForm(e, 0, true)}» объявила о новых инвестициях.`,
      `Представители компании «${ruForm(e, 0, true)}» подписали меморандум о сотрудничестве.`,
      `Контракт достался компании «${ruForm(e, 0, true)}», сообщает пресс-служба.`,
    ]);
  };
  const title = `${pick(['Совещание', 'Форум', 'Заседание', 'Встреча'])} по вопросам ${topic} (${i + 1})`;
  const paragraphs: string[] = [
    `${day}.${month}.${year}. Обсуждение вопросов ${topic} продолжилось, сообщает корреспондент.`,
  ];
  const names = [...own.map((e) => [e, true] as const), ...again.map((e) => [e, false] as const)];
  let body = title + paragraphs[0];
  let k = 0;
  while (byteLength(body) < target) {
    const sentences: string[] = [];
    if (k < names.length) sentences.push(mention(names[k][0], names[k][1]));
    else if (names.length > 0 && rnd() < 0.4) sentences.push(mention(pick(names)[0], false));
    sentences.push(pick(RU_FILLER), pick(RU_FILLER));
    k++;
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    body += paragraph;
  }
  return {
    label: `generated-${String(i).padStart(5, '0')}.txt`,
    text: [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n').trim(),
    source: pick(['Kazinform', 'Trend', 'Tengrinews', 'APA']),
    date,
  };
}

function enName(e: Entity, full: boolean): string {
  const forms = e.forms.filter((f) => f.lang === 'en');
  return (
    (full ? forms.find((f) => f.kind === 'full') : forms.find((f) => f.kind === 'surname'))?.text ??
    forms[0].text
  );
}

function englishArticle(
  i: number,
  own: Entity[],
  again: Entity[],
  date: string,
  target: number,
  rnd: () => number,
): IngestInput {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const topic = pick(EN_TOPICS);
  const mention = (e: Entity, first: boolean): string => {
    const name = enName(e, first);
    if (e.type === 'person')
      return pick([
        `${first ? 'Minister' : 'Officials said'} ${name} ${first ? 'said' : 'had promised'} that work on ${topic} would continue.`,
        `"We expect to finish the first stage by the end of the year," ${name} said.`,
        `According to ${name}, the volume of work nearly doubled this year.`,
        `Business leaders met ${name} on Tuesday to discuss ${topic}.`,
      ]);
    if (e.type === 'place')
      return pick([
        `A meeting on ${topic} was held in ${name} on Monday.`,
        `A new logistics hub will be built in ${name}, the regional government said.`,
        `Residents of ${name} have waited for a decision for years.`,
      ]);
    return pick([
      `${name} announced new investment in ${topic}.`,
      `Executives of ${name} signed a memorandum of cooperation.`,
      `The contract went to ${name}, its press office said.`,
    ]);
  };
  const title = `${pick(['Talks', 'Forum', 'Meeting', 'Conference'])} on ${topic} (${i + 1})`;
  const paragraphs: string[] = [`${date}: talks on ${topic} continued, our correspondent reports.`];
  const names = [...own.map((e) => [e, true] as const), ...again.map((e) => [e, false] as const)];
  let body = title + paragraphs[0];
  let k = 0;
  while (byteLength(body) < target) {
    const sentences: string[] = [];
    if (k < names.length) sentences.push(mention(names[k][0], names[k][1]));
    else if (names.length > 0 && rnd() < 0.4) sentences.push(mention(pick(names)[0], false));
    sentences.push(pick(EN_FILLER), pick(EN_FILLER));
    k++;
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    body += paragraph;
  }
  return {
    label: `generated-${String(i).padStart(5, '0')}.txt`,
    text: [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n').trim(),
    source: pick(['Reuters', 'Eurasianet', 'The Astana Times', 'AP']),
    date,
  };
}
