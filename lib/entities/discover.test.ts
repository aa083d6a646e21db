import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import type { RussianMorphology } from '../morph/morphology';
import type { Sentence } from '../model';
import { discoverInSentence } from './discover/index';
import { discoverEntities, nameKey } from './build-entities';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
});

function sentences(...texts: string[]): Sentence[] {
  return texts.map((text, index) => ({ articleId: 'user-test', index, paragraph: 0, text }));
}

function found(text: string) {
  return discoverInSentence(sentences(text)[0], morph);
}

describe('discoverInSentence', () => {
  it('finds a person by first name and surname, in the nominative, without the title before it', () => {
    const [person] = found('Вчера Президент Касым-Жомарт Токаев провёл встречу.').filter(
      (c) => c.kind === 'person',
    );
    expect(person.surface).toBe('Касым-Жомарт Токаев');
    expect(person.person).toEqual({ first: 'Касым-Жомарт', last: 'Токаев', gender: 'male' });
  });

  it('lemmatises a declined name and reads the gender from it', () => {
    const [man] = found('Они обсудили визит Ильхама Алиева в Астану.').filter((c) => c.kind === 'person');
    expect(man.lemma).toBe('Ильхам Алиев');
    const [woman] = found('Слово предоставили Гульнаре Мирмановой.').filter((c) => c.kind === 'person');
    expect(woman.person).toMatchObject({ last: 'Мирманова', gender: 'female' });
  });

  it('reads a woman’s name in the nominative as written, not as a man’s in the genitive', () => {
    const person = (text: string) => found(text).filter((c) => c.kind === 'person')[0];
    expect(person('Вчера Мария Иванова открыла выставку.').person).toEqual({
      first: 'Мария',
      last: 'Иванова',
      gender: 'female',
    });
    // A first name az does not know: a woman's title before it, or a feminine verb after it, says so.
    expect(person('Ковёр соткала мастерица Дилноза Гуломова.').lemma).toBe('Дилноза Гуломова');
    expect(person('Вчера Айжан Серикбаева выступила на форуме.').lemma).toBe('Айжан Серикбаева');
    // A man's name in the genitive stays one.
    expect(person('Они обсудили визит Ивана Петрова в Астану.').lemma).toBe('Иван Петров');
    expect(person('Слова Нурлана Абишева услышали все.').lemma).toBe('Нурлан Абишев');
  });

  it('finds a person by initial and surname', () => {
    const [person] = found('Инициатива К. Токаева важна.').filter((c) => c.kind === 'person');
    expect(person.surface).toBe('К. Токаева');
    expect(person.lemma).toBe('Токаев');
  });

  it('finds acronyms but not Roman numerals nor legal forms', () => {
    const acronyms = found('На XII саммите ОТГ в XXI веке НАО и ОДКБ подписали меморандум.')
      .filter((c) => c.kind === 'acronym')
      .map((c) => c.surface);
    expect(acronyms).toEqual(['ОТГ', 'ОДКБ']);
  });

  it('finds short quoted names and not quoted speech', () => {
    const quoted = found(
      'Стороны приняли стратегию «Центральная Азия – 2040» и документ "Ташкентская декларация", сказав: "Мы будем продолжать работу вместе с партнёрами в регионе".',
    )
      .filter((c) => c.kind === 'quoted')
      .map((c) => [c.surface, c.type]);
    expect(quoted).toEqual([
      ['Центральная Азия – 2040', 'document'],
      ['Ташкентская декларация', 'document'],
    ]);
  });

  it('finds capitalised places and lemmatises them', () => {
    const names = found('Делегация прибыла из Центральной Азии в Баку.').filter((c) => c.kind === 'name');
    expect(names.map((c) => c.lemma)).toEqual(['Центральная Азия', 'Баку']);
    expect(names.every((c) => c.type === 'place')).toBe(true);
  });

  it('finds an organisation written as a capitalised noun and its genitive', () => {
    const names = found('Казахстан вступил в Совет мира в январе.').filter((c) => c.kind === 'name');
    expect(names.map((c) => c.lemma)).toContain('Совет мира');
  });
});

