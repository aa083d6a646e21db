import { describe, expect, it } from 'vitest';
import type { EntityType, FormKind, MatcherPack } from '../model';
import { BLOCK_BREAK, compileMatcher, createPageContext } from './scanner';

type Spec = [id: string, type: EntityType, forms: [string, FormKind][]];

function packOf(specs: Spec[]): MatcherPack {
  return {
    version: 1,
    entities: specs.map(([id, type]) => ({ id, type })),
    patterns: specs.flatMap(([, , forms], e) =>
      forms.map(([text, kind]) => [text, e, kind] as [string, number, FormKind]),
    ),
  };
}

const pack = packOf([
  [
    'tokayev',
    'person',
    [
      ['Kassym-Jomart Tokayev', 'full'],
      ['Касым-Жомарт Токаев', 'full'],
      ['Касым-Жомарта Токаева', 'full'],
      ['Tokayev', 'surname'],
      ['Токаев', 'surname'],
      ['Токаева', 'surname'],
      ['Токаеву', 'surname'],
    ],
  ],
  [
    'aliyev',
    'person',
    [
      ['Ilham Aliyev', 'full'],
      ['Ильхам Алиев', 'full'],
      ['Aliyev', 'surname'],
      ['Алиев', 'surname'],
      ['Алиева', 'surname'],
      ['Aliyeva', 'surname'],
    ],
  ],
  [
    'ots',
    'organization',
    [
      ['Organization of Turkic States', 'full'],
      ['Организации тюркских государств', 'full'],
      ['OTS', 'acronym'],
      ['ОТГ', 'acronym'],
    ],
  ],
  [
    'middle-corridor',
    'project',
    [
      ['Middle Corridor', 'short'],
      ['Среднего коридора', 'short'],
      ['Trans-Caspian International Transport Route', 'full'],
    ],
  ],
  ['kaznu', 'organization', [['КазНУ', 'acronym']]],
  [
    'velizade',
    'person',
    [
      ['Ilgar Velizade', 'full'],
      ['Velizade', 'surname'],
    ],
  ],
  [
    'astana',
    'place',
    [
      ['Astana', 'full'],
      ['Астане', 'full'],
    ],
  ],
  ['g20', 'organization', [['G20', 'acronym']]],
  ['ca2040', 'document', [['Центральная Азия – 2040', 'full']]],
  [
    'shafiyev',
    'person',
    [
      ['Farid Shafiyev', 'full'],
      ['Shafiyev', 'surname'],
    ],
  ],
  [
    'usa',
    'place',
    [
      ['U.S.', 'acronym'],
      ['United States', 'full'],
    ],
  ],
  [
    'un',
    'organization',
    [
      ['UN', 'acronym'],
      ['United Nations', 'full'],
    ],
  ],
]);
const matcher = compileMatcher(pack);

/** The matches as "surface=entity id", in order. */
function found(text: string, ctx = createPageContext()): string[] {
  return matcher.scan(text, ctx).map((m) => `${text.slice(m.start, m.end)}=${pack.entities[m.entity].id}`);
}

