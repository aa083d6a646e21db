// The extension's language rules, in one place: which UI language a browser gets, how counts are
// pluralised (Intl.PluralRules), how dates are written, and the entity types' names. The string tables
// of each app (popover, popup, library) are typed StringTables, so the compiler proves that every
// language has every key.
import type { EntityType, Lang } from './model';

/** The languages of the UI, the first being the fallback. */
export const UI_LANGS = ['en', 'ru'] as const satisfies readonly Lang[];

/** One table per UI language: a table that lacks a key, or has one more, does not compile. */
export type StringTables<T> = { readonly [L in Lang]: T };

/** The UI language for a BCP 47 tag such as navigator.language: Russian for 'ru*', English otherwise. */
export function uiLangOf(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** A count's words by plural category; `#` stands for the number. `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** "1 mention", "3 упоминания", "11 упоминаний": the form the language's plural rules pick for n. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return (forms[rules.select(n)] ?? forms.other).replace('#', n.toLocaleString(lang));
}

/** `plural` with its forms fixed: a function of the count, for string tables. */
export const counter =
  (lang: Lang, forms: PluralForms) =>
  (n: number): string =>
    plural(lang, n, forms);

/** What a missing date reads as. */
const UNDATED: StringTables<string> = { en: 'undated', ru: 'без даты' };

const DATE_LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A corpus date (yyyy-mm-dd) as the reader's language writes it: 'long' "12 March 2025" / "12 марта
 * 2025 г.", 'short' "12 Mar 2025" / "12 мар. 2025 г."; UNDATED for none. Other text is returned as it is.
 */
export function formatDate(iso: string | null, lang: Lang, length: 'long' | 'short' = 'long'): string {
  if (!iso) return UNDATED[lang];
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const key = `${lang}-${length}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      day: 'numeric',
      month: length,
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])));
}

/** The name of each entity type, one thing of it ("Person") and many ("People"). */
export const TYPE_LABEL: StringTables<Record<EntityType, string>> = {
  en: {
    person: 'Person',
    organization: 'Organisation',
    place: 'Place',
    project: 'Project',
    document: 'Document',
    event: 'Event',
  },
  ru: {
    person: 'Персона',
    organization: 'Организация',
    place: 'Место',
    project: 'Проект',
    document: 'Документ',
    event: 'Событие',
  },
};

/** The name of a group of entities of each type, for filters and headings ("People"). */
export const TYPE_GROUP_LABEL: StringTables<Record<EntityType, string>> = {
  en: {
    person: 'People',
    organization: 'Organisations',
    place: 'Places',
    project: 'Projects',
    document: 'Documents',
    event: 'Events',
  },
  ru: {
    person: 'Люди',
    organization: 'Организации',
    place: 'Места',
    project: 'Проекты',
    document: 'Документы',
    event: 'События',
  },
};
