// How the library names an article's language: Russian, English, or "Kazakh · names only".
import { languageName } from '../../lib/corpus/language-name';
import type { Article } from '../../lib/model';
import type { LibraryStrings } from './strings';

export function articleLanguage(
  article: Pick<Article, 'lang' | 'language' | 'namesOnly'>,
  t: LibraryStrings,
): string {
  if (article.namesOnly) return t.language.namesOnly(identifiedLanguage(article, t));
  return t.language[article.lang];
}

/** The language identified in the text, in the reader's words ("Kazakh", "казахский"). */
export function identifiedLanguage(article: Pick<Article, 'language'>, t: LibraryStrings): string {
  return languageName(article.language ?? 'und', t.lang);
}
