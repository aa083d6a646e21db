import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/model';
import type { EntityHit } from '../../lib/view-model';
import { displayName, otherName } from './names';
import { PassageView } from './PassageView';
import { resultOptionId, type ResultItem } from './result-items';
import type { PopupStrings } from './strings';

interface Props {
  id: string;
  items: ResultItem[];
  active: number;
  lang: Lang;
  t: PopupStrings;
  onActivate: (position: number) => void;
  onOpen: (item: ResultItem) => void;
}

/** The grouped result list: a listbox driven from the search input (aria-activedescendant). */
export function SearchResultsView({ id, items, active, lang, t, onActivate, onOpen }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    listRef.current?.querySelector(`#${resultOptionId(active)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const entityCount = items.filter((item) => item.kind === 'entity').length;
  const option = (item: ResultItem, position: number) => (
    <li
      key={position}
      id={resultOptionId(position)}
      role="option"
      aria-selected={position === active}
      class={`result result-${item.kind}`}
      onMouseMove={() => position !== active && onActivate(position)}
      onClick={() => onOpen(item)}
    >
      {item.kind === 'entity' ? (
        <EntityHitView hit={item.hit} lang={lang} t={t} />
      ) : (
        <PassageView passage={item.passage} lang={lang} />
      )}
    </li>
  );

  return (
    <div id={id} role="listbox" aria-label={t.resultsLabel} class="results" ref={listRef}>
      {entityCount > 0 && (
        <ul role="group" aria-labelledby={`${id}-entities`} class="result-group">
          <li role="presentation" id={`${id}-entities`} class="group-heading">
            {t.entitiesHeading}
          </li>
          {items.slice(0, entityCount).map((item, i) => option(item, i))}
        </ul>
      )}
      {items.length > entityCount && (
        <ul role="group" aria-labelledby={`${id}-passages`} class="result-group">
          <li role="presentation" id={`${id}-passages`} class="group-heading">
            {t.passagesHeading}
          </li>
          {items.slice(entityCount).map((item, i) => option(item, entityCount + i))}
        </ul>
      )}
    </div>
  );
}

function EntityHitView({ hit, lang, t }: { hit: EntityHit; lang: Lang; t: PopupStrings }) {
  const name = displayName(hit.name, lang);
  const other = otherName(hit.name, lang);
  return (
    <>
      <span class="entity-line">
        <span class={`type-dot type-${hit.type}`} aria-hidden="true" />
        <span class="entity-name">{name}</span>
        <span class="entity-count">{t.mentions(hit.mentionCount)}</span>
      </span>
      <span class="entity-desc">
        {other && <span class="entity-other">{other} · </span>}
        <span class="entity-type">{t.types[hit.type]}</span>
        {' · '}
        {hit.description[lang]}
        {showsMatchedForm(hit.matchedForm, name, other) && (
          <span class="entity-form"> · {t.quoted(hit.matchedForm!)}</span>
        )}
      </span>
    </>
  );
}

/** The form the query matched is worth showing only when the names shown do not already contain it. */
function showsMatchedForm(form: string | null, name: string, other: string | null): boolean {
  if (!form) return false;
  const lower = form.toLowerCase();
  return !name.toLowerCase().includes(lower) && !(other ?? '').toLowerCase().includes(lower);
}