describe('discoverInSentence: the names a reader’s articles are full of', () => {
  const kinds = (text: string) =>
    found(text)
      .filter((c) => c.kind !== 'thing')
      .map((c) => [c.surface, c.type]);

  it('takes Latin-script names as organisations, and a bracketed Latin spelling of a person as a person', () => {
    expect(kinds('Об этом сообщает агентство Bloomberg со ссылкой на Financial Times.')).toEqual([
      ['Bloomberg', 'organization'],
      ['Financial Times', 'organization'],
    ]);
    expect(kinds('Глава концерна Ханс Мюллер (Hans Mueller) выступил.')).toContainEqual([
      'Hans Mueller',
      'person',
    ]);
  });

  it('finds a person whose surname is a dictionary word, a foreign name az does not know, a surname alone', () => {
    expect(kinds('Суд отпустил Виктора Бута под залог.')).toContainEqual(['Виктора Бута', 'person']);
    expect(kinds('Вчера тренер Юрген Клоппенбринк объявил состав.')).toContainEqual([
      'Юрген Клоппенбринк',
      'person',
    ]);
    expect(kinds('Об этом заявил Лукашенко на встрече.')).toEqual([['Лукашенко', 'person']]);
    const [medvedev] = found('Выступил Дмитрий Анатольевич Медведев.');
    expect(medvedev.person).toMatchObject({ first: 'Дмитрий', middle: 'Анатольевич', last: 'Медведев' });
  });

  it('finds organisations named with lowercase words and capitalised common nouns', () => {
    expect(kinds('Спектакль покажут на сцене Большого театра.')).toEqual([
      ['Большого театра', 'organization'],
    ]);
    expect(found('Решение Конституционного суда вступило в силу.')[0].lemma).toBe('Конституционный суд');
    expect(kinds('Законопроект внесли в Сенат на прошлой неделе.')).toEqual([['Сенат', 'organization']]);
    expect(found('Глава японского МИДа заявил о визите.').map((c) => c.lemma)).toEqual(['японский МИД']);
  });

  it('types place acronyms as places and drops technical ones and numbered vehicles', () => {
    expect(kinds('Делегации США и ОАЭ обсудили стандарт HTML и СМС.')).toEqual([
      ['США', 'place'],
      ['ОАЭ', 'place'],
    ]);
    expect(kinds('Корабль Союз ТМА-7 стартовал.')).toEqual([]);
  });

  it('does not take a quoted title of a work as an organisation', () => {
    expect(kinds('Группа выпустила альбом «Сны о чём-то большем».')).toEqual([]);
    expect(kinds('Акции компании «Северсталь» выросли.')).toEqual([['Северсталь', 'organization']]);
  });
});

describe('organisations: how far the name goes, and what is none', () => {
  const orgs = (text: string) =>
    found(text)
      .filter((c) => c.type === 'organization' && c.kind !== 'thing')
      .map((c) => c.surface);

  it('takes the whole name: «имени …», a lowercase genitive group, «по» and a dative group, «и» and another group', () => {
    expect(orgs('Пели солисты Оперного театра имени Глинки и Римского-Корсакова.')).toEqual([
      'Оперного театра имени Глинки и Римского-Корсакова',
    ]);
    expect(
      orgs('По словам директора Национального института стратегической экономики, рост замедлится.'),
    ).toEqual(['Национального института стратегической экономики']);
    expect(orgs('Заседание Комитета по внешним связям прошло вчера.')).toEqual([
      'Комитета по внешним связям',
    ]);
    expect(orgs('Вчера Министерство водного хозяйства и лесной промышленности выдало разрешение.')).toEqual([
      'Министерство водного хозяйства и лесной промышленности',
    ]);
    // A bare genitive noun ends the name as well: «… организации здравоохранения», «… комитета обороны».
    expect(orgs('Эксперты Всемирной организации метеорологии приехали в Бишкек.')).toEqual([
      'Всемирной организации метеорологии',
    ]);
  });

  it('takes a capitalised adjective and a lowercase place noun as a place', () => {
    const places = (text: string) =>
      found(text)
        .filter((c) => c.type === 'place')
        .map((c) => [c.surface, c.lemma]);
    expect(places('Губернатор посетил Ставропольский край и Ненецкий автономный округ.')).toEqual([
      ['Ставропольский край', 'Ставропольский край'],
      ['Ненецкий автономный округ', 'Ненецкий автономный округ'],
    ]);
    expect(places('Туристы вернулись с Командорского острова.')).toEqual([
      ['Командорского острова', 'Командорский остров'],
    ]);
  });

  it('takes a site named by its address as its publisher, and a country’s police or press as no name', () => {
    expect(orgs('Об этом сообщает rosbalt.ru со ссылкой на Газета.ру.')).toEqual(['rosbalt.ru', 'Газета.ру']);
    expect(orgs('Корейская полиция задержала подозреваемого.')).toEqual([]);
    expect(orgs('По сообщению турецких СМИ, встреча прошла.')).toEqual([]);
    expect(orgs('Представитель турецкого МИДа выступил.')).toEqual(['турецкого МИДа']);
  });

  it('reads an acronym after «страны» as a union of countries, not a country', () => {
    expect(found('Въезд в страны ЕАЭС открыт.').find((c) => c.surface === 'ЕАЭС')?.type).toBe('organization');
  });

  it('learns no organisation from a vehicle’s name, wherever else the articles quote it', () => {
    const entities = discoverEntities(
      sentences(
        'Экипаж вернулся на корабле «Восход».',
        'Старт следующего «Восхода» назначен на осень.',
        'Спуск «Восхода ТМ-3» прошёл штатно.',
      ),
      [],
      morph,
    );
    expect(entities.map((e) => e.name.ru)).not.toContainEqual(expect.stringMatching(/Восход/));
  });
});

