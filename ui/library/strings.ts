// The library's own words, in English and Russian; the page follows the browser's language.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { counter, TYPE_GROUP_LABEL, TYPE_LABEL, type StringTables } from '../../lib/i18n';
import type { EntityType, Lang } from '../../lib/model';

/** "1 article", "2 articles" / "1 статья", "2 статьи", "5 статей". */
type Count = (n: number) => string;

const en = (one: string, many = `${one}s`): Count => counter('en', { one: `# ${one}`, other: `# ${many}` });
const ru = (one: string, few: string, many: string): Count =>
  counter('ru', { one: `# ${one}`, few: `# ${few}`, other: `# ${many}` });

export interface LibraryStrings {
  lang: Lang;
  tabs: { articles: string; entities: string; add: string; sources: string; settings: string };
  loading: string;
  unreadable: string;
  articles: {
    heading: string;
    all: string;
    corpus: string;
    yours: string;
    /** Articles of the subscribed packs. */
    packs: string;
    none: string;
    noneYours: string;
    addFirst: string;
    remove: string;
    removeLabel: (title: string) => string;
    removeConfirm: (title: string) => string;
  };
  reader: { back: string; gone: string; allArticles: string; original: string; entitiesHere: string };
  language: {
    /** "Language" (the label of the correction). */
    label: string;
    ru: string;
    en: string;
    /** The option "another language: names only". */
    other: string;
    /** The article's language as the list shows it: "Kazakh · names only". */
    namesOnly: (language: string) => string;
    /** The card's explanation of a names-only article. */
    namesOnlyNote: (language: string) => string;
    rereading: string;
    reread: string;
    /** The button beside a refusal for another language. */
    addNamesOnly: string;
  };
  entities: {
    heading: string;
    search: string;
    all: string;
    searching: string;
    noMatch: (q: string) => string;
  };
  entity: {
    back: string;
    gone: string;
    allEntities: string;
    fromYours: string;
    mentionsIn: (mentions: number, articles: number) => string;
    mentions: string;
    noMentions: string;
    timeline: string;
    timelineLabel: string;
    undated: (n: number) => string;
    related: string;
    shared: string;
    forms: string;
    english: string;
    russian: string;
  };
  add: {
    heading: string;
    lede: string;
    paste: string;
    title: string;
    titleHint: string;
    source: string;
    optional: string;
    text: string;
    addArticle: string;
    files: string;
    drop: string;
    choose: string;
    filesHint: (size: string) => string;
    progressLabel: string;
    progress: (done: number, total: number) => string;
    /** Articles a second, and the seconds left at that rate. */
    rate: (perSecond: number, secondsLeft: number) => string;
    cancel: string;
    cancelled: (notSent: number) => string;
    added: (n: number, entities: number) => string;
    notAdded: string;
    more: (n: number) => string;
  };
  sources: {
    heading: string;
    intro: string;
    urlLabel: string;
    subscribe: string;
    subscribing: string;
    denied: (host: string) => string;
    failed: string;
    subscribed: (name: string) => string;
    none: string;
    checkNow: string;
    enabled: string;
    unsubscribe: string;
    unsubscribeConfirm: (name: string) => string;
    details: (p: { version: number; size: string; articles: number; entities: number }) => string;
    fingerprint: string;
    checked: (when: string) => string;
    expires: (when: string) => string;
    lastError: string;
  };
  settings: {
    heading: string;
    highlighting: string;
    onPages: string;
    types: string;
    mentions: string;
    every: string;
    first: string;
    style: string;
    underline: string;
    background: string;
    hover: string;
    hoverNever: string;
    ms: (n: number) => string;
    sites: string;
    sitesHint: string;
    own: string;
    ownEverywhere: string;
    ownAllowed: string;
    ownNowhere: string;
    ownHint: string;
    library: string;
    libraryText: string;
    export: string;
    import: string;
    wipe: string;
    wipeConfirm: string;
    importLabel: string;
    exported: (articles: number, entities: number) => string;
    imported: (articles: number, entities: number) => string;
    removed: (articles: number, entities: number) => string;
    exportFailed: string;
    /** Lines of the file gathered or sent so far, of all. */
    exporting: (done: number, total: number) => string;
    importing: (done: number, total: number) => string;
    empty: string;
    tooLarge: (size: string) => string;
  };
  origin: { user: string; seed: string };
  count: { article: Count; entity: Count; mention: Count; sentence: Count };
  type: Record<EntityType, string>;
  types: Record<EntityType, string>;
}

