// Small pieces every library page uses: links that move inside the page, type badges, dates.
import type { ComponentChildren } from 'preact';
import type { EntityType } from '../../lib/model';
import type { EntityName } from '../../lib/view-model';
import { routeHref, type Route } from './route';

export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  project: 'Project',
  document: 'Document',
  event: 'Event',
};

export const TYPE_PLURAL: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  project: 'Projects',
  document: 'Documents',
  event: 'Events',
};

export type Navigate = (route: Route) => void;

export function Link({ to, navigate, children, class: className, title }: { to: Route; navigate: Navigate; children: ComponentChildren; class?: string; title?: string }) {
  return (
    <a
      href={routeHref(to)}
      class={className}
      title={title}
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
  return (
    <span class={`type-badge type-${type}`}>
      <span class="dot" aria-hidden="true" />
      {TYPE_LABEL[type]}
    </span>
  );
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

/** "Kassym-Jomart Tokayev", with the Russian name as a second line when it differs. */
export function Names({ name }: { name: EntityName }) {
  return (
    <span class="names">
      <span class="name-en">{name.en}</span>
      {name.ru && name.ru !== name.en ? <span class="name-ru">{name.ru}</span> : null}
    </span>
  );
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
