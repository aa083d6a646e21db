import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import type { Entity, EntityType } from '../model';
import { buildEntities, nameKey } from './build-entities';
import { readSeeds } from './seed-corpus.fixture';

let entities: Entity[];
beforeAll(async () => {
  const morph = await loadRussianMorphology();
  const { articles, sentences } = readSeeds();
  entities = buildEntities(articles, sentences, morph);
}, 30_000);

/** Every entity a careful reader lists from the five seed articles, as the text names it (nominative). */
const READERS_LIST: [EntityType, string][] = [
  ['person', 'Касым-Жомарт Токаев'],
  ['person', 'Ильхам Алиев'],
  ['person', 'Дональд Трамп'],
  ['person', 'Ван И'],
  ['person', 'Ермек Кошербаев'],
  ['person', 'Дин Циньпин'],
  ['person', 'Ален Джуанышбеков'],
  ['person', 'Али Гасымов'],
  ['person', 'Ассоль Мирманова'],
  ['person', 'Алим Байель'],
  ['person', 'Азер Аллахверянов'],
  ['person', 'Фарид Шафиев'],
  ['person', 'Фархад Мамедов'],
  ['person', 'Ильгар Велизаде'],
  ['person', 'Ризван Гусейнов'],
  ['person', 'Орхан Йолчуев'],
  ['person', 'Эльхан Шаиноглу'],
  ['person', 'Заур Мамедов'],
  ['organization', 'Совет мира'],
  ['organization', 'Организация тюркских государств'],
  ['organization', 'СВМДА'],
  ['organization', 'ОБСЕ'],
  ['organization', 'Шанхайская организация сотрудничества'],
  ['organization', 'ООН'],
  ['organization', 'КазНУ имени аль-Фараби'],
  ['organization', 'МИД РК'],
  ['organization', 'Милли Меджлис'],
  ['organization', 'Центр анализа международных отношений'],
  ['organization', 'Центр стратегических исследований Южного Кавказа'],
  ['organization', 'клуб политологов "Южный Кавказ"'],
  ['organization', 'Центр истории Кавказа'],
  ['organization', 'аналитический центр STEM'],
  ['organization', 'Центр исследований "Атлас"'],
  ['organization', 'Бакинский клуб политологов'],
  ['organization', 'РОО "Контртеррористический комитет"'],
  ['organization', 'Day.Az'],
  ['organization', 'ИА El.kz'],
  ['organization', 'Kazakhstan Today'],
  ['organization', 'региональный центр ООН по целям устойчивого развития для Центральной Азии и Афганистана'],
  ['organization', 'С6'],
  ['place', 'Казахстан'],
  ['place', 'Азербайджан'],
  ['place', 'Баку'],
  ['place', 'Астана'],
  ['place', 'Алматы'],
  ['place', 'Давос'],
  ['place', 'Газа'],
  ['place', 'Вена'],
  ['place', 'Армения'],
  ['place', 'Афганистан'],
  ['place', 'Центральная Азия'],
  ['place', 'Южный Кавказ'],
  ['place', 'Каспийское море'],
  ['place', 'Аральское море'],
  ['place', 'Россия'],
  ['place', 'Китай'],
  ['place', 'США'],
  ['place', 'Белый дом'],
  ['place', 'Европа'],
  ['place', 'Азия'],
  ['place', 'Евразия'],
  ['place', 'Таджикистан'],
  ['place', 'Украина'],
  ['place', 'Ближний Восток'],
  ['place', 'Финляндия'],
  ['project', 'Средний коридор'],
  ['project', 'Южный газовый коридор'],
  ['project', 'Один пояс, один путь'],
  ['document', 'Устав Совета мира'],
  ['document', 'Центральная Азия – 2040'],
  [
    'document',
    'Договор о дружбе, добрососедстве и сотрудничестве в целях развития Центральной Азии в XXI веке',
  ],
  ['document', 'Хельсинкский заключительный акт'],
  ['document', 'Астанинская декларация'],
  ['document', 'резолюция 2803'],
  ['document', 'послание главы государства народу Казахстана'],
  ['event', 'XII Саммит'],
  ['event', 'Консультативная встреча глав государств Центральной Азии'],
  ['event', '32-е заседание Совета министров иностранных дел'],
  ['event', 'встреча секретарей советов безопасности стран Центральной Азии'],
  ['event', 'День независимости'],
];