const EN: LibraryStrings = {
  lang: 'en',
  tabs: {
    articles: 'Articles',
    entities: 'Entities',
    add: 'Add articles',
    sources: 'Sources',
    settings: 'Settings',
  },
  loading: 'Loading the library…',
  unreadable: 'The library could not be read:',
  articles: {
    heading: 'Articles',
    all: 'All',
    corpus: 'Corpus',
    yours: 'Yours',
    packs: 'Packs',
    none: 'No articles.',
    noneYours: 'You have not added any article yet.',
    addFirst: 'Add your first',
    remove: 'Remove',
    removeLabel: (t) => `Remove “${t}”`,
    removeConfirm: (t) => `Remove “${t}” from your library, with the entities only it names?`,
  },
  reader: {
    back: '← Articles',
    gone: 'This article is no longer in the library.',
    allArticles: 'All articles',
    original: 'Original page',
    entitiesHere: 'Entities in this article',
  },
  language: {
    label: 'Language',
    ru: 'Russian',
    en: 'English',
    other: 'Another language: names only',
    namesOnly: (language) => `${language} · names only`,
    namesOnlyNote: (language) =>
      `Read for names only: the text reads as ${language}, a language Context Lens does not read. The names the library already knows are marked in it; no new names were taken from it.`,
    rereading: 'Reading the article again…',
    reread: 'Read again.',
    addNamesOnly: 'Add for names only',
  },
  entities: {
    heading: 'Entities',
    search: 'Search names in English or Russian…',
    all: 'All',
    searching: 'Searching the names…',
    noMatch: (q) => `No entity matches “${q}”.`,
  },
  entity: {
    back: '← Entities',
    gone: 'This entity is no longer in the index.',
    allEntities: 'All entities',
    fromYours: 'From your articles',
    mentionsIn: (m, a) => `${en('mention')(m)} in ${en('article')(a)}`,
    mentions: 'Mentions',
    noMentions: 'No article names it yet.',
    timeline: 'Timeline',
    timelineLabel: 'Mentions by article date',
    undated: (n) => `and ${en('mention')(n)} in undated articles`,
    related: 'Related',
    shared: 'sentences naming both',
    forms: 'Names and forms',
    english: 'English',
    russian: 'Russian',
  },
  add: {
    heading: 'Add articles',
    lede: 'Articles you add are read like the corpus: their people, organisations and places are found, and highlighted on every page you visit. Russian and English texts.',
    paste: 'Paste a text',
    title: 'Title',
    titleHint: '(optional: else the first line)',
    source: 'Source',
    optional: '(optional)',
    text: 'Text',
    addArticle: 'Add article',
    files: 'Add files',
    drop: 'Drop .txt or .html files here, or',
    choose: 'Choose files…',
    filesHint: (size) => `Up to ${size} a file; as many files as you like.`,
    progressLabel: 'Adding articles',
    progress: (d, t) => `${d} of ${en('article')(t)}`,
    rate: (r, s) =>
      `${r.toFixed(1)} articles/s, about ${s < 90 ? `${s} s` : `${Math.round(s / 60)} min`} left`,
    cancel: 'Cancel',
    cancelled: (n) => `Cancelled: ${en('article')(n)} not added; those added before are kept.`,
    added: (n, e) =>
      `Added ${en('article')(n)}${e > 0 ? `, with ${en('new entity', 'new entities')(e)}` : ''}.`,
    notAdded: 'Not added:',
    more: (n) => `…and ${n} more.`,
  },
  sources: {
    heading: 'Sources',
    intro:
      'A pack is a corpus that a newsroom, a research group or a class publishes on the web; subscribe by the address of its pack.json and its articles and names join your library, kept up to date. Context Lens asks to fetch from that site only.',
    urlLabel: 'Address of a pack (pack.json)',
    subscribe: 'Subscribe',
    subscribing: 'Fetching and verifying the pack…',
    denied: (host) => `Not subscribed: Context Lens was not allowed to fetch from ${host}.`,
    failed: 'Not subscribed:',
    subscribed: (name) => `Subscribed to “${name}”.`,
    none: 'No subscribed packs.',
    checkNow: 'Check for updates',
    enabled: 'Enabled',
    unsubscribe: 'Unsubscribe',
    unsubscribeConfirm: (name) =>
      `Unsubscribe from “${name}”? Its articles and names leave the library; your own articles stay.`,
    details: ({ version, size, articles, entities }) =>
      `version ${version} · ${size} · ${en('article')(articles)} · ${en('entity', 'entities')(entities)}`,
    fingerprint: 'Signer’s key',
    checked: (when) => `checked ${when}`,
    expires: (when) => `next check ${when}`,
    lastError: 'Last update failed; the version shown is kept:',
  },
  settings: {
    heading: 'Settings',
    highlighting: 'Highlighting',
    onPages: 'Highlight names on web pages',
    types: 'Entity types',
    mentions: 'Mentions',
    every: 'Every mention',
    first: 'First mention of each entity on a page',
    style: 'Style',
    underline: 'Underline',
    background: 'Background',
    hover: 'Open the card on hover after',
    hoverNever: 'never (click only)',
    ms: (n) => `${n} ms`,
    sites: 'Sites where nothing is highlighted',
    sitesHint: '(one per line)',
    own: 'Names found only in your own articles',
    ownEverywhere: 'Highlight them on every site',
    ownAllowed: 'Highlight them only on these sites:',
    ownNowhere: 'Never highlight them on web pages',
    ownHint:
      'A site can tell which names are highlighted on it, and so learn which names your library holds.',
    library: 'Your library',
    libraryText:
      'Export your articles, the entities found in them and these settings to one file; import it here or in another browser.',
    export: 'Export…',
    import: 'Import…',
    wipe: 'Remove all my articles…',
    importLabel: 'Import a library file',
    wipeConfirm:
      'Remove every article you added, and the entities only they named? Export first to keep a copy.',
    exported: (a, e) => `Exported ${en('article')(a)} and ${en('entity', 'entities')(e)}.`,
    imported: (a, e) => `Imported ${en('article')(a)} and ${en('entity', 'entities')(e)}.`,
    removed: (a, e) => `Removed ${en('article')(a)} and ${en('entity', 'entities')(e)}.`,
    exportFailed: 'Export failed:',
    exporting: (d, n) =>
      `Exporting… ${Math.round((100 * d) / n)}% (${d.toLocaleString('en')} of ${n.toLocaleString('en')} lines)`,
    importing: (d, n) =>
      `Importing… ${Math.round((100 * d) / n)}% (${d.toLocaleString('en')} of ${n.toLocaleString('en')} lines checked)`,
    empty: 'The file is empty.',
    tooLarge: (s) => `The file is ${s}; a library export this large is not one this extension wrote.`,
  },
  origin: { user: 'Yours', seed: 'Corpus' },
  count: {
    article: en('article'),
    entity: en('entity', 'entities'),
    mention: en('mention'),
    sentence: en('sentence'),
  },
  type: TYPE_LABEL.en,
  types: TYPE_GROUP_LABEL.en,
};

