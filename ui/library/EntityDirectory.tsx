// Every entity of the index, filterable by type and searchable by any name or form (lib/search).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity, EntityHead, EntityType } from '../../lib/model';
import { ENTITY_TYPES } from '../../lib/model';
import { EntitySearch } from '../../lib/search/entity-search';
import type { Directory } from '../../lib/view-model';
import { Link, Names, TypeBadge, type Navigate } from './shared';
import { useStrings } from './strings';
import { VirtualList } from './VirtualList';

/** An entity row's usual height: its names in two lines. */
const ENTITY_ROW_PX = 64;

export function EntityDirectory({
  directory,
  loadEntities,
  navigate,
}: {
  directory: Directory;
  /** Every entity whole: the list has their heads only, the search needs their forms. */
  loadEntities: () => Promise<Entity[]>;
  navigate: Navigate;
}) {
  const t = useStrings();
  const { entities, counts } = directory;
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | 'all'>('all');
  // The names' search index is built at the first query, not on opening: a large library's directory
  // shows its list first. Only entities are searched here; passages are the popup's.
  const [searcher, setSearcher] = useState<
    { directory: Directory; search: EntitySearch } | { directory: Directory; error: string } | null
  >(null);
  const searching = query.trim() !== '';
  useEffect(() => {
    if (!searching || searcher?.directory === directory) return;
    let live = true;
    loadEntities().then(
      (whole) =>
        live &&
        setSearcher({
          directory,
          search: new EntitySearch(whole, (id) => counts.get(id)?.mentions ?? 0),
        }),
      (error: unknown) => live && setSearcher({ directory, error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [searching, directory]);
  const byCount = useMemo(
    () =>
      entities
        .filter((e) => (counts.get(e.id)?.mentions ?? 0) > 0 || e.origin === 'gazetteer')
        .sort(
          (a, b) =>
            (counts.get(b.id)?.mentions ?? 0) - (counts.get(a.id)?.mentions ?? 0) ||
            a.name.en.localeCompare(b.name.en),
        ),
    [directory],
  );
  const typeCounts = useMemo(() => {
    const counts = new Map<EntityType, number>();
    for (const e of byCount) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return counts;
  }, [byCount]);

  const found = useMemo((): EntityHead[] | string | null => {
    const q = query.trim();
    if (!q) return byCount;
    if (searcher?.directory !== directory) return null;
    if ('error' in searcher) return searcher.error;
    return searcher.search.find(q, /[\u0400-\u04FF]/.test(q) ? 'ru' : 'en', 50).map((hit) => hit.entity);
  }, [query, byCount, directory, searcher]);
  const shown = useMemo(
    () => (Array.isArray(found) ? found.filter((e) => type === 'all' || e.type === type) : []),
    [found, type],
  );

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
      {found === null ? (
        <p class="empty">{t.entities.searching}</p>
      ) : typeof found === 'string' ? (
        <p class="empty error">{found}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t.entities.noMatch(query)}</p>
      ) : (
        <VirtualList
          items={shown}
          estimate={ENTITY_ROW_PX}
          keyOf={(entity) => entity.id}
          class="entity-list"
          render={(entity: EntityHead) => {
            const c = counts.get(entity.id);
            return (
              <Link to={{ page: 'entity', id: entity.id }} navigate={navigate} class="entity-row">
                <Names name={entity.name} />
                <TypeBadge type={entity.type} />
                <span class="numbers">
                  {t.count.mention(c?.mentions ?? 0)} · {t.count.article(c?.articles ?? 0)}
                </span>
                {entity.origin === 'user' ? <span class="origin origin-user">{t.origin.user}</span> : null}
              </Link>
            );
          }}
        />
      )}
    </section>
  );
}
