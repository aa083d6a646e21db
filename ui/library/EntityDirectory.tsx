// Every entity of the index, filterable by type and searchable by any name or form (lib/search).
import { useMemo, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../../lib/model';
import { ENTITY_TYPES } from '../../lib/model';
import { EntitySearch } from '../../lib/search/entity-search';
import type { LibraryIndex } from '../../lib/view-model';
import { Link, Names, TypeBadge, type Navigate } from './shared';
import { useStrings } from './strings';

export function EntityDirectory({ library, navigate }: { library: LibraryIndex; navigate: Navigate }) {
  const t = useStrings();
  const { index } = library;
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | 'all'>('all');
  // The names' search index is built at the first query, not on opening: a large library's directory
  // shows its list first. Only entities are searched here; passages are the popup's.
  const searcher = useRef<{ index: LibraryIndex['index']; search: EntitySearch } | null>(null);
  const entitySearch = () => {
    if (searcher.current?.index !== index) searcher.current = { index, search: new EntitySearch(index) };
    return searcher.current.search;
  };
  const stats = useMemo(() => new Map(index.stats.map((s) => [s.entityId, s])), [index]);
  const byCount = useMemo(
    () =>
      index.entities
        .filter((e) => (stats.get(e.id)?.mentionCount ?? 0) > 0 || e.origin === 'gazetteer')
        .sort(
          (a, b) =>
            (stats.get(b.id)?.mentionCount ?? 0) - (stats.get(a.id)?.mentionCount ?? 0) ||
            a.name.en.localeCompare(b.name.en),
        ),
    [index, stats],
  );
  const typeCounts = useMemo(() => {
    const counts = new Map<EntityType, number>();
    for (const e of byCount) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return counts;
  }, [byCount]);

  const found = useMemo(() => {
    const q = query.trim();
    if (!q) return byCount;
    return entitySearch()
      .find(q, /[\u0400-\u04FF]/.test(q) ? 'ru' : 'en', 50)
      .map((hit) => hit.entity);
  }, [query, byCount, index]);
  const shown = found.filter((e) => type === 'all' || e.type === type);

  return (
    <section aria-labelledby="entities-heading">
      <div class="section-head">
        <h1 id="entities-heading">{t.entities.heading}</h1>
        <input
          type="search"
          class="search"
          placeholder={t.entities.search}
          aria-label={t.entities.heading}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="filters" role="group" aria-label={t.entities.heading}>
        <button type="button" aria-pressed={type === 'all'} onClick={() => setType('all')}>
          {t.entities.all} <span class="count">{byCount.length}</span>
        </button>
        {ENTITY_TYPES.filter((each) => typeCounts.get(each)).map((each) => (
          <button
            type="button"
            class={`type-${each}`}
            aria-pressed={type === each}
            onClick={() => setType(each)}
          >
            <span class="dot" aria-hidden="true" />
            {t.types[each]} <span class="count">{typeCounts.get(each)}</span>
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p class="empty">{t.entities.noMatch(query)}</p>
      ) : (
        <ul class="entity-list">
          {shown.map((entity) => {
            const s = stats.get(entity.id);
            return (
              <li key={entity.id}>
                <Link to={{ page: 'entity', id: entity.id }} navigate={navigate} class="entity-row">
                  <Names name={entity.name} />
                  <TypeBadge type={entity.type} />
                  <span class="numbers">
                    {t.count.mention(s?.mentionCount ?? 0)} · {t.count.article(s?.articleCount ?? 0)}
                  </span>
                  {entity.origin === 'user' ? <span class="origin origin-user">{t.origin.user}</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