describe('well-known names, context words and names inside names', () => {
  const named = (text: string) =>
    found(text)
      .filter((c) => c.kind !== 'thing')
      .map((c) => [c.type, c.surface]);

  it('takes a well-known organisation anywhere, opening a sentence too, and not as a surname', () => {
    expect(named('Роскомнадзор заблокировал сайт.')).toEqual([['organization', 'Роскомнадзор']]);
    expect(named('Как сообщает агентство Рейтер, сделка закрыта.')).toEqual([['organization', 'Рейтер']]);
    expect(named('По данным Интерфакса, сделка закрыта.')).toEqual([['organization', 'Интерфакса']]);
    expect(named('Боевики Хезболлы отступили.')).toEqual([['organization', 'Хезболлы']]);
    // A person named in full keeps a surname that is an organisation's name.
    expect(named('Вчера Эрнст Рейтер выступил.')).toEqual([['person', 'Эрнст Рейтер']]);
  });

  it('reads a surname alone after an organisation word as that organisation', () => {
    expect(named('Отчёт опубликовала компания Шнайдер.')).toEqual([['organization', 'Шнайдер']]);
  });

  it('takes a capitalised noun before a place in the genitive as an organisation, not a title or an event', () => {
    expect(named('В эфире радиостанции Эхо Тамбова выступил политолог.')).toEqual([
      ['organization', 'Эхо Тамбова'],
    ]);
    expect(named('Ставку снизил Банк Армении.')).toEqual([['organization', 'Банк Армении']]);
    expect(named('Он получил звание Героя Армении.')).toEqual([['place', 'Армении']]);
    expect(named('Матч Кубка Армении прошёл вчера.')).toEqual([['place', 'Армении']]);
    expect(named('Жители Армении проголосовали.')).toEqual([['place', 'Армении']]);
  });

  it('leaves out an adjective that opens the sentence and begins no name', () => {
    expect(named('Нынешний Тамбов живёт иначе.')).toEqual([['place', 'Тамбов']]);
    expect(named('Весь Урал ждёт.')).toEqual([['place', 'Урал']]);
    expect(named('Южная Корея ответила.')).toEqual([['place', 'Южная Корея']]);
  });

  it('takes a quoted title after its work’s noun and its author as a work, not an organisation', () => {
    expect(named('Читайте в статье Тамбовского вестника «Жаркое лето».')).not.toContainEqual([
      'organization',
      'Жаркое лето',
    ]);
    expect(named('Прозвучала песня Аллы Марковой «Тихий вечер».')).not.toContainEqual([
      'organization',
      'Тихий вечер',
    ]);
    expect(named('Сотрудники компании «Тихий вечер» ответили.')).toEqual([['organization', 'Тихий вечер']]);
  });

  it('takes no technical acronym with its version, no product after «ОС», no craft after its noun', () => {
    expect(named('Игру переписали на HTML5 для мобильной ОС Tizen.')).toEqual([]);
    expect(named('Экипаж перешёл на борт станции «Салют-7».')).toEqual([]);
    expect(named('Отправка грузовиков «Альбатрос» отложена.')).toEqual([]);
  });

  it('reads hyphenated adjectives whole and tells an adjective from a head it begins like', () => {
    expect(found('В Юго-Западном федеральном округе спокойно.').map((c) => c.lemma)).toEqual([
      'Юго-Западный федеральный округ',
    ]);
    expect(found('Вчера Сан-Францисская фондовая биржа закрылась.').map((c) => c.lemma)).toEqual([
      'Сан-Францисская фондовая биржа',
    ]);
  });

  it('reads a participle that begins a well-known place, and no title after an adjective', () => {
    expect(found('Жители Соединённого Королевства недовольны.').map((c) => [c.type, c.lemma])).toEqual([
      ['place', 'Соединенное Королевство'],
    ]);
    expect(named('Вчера Избранный Президент выступил.')).toEqual([]);
  });

  it('keeps a place named in the plural in the plural, and takes no organisations in the plural', () => {
    expect(found('Туристы едут на Канарские острова.').map((c) => c.lemma)).toEqual(['Канарские острова']);
    expect(named('Правозащитные организации выступили против.')).toEqual([]);
  });

  it('takes a well-known place that az reads as no place, or not at all in that case', () => {
    expect(named('Он живёт в Луизиане.')).toEqual([['place', 'Луизиане']]);
    expect(named('Он вырос в Сакраменто.')).toEqual([['place', 'Сакраменто']]);
    expect(found('Он родился в Тусоне.').map((c) => c.lemma)).toEqual(['Тусон']);
  });

  it('reads a town named after a person as the person, but after a preposition of place as the town', () => {
    expect(named('Недалеко стоит памятник Чехову.').filter(([type]) => type === 'place')).toEqual([]);
    expect(named('Он живёт в Чехове.')).toEqual([['place', 'Чехове']]);
    expect(named('Подмосковный город Чехов растёт.')).toEqual([['place', 'Чехов']]);
  });

  it('types a country named with an organisation’s word as a place', () => {
    expect(named('Острова захвачены Советским Союзом в конце войны.')).toEqual([
      ['place', 'Советским Союзом'],
    ]);
  });

  it('takes a capitalised word after a settlement noun as the place, in the nominative as written', () => {
    expect(named('Охранника доставили в суд в городе Пеория.')).toEqual([['place', 'Пеория']]);
    expect(named('Беспорядки начались в районе Брикстон.')).toEqual([['place', 'Брикстон']]);
  });
});

