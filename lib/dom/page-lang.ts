// The language a page is written in, as far as the corpus's two languages go.
import type { Lang } from '../model';

/** Languages written in Cyrillic whose readers are better served by the Russian card. */
const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'kk', 'ky', 'tg', 'mn', 'bg', 'sr', 'mk', 'tt', 'ba']);

/** The script of a text sample: Russian when Cyrillic letters outnumber Latin ones. */
function langOfText(sample: string): Lang {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cyrillic > latin ? 'ru' : 'en';
}

/** From `<html lang>` when it says, otherwise from the script of the page's text. */
export function pageLang(doc: Document, sample: string): Lang {
  const tag = (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  const primary = tag.split(/[-_]/)[0];
  if (CYRILLIC_LANGS.has(primary)) return 'ru';
  if (primary === 'en') return 'en';
  return langOfText(sample);
}