const RU: LibraryStrings = {
  lang: 'ru',
  tabs: {
    articles: 'Статьи',
    entities: 'Сущности',
    add: 'Добавить статьи',
    sources: 'Источники',
    settings: 'Настройки',
  },
  loading: 'Загрузка библиотеки…',
  unreadable: 'Не удалось прочитать библиотеку:',
  articles: {
    heading: 'Статьи',
    all: 'Все',
    corpus: 'Корпус',
    yours: 'Ваши',
    packs: 'Пакеты',
    none: 'Статей нет.',
    noneYours: 'Вы ещё не добавили ни одной статьи.',
    addFirst: 'Добавить первую',
    remove: 'Удалить',
    removeLabel: (t) => `Удалить «${t}»`,
    removeConfirm: (t) => `Удалить «${t}» из библиотеки вместе с сущностями, которые называет только она?`,
  },
  reader: {
    back: '← Статьи',
    gone: 'Этой статьи больше нет в библиотеке.',
    allArticles: 'Все статьи',
    original: 'Исходная страница',
    entitiesHere: 'Сущности в этой статье',
  },
  language: {
    label: 'Язык',
    ru: 'русский',
    en: 'английский',
    other: 'Другой язык: только известные имена',
    namesOnly: (language) => `${language} · только известные имена`,
    namesOnlyNote: (language) =>
      `Прочитана только ради известных имён: текст похож на ${language}, а этот язык Context Lens не читает. Имена, которые библиотека уже знает, в ней отмечены; новых имён из неё не взято.`,
    rereading: 'Статья читается заново…',
    reread: 'Прочитана заново.',
    addNamesOnly: 'Добавить ради известных имён',
  },
  entities: {
    heading: 'Сущности',
    search: 'Поиск по именам на русском или английском…',
    all: 'Все',
    searching: 'Ищем по именам…',
    noMatch: (q) => `Ничего не найдено по запросу «${q}».`,
  },
  entity: {
    back: '← Сущности',
    gone: 'Этой сущности больше нет в индексе.',
    allEntities: 'Все сущности',
    fromYours: 'Из ваших статей',
    mentionsIn: (m, a) =>
      `${ru('упоминание', 'упоминания', 'упоминаний')(m)} в ${ru('статье', 'статьях', 'статьях')(a)}`,
    mentions: 'Упоминания',
    noMentions: 'Ни одна статья её пока не называет.',
    timeline: 'Хронология',
    timelineLabel: 'Упоминания по датам статей',
    undated: (n) => `и ${ru('упоминание', 'упоминания', 'упоминаний')(n)} в статьях без даты`,
    related: 'Связанные',
    shared: 'предложений, где названы обе',
    forms: 'Имена и формы',
    english: 'Английский',
    russian: 'Русский',
  },
  add: {
    heading: 'Добавить статьи',
    lede: 'Добавленные статьи читаются как корпус: в них находятся люди, организации и места, и они подсвечиваются на всех страницах, которые вы открываете. Тексты на русском и английском.',
    paste: 'Вставить текст',
    title: 'Заголовок',
    titleHint: '(необязательно: иначе первая строка)',
    source: 'Источник',
    optional: '(необязательно)',
    text: 'Текст',
    addArticle: 'Добавить статью',
    files: 'Добавить файлы',
    drop: 'Перетащите сюда файлы .txt или .html или',
    choose: 'Выбрать файлы…',
    filesHint: (size) => `До ${size} на файл; файлов сколько угодно.`,
    progressLabel: 'Добавление статей',
    progress: (d, t) => `${d} из ${ru('статьи', 'статей', 'статей')(t)}`,
    rate: (r, s) =>
      `${r.toFixed(1).replace('.', ',')} статьи/с, осталось около ${s < 90 ? `${s} с` : `${Math.round(s / 60)} мин`}`,
    cancel: 'Отменить',
    cancelled: (n) =>
      `Отменено: не добавлено ${ru('статья', 'статьи', 'статей')(n)}; добавленные ранее сохранены.`,
    added: (n, e) =>
      `Добавлено: ${ru('статья', 'статьи', 'статей')(n)}${e > 0 ? `, новых сущностей: ${e}` : ''}.`,
    notAdded: 'Не добавлено:',
    more: (n) => `…и ещё ${n}.`,
  },
  sources: {
    heading: 'Источники',
    intro:
      'Пакет — это корпус, который редакция, исследовательская группа или класс публикует в сети; подпишитесь по адресу его pack.json, и его статьи и имена войдут в вашу библиотеку и будут обновляться. Context Lens попросит доступ только к этому сайту.',
    urlLabel: 'Адрес пакета (pack.json)',
    subscribe: 'Подписаться',
    subscribing: 'Загрузка и проверка пакета…',
    denied: (host) => `Подписка не оформлена: Context Lens не получил доступа к ${host}.`,
    failed: 'Подписка не оформлена:',
    subscribed: (name) => `Вы подписаны на «${name}».`,
    none: 'Подписок нет.',
    checkNow: 'Проверить обновления',
    enabled: 'Включён',
    unsubscribe: 'Отписаться',
    unsubscribeConfirm: (name) =>
      `Отписаться от «${name}»? Его статьи и имена уйдут из библиотеки; ваши статьи останутся.`,
    details: ({ version, size, articles, entities }) =>
      `версия ${version} · ${size} · ${ru('статья', 'статьи', 'статей')(articles)} · ${ru('сущность', 'сущности', 'сущностей')(entities)}`,
    fingerprint: 'Ключ подписи',
    checked: (when) => `проверен ${when}`,
    expires: (when) => `следующая проверка ${when}`,
    lastError: 'Последнее обновление не удалось; показанная версия сохранена:',
  },
  settings: {
    heading: 'Настройки',
    highlighting: 'Подсветка',
    onPages: 'Подсвечивать имена на веб-страницах',
    types: 'Типы сущностей',
    mentions: 'Упоминания',
    every: 'Каждое упоминание',
    first: 'Только первое упоминание каждой сущности на странице',
    style: 'Стиль',
    underline: 'Подчёркивание',
    background: 'Фон',
    hover: 'Открывать карточку при наведении через',
    hoverNever: 'никогда (только по щелчку)',
    ms: (n) => `${n} мс`,
    sites: 'Сайты без подсветки',
    sitesHint: '(по одному в строке)',
    own: 'Имена, которые есть только в ваших статьях',
    ownEverywhere: 'Подсвечивать на всех сайтах',
    ownAllowed: 'Подсвечивать только на этих сайтах:',
    ownNowhere: 'Никогда не подсвечивать на веб-страницах',
    ownHint:
      'Сайт может узнать, какие имена на нём подсвечены, а значит — какие имена есть в вашей библиотеке.',
    library: 'Ваша библиотека',
    libraryText:
      'Экспортируйте свои статьи, найденные в них сущности и эти настройки в один файл; импортируйте его здесь или в другом браузере.',
    export: 'Экспорт…',
    import: 'Импорт…',
    wipe: 'Удалить все мои статьи…',
    importLabel: 'Импортировать файл библиотеки',
    wipeConfirm:
      'Удалить все добавленные вами статьи и сущности, которые называют только они? Сначала сделайте экспорт, чтобы сохранить копию.',
    exported: (a, e) =>
      `Экспортировано: ${ru('статья', 'статьи', 'статей')(a)}, ${ru('сущность', 'сущности', 'сущностей')(e)}.`,
    imported: (a, e) =>
      `Импортировано: ${ru('статья', 'статьи', 'статей')(a)}, ${ru('сущность', 'сущности', 'сущностей')(e)}.`,
    removed: (a, e) =>
      `Удалено: ${ru('статья', 'статьи', 'статей')(a)}, ${ru('сущность', 'сущности', 'сущностей')(e)}.`,
    exportFailed: 'Экспорт не удался:',
    exporting: (d, n) =>
      `Экспорт… ${Math.round((100 * d) / n)}% (${d.toLocaleString('ru')} из ${n.toLocaleString('ru')} строк)`,
    importing: (d, n) =>
      `Импорт… ${Math.round((100 * d) / n)}% (проверено ${d.toLocaleString('ru')} из ${n.toLocaleString('ru')} строк)`,
    empty: 'Файл пуст.',
    tooLarge: (s) => `Файл весит ${s}; такой большой экспорт это расширение не создавало.`,
  },
  origin: { user: 'Ваша', seed: 'Корпус' },
  count: {
    article: ru('статья', 'статьи', 'статей'),
    entity: ru('сущность', 'сущности', 'сущностей'),
    mention: ru('упоминание', 'упоминания', 'упоминаний'),
    sentence: ru('предложение', 'предложения', 'предложений'),
  },
  type: TYPE_LABEL.ru,
  types: TYPE_GROUP_LABEL.ru,
};

const LIBRARY_STRINGS: StringTables<LibraryStrings> = { en: EN, ru: RU };

export function libraryStrings(lang: Lang): LibraryStrings {
  return LIBRARY_STRINGS[lang];
}

export const StringsContext = createContext<LibraryStrings>(EN);

export function useStrings(): LibraryStrings {
  return useContext(StringsContext);
}
