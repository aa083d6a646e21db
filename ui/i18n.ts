// The extension's own words, in English and Russian. The UI language follows the browser's.
import type { EntityType, Lang } from '../lib/model';

const STRINGS = {
  en: {
    close: 'Close',
    loading: 'Loading…',
    notFound: 'This entity is no longer in the index.',
    unavailable: 'The extension is not answering. Reload the page and try again.',
    related: 'Related',
    showAll: 'Show all',
    openInReader: 'Open in reader',
    back: 'Back',
    noDate: 'undated',
    original: 'Original',
    translate: 'Translate',
    translating: 'Translating…',
    showOriginal: 'Show original',
    type: {
      person: 'Person',
      organization: 'Organisation',
      place: 'Place',
      project: 'Project',
      document: 'Document',
      event: 'Event',
    },
  },
  ru: {
    close: 'Закрыть',
    loading: 'Загрузка…',
    notFound: 'Этой сущности больше нет в индексе.',
    unavailable: 'Расширение не отвечает. Перезагрузите страницу и попробуйте снова.',
    related: 'Связанные',
    showAll: 'Показать всё',
    openInReader: 'Открыть в читалке',
    back: 'Назад',
    noDate: 'без даты',
    original: 'Оригинал',
    translate: 'Перевести',
    translating: 'Перевод…',
    showOriginal: 'Показать оригинал',
    type: {
      person: 'Персона',
      organization: 'Организация',
      place: 'Место',
      project: 'Проект',
      document: 'Документ',
      event: 'Событие',
    },
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof STRINGS)['en'];

/** The UI language for a BCP 47 tag such as navigator.language: Russian for 'ru*', English otherwise. */
export function uiLangOf(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

export function typeLabel(type: EntityType, lang: Lang): string {
  return STRINGS[lang].type[type];
}

/** "12 mentions in 3 articles" / "12 упоминаний в 3 статьях", with the right plural forms. */
export function mentionsLine(mentions: number, articles: number, lang: Lang): string {
  if (lang === 'ru') {
    return `${mentions} ${ruPlural(mentions, 'упоминание', 'упоминания', 'упоминаний')} в ${articles} ${ruPlural(articles, 'статье', 'статьях', 'статьях')}`;
  }
  return `${mentions} ${mentions === 1 ? 'mention' : 'mentions'} in ${articles} ${articles === 1 ? 'article' : 'articles'}`;
}

function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** A corpus date (yyyy-mm-dd) as the reader writes dates: "12 March 2025" / "12 марта 2025". */
export function formatDate(iso: string | null, lang: Lang): string {
  if (!iso) return STRINGS[lang].noDate;
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
