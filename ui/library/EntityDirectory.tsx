// Every entity of the index, filterable by type and searchable by any name or form (lib/search).
import { useMemo, useState } from 'preact/hooks';
import type { EntityType } from '../../lib/model';
import { ENTITY_TYPES } from '../../lib/model';
import { createSearcher } from '../../lib/search';
import type { LibraryIndex } from './library-index';
import { Link, Names, TYPE_PLURAL, TypeBadge, plural, type Navigate } from './shared';

export function EntityDirectory({ library, navigate }: { library: LibraryIndex; navigate: Navigate }) {
  const { index } = library;
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | 'all'>('all');
  const searcher = useMemo(() => createSearcher(index), [index]);
  const stats = useMemo(() => new Map(index.stats.map((s) => [s.entityId, s])), [index]);
  const byCount = useMemo(
    () =>
      index.entities
        .filter((e) => (stats.get(e.id)?.mentionCount ?? 0) > 0 || e.origin === 'gazetteer')
        .sort((a, b) => (stats.get(b.id)?.mentionCount ?? 0) - (stats.get(a.id)?.mentionCount ?? 0) || a.name.en.localeCompare(b.name.en)),
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
    const hits = searcher.search(q, /[\u0400-\u04FF]/.test(q) ? 'ru' : 'en', 50).entities;
    const entities = new Map(index.entities.map((e) => [e.id, e]));
    return hits.map((h) => entities.get(h.id)!).filter(Boolean);
  }, [query, byCount, searcher, index]);
  const shown = found.filter((e) => type === 'all' || e.type === type);

  return (
    <section aria-labelledby="entities-heading">
      <div class="section-head">
        <h1 id="entities-heading">Entities</h1>
        <input
          type="search"
          class="search"
          placeholder="Search names in English or Russian…"
          aria-label="Search entities"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="filters" role="group" aria-label="Type">
        <button type="button" aria-pressed={type === 'all'} onClick={() => setType('all')}>
          All <span class="count">{byCount.length}</span>
        </button>
        {ENTITY_TYPES.filter((t) => typeCounts.get(t)).map((t) => (
          <button type="button" class={`type-${t}`} aria-pressed={type === t} onClick={() => setType(t)}>
            <span class="dot" aria-hidden="true" />
            {TYPE_PLURAL[t]} <span class="count">{typeCounts.get(t)}</span>
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p class="empty">No entity matches “{query}”.</p>
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
                    {plural(s?.mentionCount ?? 0, 'mention')} · {plural(s?.articleCount ?? 0, 'article')}
                  </span>
                  {entity.origin === 'user' ? <span class="origin origin-user">Yours</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
