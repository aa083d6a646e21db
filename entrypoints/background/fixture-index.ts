// A tiny hand-made CorpusIndex for the background's tests: two articles, three entities.
import type { CorpusIndex } from '../../lib/model';

export function fixtureIndex(version = 1): CorpusIndex {
  return {
    version,
    articles: [
      {
        id: 'seed-000',
        title: 'Токаев принял участие в саммите ОТГ',
        date: '2025-10-07',
        source: 'El.kz',
        author: null,
        lang: 'ru',
        url: null,
        paragraphs: [
          'Президент Касым-Жомарт Токаев принял участие в саммите ОТГ.',
          'Обсуждали Средний коридор.',
        ],
        origin: 'seed',
      },
      {
        id: 'seed-001',
        title: 'Алиев о Среднем коридоре',
        date: null,
        source: 'Day.Az',
        author: 'Ильгар Велизаде',
        lang: 'ru',
        url: null,
        paragraphs: ['Ильхам Алиев и Токаев обсудили развитие Среднего коридора.'],
        origin: 'seed',
      },
    ],
    sentences: [
      {
        articleId: 'seed-000',
        index: 0,
        paragraph: 0,
        text: 'Президент Касым-Жомарт Токаев принял участие в саммите ОТГ.',
      },
      { articleId: 'seed-000', index: 1, paragraph: 1, text: 'Обсуждали Средний коридор.' },
      {
        articleId: 'seed-001',
        index: 0,
        paragraph: 0,
        text: 'Ильхам Алиев и Токаев обсудили развитие Среднего коридора.',
      },
    ],
    entities: [
      {
        id: 'tokayev',
        type: 'person',
        name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
        description: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
        forms: [
          { text: 'Касым-Жомарт Токаев', kind: 'full', lang: 'ru' },
          { text: 'Токаев', kind: 'surname', lang: 'ru' },
          { text: 'Tokayev', kind: 'surname', lang: 'en' },
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
          ru: 'Межгосударственная организация тюркских стран',
        },
        forms: [
          { text: 'ОТГ', kind: 'acronym', lang: 'ru' },
          { text: 'OTS', kind: 'acronym', lang: 'en' },
        ],
        links: [],
        origin: 'gazetteer',
      },
      {
        id: 'middle-corridor',
        type: 'project',
        name: { en: 'Middle Corridor', ru: 'Средний коридор' },
        description: {
          en: 'Trans-Caspian International Transport Route',
          ru: 'Транскаспийский международный транспортный маршрут',
        },
        forms: [
          { text: 'Средний коридор', kind: 'short', lang: 'ru' },
          { text: 'Среднего коридора', kind: 'short', lang: 'ru' },
          { text: 'Middle Corridor', kind: 'short', lang: 'en' },
        ],
        links: [],
        origin: 'discovered',
      },
    ],
    mentions: [
      {
        entityId: 'tokayev',
        articleId: 'seed-000',
        sentence: 0,
        start: 10,
        end: 29,
        surface: 'Касым-Жомарт Токаев',
      },
      { entityId: 'ots', articleId: 'seed-000', sentence: 0, start: 55, end: 58, surface: 'ОТГ' },
      {
        entityId: 'middle-corridor',
        articleId: 'seed-000',
        sentence: 1,
        start: 10,
        end: 25,
        surface: 'Средний коридор',
      },
      { entityId: 'tokayev', articleId: 'seed-001', sentence: 0, start: 15, end: 21, surface: 'Токаев' },
      {
        entityId: 'middle-corridor',
        articleId: 'seed-001',
        sentence: 0,
        start: 40,
        end: 57,
        surface: 'Среднего коридора',
      },
    ],
    stats: [],
  };
}
