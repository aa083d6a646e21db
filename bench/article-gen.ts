// Generated Russian news articles for the library benchmark: new people, known entities, varied cities.
const FIRST = [
  'Марат',
  'Айгерим',
  'Ержан',
  'Дина',
  'Асхат',
  'Гульнара',
  'Нурлан',
  'Самал',
  'Бауыржан',
  'Алия',
  'Тимур',
  'Жанна',
  'Руслан',
  'Мадина',
  'Серик',
  'Камила',
];
const LAST_M = [
  'Ахметов',
  'Сейтказиев',
  'Жумабаев',
  'Оспанов',
  'Искаков',
  'Касымов',
  'Нургалиев',
  'Тулегенов',
  'Абенов',
  'Мусин',
  'Кенжебаев',
  'Бекмуханов',
];
const FEMALE = new Set(['Айгерим', 'Дина', 'Гульнара', 'Самал', 'Алия', 'Жанна', 'Мадина', 'Камила']);
const CITIES = ['Астане', 'Алматы', 'Шымкенте', 'Актау', 'Костанае', 'Караганде', 'Павлодаре', 'Атырау'];
const TOPICS = [
  'экспорта зерна',
  'цифровизации таможни',
  'транзитных перевозок',
  'водных ресурсов',
  'развития туризма',
  'подготовки кадров',
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

function person(n: number): { nom: string; gen: string } {
  const first = pick(FIRST, n);
  const last = pick(LAST_M, Math.floor(n / FIRST.length));
  const female = FEMALE.has(first);
  const nomLast = female ? `${last}а` : last;
  const genFirst = female ? first.replace(/а$/, 'ы').replace(/ь$/, 'и').replace(/м$/, 'м') : `${first}а`;
  return { nom: `${first} ${nomLast}`, gen: `${genFirst} ${female ? `${last}ой` : `${last}а`}` };
}

export function article(i: number): string {
  const a = person(i * 7);
  const b = person(i * 11 + 3);
  const city = pick(CITIES, i);
  const topic = pick(TOPICS, i * 5);
  return [
    `Совещание по вопросам ${topic} прошло в ${city} (${i + 1})`,
    '',
    `В ${city} состоялось совещание по вопросам ${topic}, в котором приняли участие представители министерств и бизнеса.`,
    `Заседание провел ${a.nom}, который напомнил о поручении Президента Касым-Жомарта Токаева ускорить работу.`,
    '',
    `По словам ${a.gen}, в этом году объем работ вырос, а участие Казахстана в проектах Организации тюркских государств открывает новые возможности для ${topic}.`,
    `${b.nom} рассказал о сотрудничестве с Азербайджаном и о развитии Среднего коридора.`,
    '',
    `Участники совещания договорились подготовить предложения к следующему заседанию, которое пройдет через месяц. Номер протокола ${1000 + i}.`,
  ].join('\n');
}
