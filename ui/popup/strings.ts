// The popup's own words, in English and Russian; the browser's language chooses (lib/i18n uiLangOf).
import { plural, TYPE_LABEL, type StringTables } from '../../lib/i18n';
import type { EntityType } from '../../lib/model';

export interface PopupStrings {
  appName: string;
  searchLabel: string;
  searchPlaceholder: string;
  resultsLabel: string;
  entitiesHeading: string;
  passagesHeading: string;
  noResults: (query: string) => string;
  quoted: (text: string) => string;
  searchFailed: string;
  mentions: (count: number) => string;
  mentionsInArticles: (mentions: number, articles: number) => string;
  back: string;
  related: string;
  cardMissing: string;
  onThisPage: string;
  pageLoading: string;
  pageNothingFound: string;
  pageUnavailable: string;
  annotateSite: (host: string) => string;
  annotateSiteUnavailable: string;
  pauseEverywhere: string;
  pausedNote: string;
  siteOffNote: string;
  revealHint: (name: string) => string;
  addPage: string;
  addingPage: string;
  pageAdded: (title: string, newEntities: number) => string;
  pageRefused: (reason: string) => string;
  /** The button that adds a page refused for its language, for the names the library knows only. */
  addNamesOnly: string;
  pageNoArticle: string;
  pageAddFailed: string;
  status: (entities: number, articles: number) => string;
  /** Said when the newest names could not be handed to pages (storage full, or refused). */
  pagesBehind: (why: 'quota' | 'failed') => string;
  types: Record<EntityType, string>;
}

const en: PopupStrings = {
  appName: 'Context Lens',
  searchLabel: 'Search the corpus',
  searchPlaceholder: 'Search people, places, passages…',
  resultsLabel: 'Search results',
  entitiesHeading: 'Entities',
  passagesHeading: 'Passages',
  noResults: (q) => `No results for “${q}”`,
  quoted: (text) => `“${text}”`,
  searchFailed: 'Search is not available right now.',
  mentions: (n) => plural('en', n, { one: '# mention', other: '# mentions' }),
  mentionsInArticles: (m, a) =>
    `${plural('en', m, { one: '# mention', other: '# mentions' })} in ${plural('en', a, { one: '# article', other: '# articles' })}`,
  back: 'Back',
  related: 'Related',
  cardMissing: 'This entity is no longer in the index.',
  onThisPage: 'On this page',
  pageLoading: 'Looking at this page…',
  pageNothingFound: 'No entities of the corpus on this page.',
  pageUnavailable: 'Context Lens does not run on this page (browser pages and the web store are off limits).',
  annotateSite: (host) => `Annotate ${host}`,
  annotateSiteUnavailable: 'Annotate this site',
  pauseEverywhere: 'Pause everywhere',
  pausedNote: 'Paused: no page is annotated.',
  siteOffNote: 'Annotation is off for this site.',
  revealHint: (name) => `Show ${name} on the page`,
  addPage: 'Add this page to the library',
  addingPage: 'Adding this page…',
  pageAdded: (title, n) =>
    `Added “${title}”${n ? ` · ${plural('en', n, { one: '# new entity', other: '# new entities' })}` : ''}`,
  pageRefused: (reason) => `Not added: ${reason}`,
  addNamesOnly: 'Add it for known names only',
  pageNoArticle: 'No article found on this page.',
  pageAddFailed: 'Could not read this page.',
  pagesBehind: (why) =>
    why === 'quota'
      ? 'The browser’s storage for the extension is full: the newest names are in the library but not yet on pages.'
      : 'The newest names could not be handed to pages; they are in the library.',
  status: (e, a) =>
    `${plural('en', e, { one: '# entity', other: '# entities' })} from ${plural('en', a, { one: '# article', other: '# articles' })}`,
  types: TYPE_LABEL.en,
};

const ru: PopupStrings = {
  appName: 'Context Lens',
  searchLabel: 'Поиск по корпусу',
  searchPlaceholder: 'Люди, места, цитаты…',
  resultsLabel: 'Результаты поиска',
  entitiesHeading: 'Сущности',
  passagesHeading: 'Фрагменты',
  noResults: (q) => `Ничего не найдено по запросу «${q}»`,
  quoted: (text) => `«${text}»`,
  searchFailed: 'Поиск сейчас недоступен.',
  mentions: (n) => plural('ru', n, { one: '# упоминание', few: '# упоминания', other: '# упоминаний' }),
  mentionsInArticles: (m, a) =>
    `${plural('ru', m, { one: '# упоминание', few: '# упоминания', other: '# упоминаний' })} в ${plural('ru', a, { one: '# статье', other: '# статьях' })}`,
  back: 'Назад',
  related: 'Связанные',
  cardMissing: 'Этой сущности больше нет в индексе.',
  onThisPage: 'На этой странице',
  pageLoading: 'Смотрим на страницу…',
  pageNothingFound: 'На этой странице нет сущностей корпуса.',
  pageUnavailable:
    'Context Lens не работает на этой странице (служебные страницы браузера и магазин расширений недоступны).',
  annotateSite: (host) => `Подсвечивать на ${host}`,
  annotateSiteUnavailable: 'Подсвечивать на этом сайте',
  pauseEverywhere: 'Приостановить везде',
  pausedNote: 'Пауза: подсветка выключена на всех сайтах.',
  siteOffNote: 'Подсветка на этом сайте выключена.',
  revealHint: (name) => `Показать «${name}» на странице`,
  addPage: 'Добавить страницу в библиотеку',
  addingPage: 'Добавляем страницу…',
  pageAdded: (title, n) =>
    `Добавлено: «${title}»${n ? ` · ${plural('ru', n, { one: '# новая сущность', few: '# новые сущности', other: '# новых сущностей' })}` : ''}`,
  pageRefused: (reason) => `Не добавлено: ${reason}`,
  addNamesOnly: 'Добавить только ради известных имён',
  pageNoArticle: 'На этой странице не найдено статьи.',
  pageAddFailed: 'Не удалось прочитать страницу.',
  pagesBehind: (why) =>
    why === 'quota'
      ? 'Хранилище браузера для расширения заполнено: новые имена есть в библиотеке, но на страницах пока не подсвечиваются.'
      : 'Новые имена не удалось передать страницам; в библиотеке они есть.',
  status: (e, a) =>
    `${plural('ru', e, { one: '# сущность', few: '# сущности', other: '# сущностей' })} из ${plural('ru', a, { one: '# статьи', other: '# статей' })}`,
  types: TYPE_LABEL.ru,
};

export const POPUP_STRINGS: StringTables<PopupStrings> = { en, ru };
