// A language's name for a reader, from the ISO 639-3 code the language identification gives. Apart from
// lib/corpus/language.ts so that pages showing names do not bundle the trigram profiles.

/** The language's name in `locale` ('Kazakh', 'казахский'), or its code when the platform does not know it. */
export function languageName(code: string, locale: string = 'en'): string {
  if (code === 'und') return locale === 'ru' ? 'не определён' : 'undetermined';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