describe('spans', () => {
  it('covers the whole name, and only the name', () => {
    expect(found('President Kassym-Jomart Tokayev said.')).toEqual(['Kassym-Jomart Tokayev=tokayev']);
    expect(found('Президент Касым-Жомарт Токаев заявил')).toEqual(['Касым-Жомарт Токаев=tokayev']);
  });
  it('prefers the longest name starting leftmost', () => {
    expect(found('встреча Касым-Жомарта Токаева и Токаеву')).toEqual([
      'Касым-Жомарта Токаева=tokayev',
      'Токаеву=tokayev',
    ]);
  });
  it('returns sorted, non-overlapping offsets into the text', () => {
    const text = 'OTS: Ilham Aliyev, Tokayev (Middle Corridor)';
    const ms = matcher.scan(text);
    for (let k = 1; k < ms.length; k++) expect(ms[k].start).toBeGreaterThanOrEqual(ms[k - 1].end);
    expect(ms.map((m) => m.kind)).toEqual(['acronym', 'full', 'surname', 'short']);
  });
  it('never matches a word inside a longer word, a patronymic or a derived name', () => {
    expect(found('Омуралиев, Алиевич, Алиевский, Tokayevs, robots, lots, Jessica')).toEqual([]);
  });
  it('leaves a possessive tail outside', () => {
    expect(found("Aliyev's aide and Tokayev’s office")).toEqual(['Aliyev=aliyev', 'Tokayev=tokayev']);
  });
  it('finds names inside quotes, parentheses and glued to digits', () => {
    expect(found('(OTS) «Middle Corridor» "Tokayev" Tokayev2024 G20 G 20')).toEqual([
      'OTS=ots',
      'Middle Corridor=middle-corridor',
      'Tokayev=tokayev',
      'Tokayev=tokayev',
      'G20=g20',
    ]);
  });
});

describe('joiners', () => {
  it('treats whitespace of any kind, source line breaks and hyphen/dash variants as the same joiner', () => {
    for (const name of [
      'Kassym Jomart Tokayev',
      'Kassym\u2011Jomart\u00a0Tokayev',
      'Kassym–Jomart\n  Tokayev',
      'Kassym-\nJomart Tokayev',
    ]) {
      expect(found(`met ${name} today`)).toEqual([`${name}=tokayev`]);
    }
    expect(found('«Центральная Азия - 2040» и «Центральная Азия — 2040»')).toHaveLength(2);
  });
  it('ignores soft hyphens and zero-width characters inside a word', () => {
    expect(found('Тока\u00adева и Tok\u200bayev')).toEqual([
      'Тока\u00adева=tokayev',
      'Tok\u200bayev=tokayev',
    ]);
  });
  it('never joins across a block break or punctuation', () => {
    expect(found(`Ilham${BLOCK_BREAK}Aliyev`)).toEqual(['Aliyev=aliyev']);
    expect(found('Middle, Corridor')).toEqual([]);
  });
  it('equates ё and е and decomposed letters', () => {
    const pk = packOf([
      ['fyodorov', 'person', [['Фёдоров', 'surname']]],
      ['yeni', 'place', [['Ýeni', 'full']]],
    ]);
    const m = compileMatcher(pk);
    expect(m.scan('Федоров и Фёдоров').length).toBe(2);
    expect(m.scan('Y\u0301eni').length).toBe(1);
  });
});

describe('case', () => {
  it('requires names to be capitalised, in Title case or ALL CAPS', () => {
    expect(found('ASTANA — Ilgar VELIZADE said')).toEqual(['ASTANA=astana', 'Ilgar VELIZADE=velizade']);
    expect(found('astana, velizade, tokayev')).toEqual([]);
  });
  it('lets lowercase words of a name take any case (headlines)', () => {
    expect(found('The Organization Of Turkic States Meets')).toEqual(['Organization Of Turkic States=ots']);
    expect(found('ORGANIZATION OF TURKIC STATES')).toHaveLength(1);
  });
  it('never matches an all-lowercase common phrase', () => {
    expect(found('the middle corridor of the building')).toEqual([]);
    expect(found('организации тюркских государств')).toEqual([]);
  });
  it('requires acronyms in capitals, standalone', () => {
    expect(found('OTS and ОТГ')).toEqual(['OTS=ots', 'ОТГ=ots']);
    expect(found('Ots, ots, oTS, отг, Отг, LOTS, ROBOTS')).toEqual([]);
    expect(found('КазНУ, КАЗНУ, казну, Казну')).toEqual(['КазНУ=kaznu', 'КАЗНУ=kaznu']);
  });
});

