// Small pieces every library page uses: links that move inside the page, type badges, names.
import type { ComponentChildren } from 'preact';
import type { EntityType } from '../../lib/model';
import type { EntityName } from '../../lib/view-model';
import { routeHref, type Route } from '../../lib/library-route';
import { useStrings } from './strings';

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
