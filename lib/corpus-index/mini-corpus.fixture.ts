// A small hand-made corpus for the tests of lib/corpus-index, lib/views and lib/search.

import { splitSentences } from '../corpus/sentences';
import type { Article, Entity, FormKind, Lang, NameForm } from '../model';

const f = (text: string, kind: FormKind, lang: Lang = 'ru'): NameForm => ({ text, kind, lang });

export const MINI_ENTITIES: Entity[] = [
  {
    id: 'tokayev',
    type: 'person',
    name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
    description: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
    forms: [
      f('Касым-Жомарт Токаев', 'full'),
      f('Касым-Жомарта Токаева', 'full'),
      f('Касым-Жомарт Токаев', 'full'),
      f('Токаев', 'surname'),
      f('Токаева', 'surname'),
      f('Токаевым', 'surname'),
      f('Kassym-Jomart Tokayev', 'full', 'en'),
      f('Tokayev', 'surname', 'en'),
      f('Tokaev', 'surname', 'en'),
    ],
    links: ['kazakhstan'],
    origin: 'gazetteer',
  },
  {
    id: 'aliyev',
    type: 'person',
    name: { en: 'Ilham Aliyev', ru: 'Ильхам Алиев' },
    description: { en: 'President of Azerbaijan', ru: 'Президент Азербайджана' },
    forms: [
      f('Ильхам Алиев', 'full'),
      f('Ильхама Алиева', 'full'),
      f('Ильхамом Алиевым', 'full'),
      f('Алиев', 'surname'),
      f('Алиева', 'surname'),
      f('Алиевым', 'surname'),
      f('Ilham Aliyev', 'full', 'en'),
      f('Aliyev', 'surname', 'en'),
    ],
    links: [],
    origin: 'gazetteer',
  },
  {
    id: 'ots',
    type: 'organization',
    name: { en: 'Organization of Turkic States', ru: 'Организация тюркских государств' },
    description: {
      en: 'Intergovernmental organisation of Turkic countries',
      ru: 'Межправительственная организация тюркских стран',
    },
    forms: [
      f('Организация тюркских государств', 'full'),
      f('Организации тюркских государств', 'full'),
      f('ОТГ', 'acronym'),
      f('Organization of Turkic States', 'full', 'en'),
      f('OTS', 'acronym', 'en'),
    ],
    links: [],
    origin: 'gazetteer',
  },
  {
    id: 'middle-corridor',
    type: 'project',
    name: {
      en: 'Trans-Caspian International Transport Route',
      ru: 'Транскаспийский международный транспортный маршрут',
    },
    description: {
      en: 'Rail and sea route from China to Europe across the Caspian',
      ru: 'Маршрут из Китая в Европу через Каспий',
    },
    forms: [
      f('Транскаспийский международный транспортный маршрут', 'full'),
      f('ТМТМ', 'acronym'),
      f('Средний коридор', 'short'),
      f('Среднего коридора', 'short'),
      f('Trans-Caspian International Transport Route', 'full', 'en'),
      f('TITR', 'acronym', 'en'),
      f('Middle Corridor', 'short', 'en'),
    ],
    links: [],
    origin: 'gazetteer',
  },
  {
    id: 'cica',
    type: 'organization',
    name: {
      en: 'Conference on Interaction and Confidence-Building Measures in Asia',
      ru: 'Совещание по взаимодействию и мерам доверия в Азии',
    },
    description: { en: 'Forum for security cooperation in Asia', ru: 'Форум по безопасности в Азии' },
    forms: [f('СВМДА', 'acronym'), f('CICA', 'acronym', 'en')],
    links: [],
    origin: 'gazetteer',
  },
  {
    id: 'kazakhstan',
    type: 'place',
    name: { en: 'Kazakhstan', ru: 'Казахстан' },
    description: { en: 'Country in Central Asia', ru: 'Страна в Центральной Азии' },
    forms: [
      f('Казахстан', 'full'),
      f('Казахстана', 'full'),
      f('Казахстану', 'full'),
      f('Kazakhstan', 'full', 'en'),
    ],
    links: [],
    origin: 'gazetteer',
  },
  {
    id: 'unmentioned',
    type: 'event',
    name: { en: 'Astana International Forum', ru: 'Международный форум Астана' },
    description: { en: 'Annual forum', ru: 'Ежегодный форум' },
    forms: [f('Международный форум Астана', 'full')],
    links: [],
    origin: 'gazetteer',
  },
];

const article = (id: string, title: string, source: string, date: string, paragraphs: string[]): Article => ({
  id,
  title,
  date,
  source,
  author: null,
  lang: 'ru',
  url: null,
  paragraphs,
  origin: 'seed',
});

export const MINI_ARTICLES: Article[] = [
  article('seed-000', 'Токаев и Алиев обсудили Средний коридор', 'Day.Az', '2025-10-01', [
    'Президент Казахстана Касым-Жомарт Токаев встретился с Ильхамом Алиевым в Баку. Токаев предложил развивать Средний коридор.',
    'Токаев и Алиев обсудили поставки пшеницы и работу Организации тюркских государств.',
    'Встреча прошла тепло.',
  ]),
  article('seed-001', 'Казахстан стал поставщиком пшеницы', 'El.kz', '2025-11-02', [
    'Казахстан стал основным поставщиком пшеницы в регион, сообщил Касым-Жомарт Токаев.',
    'Транзит идёт через Транскаспийский международный транспортный маршрут (ТМТМ), который также называют Средний коридор.',
    'Форум проведут в рамках СВМДА. Пшеница нового урожая уже в портах.',
    'Президент Казахстана Касым-Жомарт Токаев встретился с Ильхамом Алиевым в Баку.',
  ]),
];

export const MINI_SENTENCES = MINI_ARTICLES.flatMap(splitSentences);