describe('same surname, other person', () => {
  it('does not take a surname after another first name for the entity', () => {
    expect(found('Мехрибан Алиева выступила')).toEqual([]);
    expect(found('First Vice-President Mehriban Aliyeva spoke')).toEqual([]);
    expect(found('Leyla Aliyeva, M. Aliyeva')).toEqual([]);
  });
  it('keeps the surname after the entity’s own first name and a middle name or initial', () => {
    expect(found('Ilham H. Aliyev and Ilham Heydar Aliyev')).toEqual(['Aliyev=aliyev', 'Aliyev=aliyev']);
    expect(found('Ilham\u2029Leyla Aliyeva')).toEqual([]);
  });
  it('keeps the surname after titles, function words and the entity’s own first name', () => {
    expect(found('President Aliyev. Then Aliyev said. Президент Алиев. И. Алиев')).toEqual([
      'Aliyev=aliyev',
      'Aliyev=aliyev',
      'Алиев=aliyev',
      'Алиев=aliyev',
    ]);
    expect(found('Пресс-служба Азербайджанского Алиева')).toEqual(['Алиева=aliyev']);
    // Words that open a sentence before a surname, and roles: no one else's first name.
    expect(found('Кроме Алиева, приехали министры. Позже Алиев уехал. Судья Алиев молчал.')).toEqual([
      'Алиева=aliyev',
      'Алиев=aliyev',
      'Алиев=aliyev',
    ]);
  });
  it('remembers on the page that the bare surname now means the other person', () => {
    const ctx = createPageContext();
    expect(found('Leyla Aliyeva opened the exhibition.', ctx)).toEqual([]);
    expect(found('Aliyeva thanked the guests. Aliyev did not attend.', ctx)).toEqual(['Aliyev=aliyev']);
    expect(found('Aliyeva thanked the guests.')).toEqual(['Aliyeva=aliyev']);
  });
  it('refers a bare surname to the person named in full earlier', () => {
    const twoShafiyevs = packOf([
      [
        'farid',
        'person',
        [
          ['Farid Shafiyev', 'full'],
          ['Shafiyev', 'surname'],
        ],
      ],
      [
        'anar',
        'person',
        [
          ['Anar Shafiyev', 'full'],
          ['Shafiyev', 'surname'],
        ],
      ],
    ]);
    const m = compileMatcher(twoShafiyevs);
    const ctx = createPageContext();
    const ids = (text: string) => m.scan(text, ctx).map((x) => twoShafiyevs.entities[x.entity].id);
    expect(ids('Anar Shafiyev arrived.')).toEqual(['anar']);
    expect(ids('Shafiyev said')).toEqual(['anar']);
  });
});

describe('real-page cases', () => {
  it('does not read a two-letter acronym inside a run of capitals as a name', () => {
    expect(found('UN HOMME ET UNE FEMME')).toEqual([]);
    expect(found('The UN said. UN: talks. OTS SUMMIT OPENS')).toEqual(['UN=un', 'UN=un', 'OTS=ots']);
  });
  it('does not take a capitalised headline word for a first name', () => {
    expect(found('Kremlin Says Putin Tokayev Talks Ended')).toEqual(['Tokayev=tokayev']);
    expect(found('Vice President Mehriban Aliyeva')).toEqual([]);
  });
  it('takes the final period of an abbreviation into the span', () => {
    expect(found('the U.S. and the U.S; US, u.s.')).toEqual(['U.S.=usa', 'U.S=usa']);
  });
  it('keeps a surname the page settled by a full name, but never highlights another first name + surname', () => {
    const ctx = createPageContext();
    expect(found('Ильхам Алиев выступил.', ctx)).toEqual(['Ильхам Алиев=aliyev']);
    expect(found('Мехрибан Алиева и пресс-служба Алиева; Алиев', ctx)).toEqual([
      'Алиева=aliyev',
      'Алиев=aliyev',
    ]);
  });
  it('finds nothing inside identifiers and words joined by underscores', () => {
    expect(found('is UN_willing, ots_id, OTS_2024')).toEqual([]);
  });
  it('reads words outside the Basic Multilingual Plane without shifting offsets', () => {
    expect(found('𝒜 OTS 😀 Tokayev')).toEqual(['OTS=ots', 'Tokayev=tokayev']);
  });
});

