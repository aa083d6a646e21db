// Small pieces every library page uses: links that move inside the page, type badges, dates.
import type { ComponentChildren } from 'preact';
import type { EntityType } from '../../lib/model';
import type { EntityName } from '../../lib/view-model';
import { routeHref, type Route } from '../../lib/library-route';
import { useStrings, type LibraryStrings } from './strings';

export type Navigate = (route: Route) => void;

export function Link({
  to,
  navigate,
  children,
  class: className,
  title,
  current,
}: {
  to: Route;
  navigate: Navigate;
  children: ComponentChildren;
  class?: string;
  title?: string;
  current?: boolean;
}) {
  return (
    <a
      href={routeHref(to)}
      class={className}
      title={title}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

export function TypeBadge({ type }: { type: EntityType }) {
  const t = useStrings();
  return (
    <span class={`type-badge type-${type}`}>
      <span class="dot" aria-hidden="true" />
      {t.type[type]}
    </span>
  );
}

const DATE_FORMATS = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

export function formatDate(iso: string | null, t: LibraryStrings): string {
  if (!iso) return t.undated;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMATS[t.lang].format(date);
}

/** The name in the reader's language, with the other language's name as a second line when it differs. */
export function Names({ name }: { name: EntityName }) {
  const t = useStrings();
  const [first, second] = t.lang === 'ru' && name.ru ? [name.ru, name.en] : [name.en, name.ru];
  return (
    <span class="names">
      <span class="name-first">{first}</span>
      {second && second !== first ? <span class="name-second">{second}</span> : null}
    </span>
  );
}
