// Which of an entity's two names to show first, for a reader of a given language.
import type { Lang } from '../../lib/model';
import type { EntityName } from '../../lib/view-model';

export function displayName(name: EntityName, lang: Lang): string {
  return lang === 'ru' ? (name.ru ?? name.en) : name.en;
}

/** The name in the other language, when there is one and it differs: shown beside the display name. */
export function otherName(name: EntityName, lang: Lang): string | null {
  const other = lang === 'ru' ? name.en : name.ru;
  return other && other !== displayName(name, lang) ? other : null;
}
