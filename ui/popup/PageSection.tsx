import type { EntityId, Lang } from '../../lib/model';
import type { EntityName } from '../../lib/view-model';
import type { Settings } from '../../lib/settings';
import type { PageState } from './backend';
import { displayName } from './names';
import type { PopupStrings } from './strings';

interface Props {
  page: PageState;
  settings: Settings | null;
  /** Display names by id; an entity without one is listed as the page wrote it. */
  names: Map<EntityId, EntityName>;
  lang: Lang;
  t: PopupStrings;
  onReveal: (id: EntityId) => void;
}

/** "On this page": the entities the content script found in the active tab, most named first. */
export function PageSection(props: Props) {
  const { page, t } = props;
  const host = page.kind === 'ready' ? page.summary.host : null;
  return (
    <section class="page" aria-labelledby="page-heading">
      <h2 id="page-heading" class="section-heading">
        {t.onThisPage}
        {host && <span class="page-host">{host}</span>}
      </h2>
      <PageEntities {...props} />
    </section>
  );
}

interface ToggleProps {
  page: PageState;
  settings: Settings | null;
  t: PopupStrings;
  onToggleSite: (host: string, annotate: boolean) => void;
  onTogglePause: (paused: boolean) => void;
}

/** The two annotation switches: this site (by host name), and everywhere. */
export function AnnotationToggles({ page, settings, t, onToggleSite, onTogglePause }: ToggleProps) {
  const host = page.kind === 'ready' ? page.summary.host : null;
  const siteOn = !!settings && !!host && !settings.disabledSites.includes(host);
  return (
    <div class="toggles">
      <Toggle
        label={host ? t.annotateSite(host) : t.annotateSiteUnavailable}
        checked={siteOn}
        disabled={!settings || !host}
        onChange={(on) => host && onToggleSite(host, on)}
      />
      <Toggle
        label={t.pauseEverywhere}
        checked={!!settings?.paused}
        disabled={!settings}
        onChange={onTogglePause}
      />
    </div>
  );
}

function PageEntities({ page, settings, names, lang, t, onReveal }: Props) {
  if (page.kind === 'loading') return <p class="note">{t.pageLoading}</p>;
  if (page.kind === 'unavailable') return <p class="note">{t.pageUnavailable}</p>;
  if (settings?.paused) return <p class="note">{t.pausedNote}</p>;
  if (settings?.disabledSites.includes(page.summary.host)) return <p class="note">{t.siteOffNote}</p>;
  const entities = page.summary.entities
    .map((entity) => ({
      ...entity,
      name: names.has(entity.id) ? displayName(names.get(entity.id)!, lang) : entity.name,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang));
  if (entities.length === 0) return <p class="note">{t.pageNothingFound}</p>;
  return (
    <ul class="page-entities">
      {entities.map((entity) => (
        <li key={entity.id}>
          <button
            type="button"
            class="page-entity"
            title={t.revealHint(entity.name)}
            onClick={() => onReveal(entity.id)}
          >
            <span class={`type-dot type-${entity.type}`} aria-hidden="true" />
            <span class="entity-name">{entity.name}</span>
            <span class="entity-type">{t.types[entity.type]}</span>
            <span class="page-count">{entity.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function Toggle({
  label,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class={`toggle${disabled ? ' is-disabled' : ''}`}>
      <span class="toggle-label">{label}</span>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </label>
  );
}