describe('discoverEntities', () => {
  it('joins a bare surname to the person named by initials, whose forms keep the initials', () => {
    const entities = discoverEntities(
      sentences('Вчера Т. Жаксыбеков заявил о переговорах.', 'Жаксыбекову ответили в министерстве.'),
      [],
      morph,
    );
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name.ru)).toEqual(['Жаксыбеков']);
    const forms = people[0].forms.map((f) => f.text);
    expect(forms).toEqual(expect.arrayContaining(['Т. Жаксыбеков', 'Т. Жаксыбекову', 'Жаксыбекову']));
  });

  it('reads a first name az rates below a common word before a surname in the same case', () => {
    const [person] = discoverEntities(sentences('Книгу Розы Хуторянской издали вчера.'), [], morph);
    expect(person?.name.ru).toBe('Роза Хуторянская');
  });

  it('merges the mentions of one person into one entity with every form, romanised in English', () => {
    const entities = discoverEntities(
      sentences(
        'Политолог Нурлан Сейтимов выступил на форуме.',
        'Позицию Нурлана Сейтимова поддержали.',
        'Статья Н. Сейтимова вышла вчера.',
      ),
      [],
      morph,
    );
    const people = entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    const [person] = people;
    expect(person.origin).toBe('discovered');
    expect(person.name).toEqual({ en: 'Nurlan Seytimov', ru: 'Нурлан Сейтимов' });
    const forms = person.forms.map((f) => f.text);
    expect(forms).toEqual(
      expect.arrayContaining([
        'Нурлан Сейтимов',
        'Нурлана Сейтимова',
        'Сейтимову',
        'Nurlan Seytimov',
        'Seytimov',
      ]),
    );
    expect(person.forms.find((f) => f.text === 'Сейтимову')?.kind).toBe('surname');
  });

  it('adds nothing that a known entity already names', () => {
    const known = [
      {
        id: 'ots',
        type: 'organization' as const,
        name: { en: 'Organization of Turkic States', ru: 'Организация тюркских государств' },
        description: { en: '', ru: '' },
        forms: [
          { text: 'ОТГ', kind: 'acronym' as const, lang: 'ru' as const },
          { text: 'XII Саммите ОТГ', kind: 'full' as const, lang: 'ru' as const },
        ],
        links: [],
        origin: 'gazetteer' as const,
      },
    ];
    const entities = discoverEntities(
      sentences('Участники XII Саммите ОТГ и ОДКБ обсудили ОТГ.'),
      known,
      morph,
    );
    expect(entities.map((e) => nameKey(e.name.ru ?? ''))).toEqual(['одкб']);
  });

  it('learns a quoted or an organisation’s name that holds a known name, and no piece of a known name', () => {
    const known = [
      {
        id: 'armenia',
        type: 'place' as const,
        name: { en: 'Armenia', ru: 'Армения' },
        description: { en: '', ru: '' },
        forms: ['Армения', 'Армении', 'Армению', 'Арменией'].map((text) => ({
          text,
          kind: 'full' as const,
          lang: 'ru' as const,
        })),
        links: [],
        origin: 'gazetteer' as const,
      },
    ];
    const entities = discoverEntities(
      sentences('На съезде партии «Процветающая Армения» выступил лидер.', 'Ставку снизил Банк Армении.'),
      known,
      morph,
    );
    expect(entities.map((e) => [e.type, e.name.ru])).toEqual([
      ['organization', 'Процветающая Армения'],
      ['organization', 'Банк Армении'],
    ]);
  });

  it('learns a quoted name written in another case under its nominative, with every case', () => {
    const entities = discoverEntities(
      sentences(
        'Съезд «Справедливой Армении» прошёл.',
        'Ведущий «Эха Тамбова» спросил.',
        'Сотрудники «Рассвета» ответили.',
      ),
      [],
      morph,
    );
    expect(entities.map((e) => e.name.ru)).toEqual(['Справедливая Армения', 'Эхо Тамбова', 'Рассвет']);
    expect(entities[1].forms.map((f) => f.text)).toContain('Эхо Тамбова');
    expect(entities[2].forms.map((f) => f.text)).toContain('Рассветом');
  });

  it('names a well-known organisation as the English-language press does, and paints that name', () => {
    const [reuters] = discoverEntities(
      sentences('Как сообщает агентство Рейтер, сделка закрыта.'),
      [],
      morph,
    );
    expect(reuters.name).toEqual({ en: 'Reuters', ru: 'Рейтер' });
    expect(reuters.forms).toContainEqual({ text: 'Reuters', kind: 'full', lang: 'en' });
  });

  it('learns a place that holds a known place: «Западной Европы»', () => {
    const known = [
      {
        id: 'africa',
        type: 'place' as const,
        name: { en: 'Africa', ru: 'Африка' },
        description: { en: '', ru: '' },
        forms: ['Африка', 'Африки', 'Африке'].map((text) => ({
          text,
          kind: 'full' as const,
          lang: 'ru' as const,
        })),
        links: [],
        origin: 'gazetteer' as const,
      },
    ];
    const entities = discoverEntities(sentences('Засуха охватила страны Восточной Африки.'), known, morph);
    expect(entities.map((e) => [e.type, e.name.ru])).toEqual([['place', 'Восточная Африка']]);
  });

  it('learns a site named by its lower-case address, and a well-known organisation quoted after any word', () => {
    const entities = discoverEntities(
      sentences('Об этом сообщает tambovinfo.ru.', 'В рамках этого проекта «Роскомнадзор» проверил сайты.'),
      [],
      morph,
    );
    expect(entities.map((e) => [e.type, e.name.ru])).toEqual([
      ['organization', 'tambovinfo.ru'],
      ['organization', 'Роскомнадзор'],
    ]);
  });

  it('keeps a person’s name as written among the forms, whatever its nominative came out as', () => {
    const [person] = discoverEntities(sentences('Об этом заявил Дейв Маринелли, глава отдела.'), [], morph);
    expect(person.forms.map((f) => f.text)).toContain('Дейв Маринелли');
  });

  it('learns names of adjectives and a place or organisation noun named once', () => {
    const entities = discoverEntities(
      sentences(
        'Губернатор Тамбовской области выступил.',
        'Он работал на Тамбовском трубопрокатном заводе.',
        'Блоки Ровенской атомной электростанции достроят.',
      ),
      [],
      morph,
    );
    expect(entities.map((e) => [e.type, e.name.ru])).toEqual([
      ['place', 'Тамбовская область'],
      ['organization', 'Тамбовский трубопрокатный завод'],
      ['organization', 'Ровенская атомная электростанция'],
    ]);
  });
});