describe('the first filter', () => {
  // The scanner looks only where its table says a name may start. Examining every word instead must
  // find exactly the same names, whatever the text does to them.
  const mixed = packOf([
    ...([] as Spec[]),
    [
      'tokayev',
      'person',
      [
        ['Kassym-Jomart Tokayev', 'full'],
        ['Токаева', 'surname'],
        ['Tokayev', 'surname'],
        ['К. Токаев', 'full'],
      ],
    ],
    [
      'aliyev',
      'person',
      [
        ['Ilham Aliyev', 'full'],
        ['Aliyev', 'surname'],
        ['Алиев', 'surname'],
      ],
    ],
    [
      'stem',
      'organization',
      [
        ['центр STEM', 'full'],
        ['центра STEM', 'full'],
      ],
    ],
    [
      'res',
      'document',
      [
        ['resolution 2803', 'full'],
        ['резолюция 2803', 'full'],
      ],
    ],
    [
      'ots',
      'organization',
      [
        ['OTS', 'acronym'],
        ['ОТГ', 'acronym'],
      ],
    ],
    ['fedor', 'person', [['Фёдор Ёлкин', 'full']]],
    ['ilham-yeni', 'organization', [['Ýeni Ýol', 'full']]],
    [
      'g20',
      'organization',
      [
        ['G20', 'acronym'],
        ['2040', 'full'],
      ],
    ],
  ]);
  const filtered = compileMatcher(mixed);
  const everyWord = compileMatcher(mixed, { everyWord: true });
  const pieces = [
    'Kassym-Jomart Tokayev',
    'Tokayev',
    'TOKAYEV',
    'tokayev',
    'Токаева',
    'Тока\u00adева',
    'К. Токаев',
    'Ilham Aliyev',
    'Aliyev',
    'Ilham\u00a0Aliyev',
    'Ali\u200byev',
    'центр STEM',
    'Центра STEM',
    'ЦЕНТР STEM',
    'цен\u00adтр STEM',
    'resolution 2803',
    'Resolution 2803',
    'резолюция 2803',
    'OTS',
    'ОТГ',
    'Фёдор Ёлкин',
    'Федор Елкин',
    'ФЁДОР ЁЛКИН',
    'Y\u0301eni Y\u0301ol',
    'Ýeni Ýol',
    'G20',
    'xG20',
    '2040',
    'a2040',
    'McTokayev',
    'iOTS',
    'the',
    'и',
    'в',
    'сказал',
    '«',
    '»',
    '(',
    ')',
    ',',
    '.',
    ' ',
    ' ',
    '\n',
    '\u2029',
    '-',
    '—',
    '’s',
    '𝒜',
    '😀',
    '_',
    '\u0301',
    '\u00ad',
    'x\u00ad',
    'ж\u200b',
    '7\u00ad',
    'A',
    'К.',
    'Ж.',
    // Neighbours of the letters that the native first filter treats as word characters: symbols inside their
    // blocks (×, ÷, ҂) and letters outside them (Greek, ª, ʼ).
    '×',
    '÷',
    '҂',
    'α',
    'ª',
    'ʼ',
    '9',
  ];
  it('finds exactly what examining every word finds, on texts built to trip it', () => {
    let seed = 11;
    const rnd = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    let names = 0;
    for (let trial = 0; trial < 1500; trial++) {
      const text = Array.from({ length: 1 + rnd(14) }, () => pieces[rnd(pieces.length)]).join(
        rnd(3) ? ' ' : '',
      );
      const expected = everyWord.scan(text);
      expect(filtered.scan(text), JSON.stringify(text)).toEqual(expected);
      names += expected.length;
    }
    expect(names).toBeGreaterThan(200);
  });
});