function entityNamed(text: string): Entity | undefined {
  const key = nameKey(text);
  return entities.find((e) => e.forms.some((f) => nameKey(f.text) === key));
}

function formsOf(text: string): string[] {
  return entityNamed(text)?.forms.map((f) => f.text) ?? [];
}

describe('buildEntities over the seed articles', () => {
  it.each(READERS_LIST)('knows the %s %s', (type, name) => {
    const entity = entityNamed(name);
    expect(entity, name).toBeDefined();
    expect(entity!.type).toBe(type);
  });

  it('names each entity once: the ids are unique and no form names two entities of one kind', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const e of entities) {
      for (const f of e.forms) {
        if (f.kind === 'surname') continue; // two Mamedovs may share a bare surname; the page decides
        const key = `${f.kind}:${nameKey(f.text)}`;
        const other = owner.get(key);
        if (other && other !== e.id) shared.push(`${f.text}: ${other}, ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('merges every name of the Middle Corridor, the OTS and CICA into one entity each', () => {
    for (const group of [
      [
        'Средний коридор',
        'ТМТМ',
        'Транскаспийский международный транспортный маршрут',
        'Middle Corridor',
        'TITR',
        'Trans-Caspian International Transport Route',
      ],
      [
        'Организация тюркских государств',
        'ОТГ',
        'OTS',
        'Organization of Turkic States',
        'Turkic Council',
        'Cooperation Council of Turkic Speaking States',
      ],
      ['СВМДА', 'CICA', 'Conference on Interaction and Confidence Building Measures in Asia'],
      ['Совет мира', 'Board of Peace'],
      ['ШОС', 'SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
      ['ОБСЕ', 'OSCE'],
      ['ООН', 'UN', 'United Nations'],
    ]) {
      const ids = new Set(group.map((name) => entityNamed(name)?.id));
      expect(ids.size, group.join(', ')).toBe(1);
      expect(ids.has(undefined)).toBe(false);
    }
  });

  it('declines the names as the issue asks', () => {
    expect(formsOf('Токаев')).toEqual(
      expect.arrayContaining([
        'Токаев',
        'Токаева',
        'Токаеву',
        'Токаевым',
        'Токаеве',
        'Касым-Жомарта Токаева',
        'Касым-Жомартом Токаевым',
        'К. Токаева',
      ]),
    );
    expect(formsOf('Средний коридор')).toEqual(
      expect.arrayContaining([
        'Средний коридор',
        'Среднего коридора',
        'Среднему коридору',
        'Транскаспийского международного транспортного маршрута',
      ]),
    );
    expect(formsOf('ОТГ')).toContain('Организации тюркских государств');
    expect(formsOf('Алиев')).toEqual(
      expect.arrayContaining(['Ильхамом Алиевым', 'Алиеву', 'Ильхама Алиева']),
    );
  });

  it('has the English names and the spellings the world uses', () => {
    expect(formsOf('Токаев')).toEqual(
      expect.arrayContaining(['Kassym-Jomart Tokayev', 'Tokayev', 'Tokaev', 'Toqaev']),
    );
    expect(formsOf('Алиев')).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Aliyev', 'Aliev']));
    expect(formsOf('Шафиев')).toEqual(expect.arrayContaining(['Farid Shafiyev', 'Shafiyev', 'Shafiev']));
    expect(formsOf('Кошербаев')).toEqual(expect.arrayContaining(['Kosherbayev', 'Kosherbaev']));
    for (const e of entities) expect(e.name.en, e.id).toMatch(/\p{L}/u);
  });

  it('lists no form that would misfire', () => {
    const all = entities.flatMap((e) => e.forms.map((f) => ({ ...f, id: e.id })));
    const keys = new Set(all.map((f) => nameKey(f.text)));
    for (const word of ['мир', 'мира', 'совет', 'peace', 'board', 'алиевич', 'алиевой', 'президент']) {
      expect(keys.has(word), word).toBe(false);
    }
    for (const f of all) {
      if (f.kind === 'acronym') expect(f.text, f.id).toBe(f.text.toUpperCase());
      else expect(f.text, f.id).toMatch(/\p{Lu}|\p{N}/u);
    }
    // Aliyev is a man: "Алиева" is his genitive, never a woman's nominative with her own declension.
    expect(formsOf('Алиев')).not.toContain('Алиевой');
  });
});
