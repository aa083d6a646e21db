// A hand-written pack of the kind of forms the seeds and the gazetteer give (declined Russian forms,
// English names and common romanisations), for matcher tests that must not wait for the real index.
import type { EntityType, FormKind, MatcherPack } from '../../lib/model';

type Spec = [id: string, type: EntityType, forms: Partial<Record<FormKind, string[]>>];

const RU_SURNAME = ['', 'а', 'у', 'ым', 'е'];
const declineSurname = (stem: string) => RU_SURNAME.map((ending) => stem + ending);

const SPECS: Spec[] = [
  [
    'tokayev',
    'person',
    {
      full: [
        'Kassym-Jomart Tokayev',
        'Kassym-Jomart Tokaev',
        'Qasym-Jomart Toqaev',
        'Касым-Жомарт Токаев',
        'Касым-Жомарта Токаева',
        'Касым-Жомарту Токаеву',
        'Касым-Жомартом Токаевым',
      ],
      surname: ['Tokayev', 'Tokaev', 'Toqaev', ...declineSurname('Токаев')],
    },
  ],
  [
    'aliyev',
    'person',
    {
      full: [
        'Ilham Aliyev',
        'Ilham Aliev',
        'Ильхам Алиев',
        'Ильхама Алиева',
        'Ильхаму Алиеву',
        'Ильхамом Алиевым',
      ],
      surname: ['Aliyev', 'Aliev', ...declineSurname('Алиев')],
    },
  ],
  [
    'shafiyev',
    'person',
    {
      full: ['Farid Shafiyev', 'Фарид Шафиев', 'Фарида Шафиева'],
      surname: ['Shafiyev', 'Shafiev', ...declineSurname('Шафиев')],
    },
  ],
  ['velizade', 'person', { full: ['Ilgar Velizade', 'Ильгар Велизаде'], surname: ['Velizade', 'Велизаде'] }],
  [
    'kosherbayev',
    'person',
    { full: ['Yerlan Kosherbayev'], surname: ['Kosherbayev', 'Kosherbaev', ...declineSurname('Кошербаев')] },
  ],
  [
    'trump',
    'person',
    {
      full: ['Donald Trump', 'Дональд Трамп', 'Дональда Трампа'],
      surname: ['Trump', 'Трамп', 'Трампа', 'Трампу'],
    },
  ],
  [
    'ots',
    'organization',
    {
      full: [
        'Organization of Turkic States',
        'Organisation of Turkic States',
        'Организация тюркских государств',
        'Организации тюркских государств',
        'Организацию тюркских государств',
      ],
      acronym: ['OTS', 'ОТГ'],
    },
  ],
  [
    'cica',
    'organization',
    {
      full: [
        'Conference on Interaction and Confidence Building Measures in Asia',
        'Conference on Interaction and Confidence-Building Measures in Asia',
        'Совещание по взаимодействию и мерам доверия в Азии',
      ],
      acronym: ['CICA', 'СВМДА'],
    },
  ],
  [
    'osce',
    'organization',
    {
      full: [
        'Organization for Security and Co-operation in Europe',
        'Организация по безопасности и сотрудничеству в Европе',
        'Организации по безопасности и сотрудничеству в Европе',
      ],
      acronym: ['OSCE', 'ОБСЕ'],
    },
  ],
  [
    'sco',
    'organization',
    {
      full: [
        'Shanghai Cooperation Organisation',
        'Shanghai Cooperation Organization',
        'Шанхайская организация сотрудничества',
        'Шанхайской организации сотрудничества',
      ],
      acronym: ['SCO', 'ШОС'],
    },
  ],
  [
    'un',
    'organization',
    { full: ['United Nations', 'Организация Объединённых Наций'], acronym: ['UN', 'ООН'] },
  ],
  [
    'board-of-peace',
    'organization',
    { full: ['Board of Peace', 'Совет мира', 'Совета мира', 'Совету мира'] },
  ],
  [
    'middle-corridor',
    'project',
    {
      full: [
        'Trans-Caspian International Transport Route',
        'Транскаспийский международный транспортный маршрут',
        'Транскаспийского международного транспортного маршрута',
        'Транскаспийскому международному транспортному маршруту',
      ],
      short: [
        'Middle Corridor',
        'Средний коридор',
        'Среднего коридора',
        'Среднему коридору',
        'Средним коридором',
        'Среднем коридоре',
      ],
      acronym: ['TITR', 'ТМТМ'],
    },
  ],
  [
    'kazakhstan',
    'place',
    { full: ['Kazakhstan', ...['Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане']] },
  ],
  [
    'azerbaijan',
    'place',
    { full: ['Azerbaijan', 'Азербайджан', 'Азербайджана', 'Азербайджану', 'Азербайджаном', 'Азербайджане'] },
  ],
  [
    'central-asia',
    'place',
    { full: ['Central Asia', 'Центральная Азия', 'Центральной Азии', 'Центральную Азию'] },
  ],
  [
    'caspian-sea',
    'place',
    { full: ['Caspian Sea', 'Каспийское море', 'Каспийского моря'], short: ['Caspian', 'Каспий', 'Каспия'] },
  ],
  ['almaty', 'place', { full: ['Almaty', 'Алматы'] }],
  ['astana', 'place', { full: ['Astana', 'Астана', 'Астаны', 'Астане', 'Астану'] }],
  ['baku', 'place', { full: ['Baku', 'Баку'] }],
  ['vienna', 'place', { full: ['Vienna', 'Вена', 'Вены', 'Вене'] }],
  ['davos', 'place', { full: ['Davos', 'Давос', 'Давосе'] }],
  ['gaza', 'place', { full: ['Gaza', 'Газа', 'Газы', 'Газе', 'Gaza Strip', 'сектор Газа'] }],
  [
    'kaznu',
    'organization',
    { full: ['КазНУ имени аль-Фараби', 'Al-Farabi Kazakh National University'], acronym: ['КазНУ', 'KazNU'] },
  ],
  ['central-asia-2040', 'document', { full: ['Центральная Азия – 2040', 'Central Asia 2040'] }],
];

export function fixturePack(): MatcherPack {
  return {
    version: 1,
    entities: SPECS.map(([id, type]) => ({ id, type })),
    patterns: SPECS.flatMap(([, , forms], e) =>
      (Object.entries(forms) as [FormKind, string[]][]).flatMap(([kind, texts]) =>
        texts.map((text) => [text, e, kind] as [string, number, FormKind]),
      ),
    ),
  };
}
