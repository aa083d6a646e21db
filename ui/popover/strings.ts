// The popover's own words, in English and Russian. The UI language follows the page's.
import { plural, TYPE_LABEL, type StringTables } from '../../lib/i18n';
import type { EntityType, Lang } from '../../lib/model';

const en = {
  close: 'Close',
  loading: 'Loading…',
  notFound: 'This entity is no longer in the index.',
  unavailable: 'The extension is not answering. Reload the page and try again.',
  related: 'Related',
  showAll: 'Show all',
  openInReader: 'Open in reader',
  back: 'Back',
  original: 'Original',
  translate: 'Translate',
  translating: 'Translating…',
  showOriginal: 'Show original',
  type: TYPE_LABEL.en,
};

export type Strings = typeof en;

const ru: Strings = {
  close: 'Закрыть',
  loading: 'Загрузка…',
  notFound: 'Этой сущности больше нет в индексе.',
  unavailable: 'Расширение не отвечает. Перезагрузите страницу и попробуйте снова.',
  related: 'Связанные',
  showAll: 'Показать всё',
  openInReader: 'Открыть в читалке',
  back: 'Назад',
  original: 'Оригинал',
  translate: 'Перевести',
  translating: 'Перевод…',
  showOriginal: 'Показать оригинал',
  type: TYPE_LABEL.ru,
};

const STRINGS: StringTables<Strings> = { en, ru };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

export function typeLabel(type: EntityType, lang: Lang): string {
  return STRINGS[lang].type[type];
}

/** "12 mentions in 3 articles" / "12 упоминаний в 3 статьях", with the right plural forms. */
export function mentionsLine(mentions: number, articles: number, lang: Lang): string {
  if (lang === 'ru') {
    return `${plural('ru', mentions, { one: '# упоминание', few: '# упоминания', other: '# упоминаний' })} в ${plural('ru', articles, { one: '# статье', other: '# статьях' })}`;
  }
  return `${plural('en', mentions, { one: '# mention', other: '# mentions' })} in ${plural('en', articles, { one: '# article', other: '# articles' })}`;
}
