import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityId, Lang } from '../../lib/model';
import type { EntityCard, EntityName, Passage } from '../../lib/view-model';
import type { Settings } from '../../lib/settings';
import type { IndexStatus } from '../../lib/protocol/extension-page';
import { ENTITY_COLORS } from '../theme/entity-colors';
import type { PageState, PopupBackend } from './backend';
import { AddPageRow } from './AddPageRow';
import { EntityCardView } from './EntityCardView';
import { AnnotationToggles, PageSection } from './PageSection';
import { moveActive, resultItems, resultOptionId, type ResultItem } from './result-items';
import { SearchResultsView } from './SearchResultsView';
import { POPUP_STRINGS } from './strings';
import { MAX_QUERY_LENGTH, useSearch } from './use-search';

/** An open card: loading, shown, or gone from the index. `trail` is what Back returns to. */
type CardState = { id: EntityId; card: EntityCard | null | 'loading'; trail: EntityId[] };

const RESULTS_ID = 'results';
/** The highlight colours of the page, so that a type looks the same in the popup and in the text. */
const TYPE_COLOR_VARS = Object.fromEntries(
  Object.entries(ENTITY_COLORS).map(([type, color]) => [`--${type}`, color]),
);
/** After a site is switched back on, the content script needs a moment to scan before it is asked again. */
const RESCAN_WAIT_MS = 400;

export function PopupApp({ backend, lang }: { backend: PopupBackend; lang: Lang }) {
  const t = POPUP_STRINGS[lang];
  const [query, setQuery] = useState('');
  const search = useSearch(backend.search, query, lang);
  const items = search.kind === 'done' ? resultItems(search.results) : [];
  const [active, setActive] = useState(-1);
  const [card, setCard] = useState<CardState | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [names, setNames] = useState<Map<EntityId, EntityName>>(new Map());
  const [status, setStatus] = useState<IndexStatus | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);

  // The names come before the list is shown, so that it does not redraw under the reader's pointer.
  const refreshPage = async () => {
    const summary = await backend.pageSummary().catch(() => null);
    if (summary?.entities.length) {
      setNames(await backend.entityNames(summary.entities.map((e) => e.id)).catch(() => new Map()));
    }
    setPage(summary ? { kind: 'ready', summary } : { kind: 'unavailable' });
  };

  useEffect(() => {
    void refreshPage();
    backend.loadSettings().then(setSettings, () => setSettings(null));
    backend.status().then(setStatus, () => setStatus(null));
    return backend.onSettingsChanged(setSettings);
  }, []);

  // Keyboard users land in the card they opened; Escape or Back returns them to the search.
  useEffect(() => {
    if (card) backRef.current?.focus();
  }, [card?.id]);

  // A new answer puts the first result under the cursor, so that Enter opens it.
  useEffect(() => setActive(items.length ? 0 : -1), [search]);

  const openCard = (id: EntityId, trail: EntityId[]) => {
    setCard({ id, card: 'loading', trail });
    backend.entityCard(id, lang).then(
      (loaded) => setCard((now) => (now?.id === id ? { ...now, card: loaded } : now)),
      () => setCard((now) => (now?.id === id ? { ...now, card: null } : now)),
    );
  };
  const closeCard = () => {
    if (card?.trail.length) openCard(card.trail[card.trail.length - 1], card.trail.slice(0, -1));
    else {
      setCard(null);
      inputRef.current?.focus();
    }
  };
  const openItem = (item: ResultItem) => {
    if (item.kind === 'entity') openCard(item.hit.id, []);
    else backend.openPassage(item.passage);
  };
  const openPassage = (passage: Passage) => backend.openPassage(passage);

  const onKeyDown = (event: KeyboardEvent) => {
    if (card) {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeCard();
      }
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(moveActive(active, items.length, event.key));
    } else if (event.key === 'Enter' && active >= 0 && items[active]) {
      event.preventDefault();
      openItem(items[active]);
    }
  };

  const saveSettings = (patch: Partial<Settings>) =>
    backend.saveSettings(patch).then((next) => {
      setSettings(next);
      setTimeout(() => void refreshPage(), RESCAN_WAIT_MS);
    });

  const onToggleSite = (host: string, annotate: boolean) => {
    const others = (settings?.disabledSites ?? []).filter((h) => h !== host);
    void saveSettings({ disabledSites: annotate ? others : [...others, host] });
  };

  const addThisPage = async (options?: { namesOnly?: boolean }) => {
    const outcome = await backend.addThisPage(options);
    if (outcome.kind === 'added') backend.status().then(setStatus, () => {});
    return outcome;
  };

  const onReveal = (id: EntityId) =>
    void backend.revealEntity(id).then(
      (revealed) => revealed && backend.close(),
      () => setPage({ kind: 'unavailable' }),
    );

  const showingResults = !card && query.trim() !== '';
  return (
    <div class="popup" style={TYPE_COLOR_VARS} onKeyDown={onKeyDown}>
      <header class="bar">
        <span class="logo" aria-hidden="true" />
        <h1 class="app-name">{t.appName}</h1>
      </header>
      <div class="search">
        <label class="visually-hidden" for="q">
          {t.searchLabel}
        </label>
        <input
          id="q"
          ref={inputRef}
          type="search"
          autoFocus
          autoComplete="off"
          spellcheck={false}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t.searchPlaceholder}
          value={query}
          aria-controls={RESULTS_ID}
          aria-activedescendant={showingResults && active >= 0 ? resultOptionId(active) : undefined}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setCard(null);
          }}
        />
      </div>
      <main class="content">
        {card ? (
          <div class="card-pane">
            <button type="button" class="back" ref={backRef} onClick={closeCard}>
              ← {t.back}
            </button>
            {card.card === 'loading' ? null : card.card ? (
              <EntityCardView
                card={card.card}
                lang={lang}
                t={t}
                onOpenEntity={(id) => openCard(id, [...card.trail, card.id])}
                onOpenPassage={openPassage}
              />
            ) : (
              <p class="note">{t.cardMissing}</p>
            )}
          </div>
        ) : showingResults ? (
          search.kind === 'failed' ? (
            <p class="note" role="status">
              {t.searchFailed}
            </p>
          ) : search.kind === 'done' && items.length === 0 ? (
            <p class="note empty" role="status">
              {t.noResults(search.query)}
            </p>
          ) : (
            <SearchResultsView
              id={RESULTS_ID}
              items={items}
              active={active}
              lang={lang}
              t={t}
              onActivate={setActive}
              onOpen={openItem}
            />
          )
        ) : (
          <PageSection page={page} settings={settings} names={names} lang={lang} t={t} onReveal={onReveal} />
        )}
      </main>
      <footer class="footer">
        {!card && !showingResults && (
          <div class="add-page-row">
            <AddPageRow t={t} disabled={page.kind !== 'ready'} onAdd={addThisPage} />
          </div>
        )}
        {!card && !showingResults && (
          <AnnotationToggles
            page={page}
            settings={settings}
            t={t}
            onToggleSite={onToggleSite}
            onTogglePause={(paused) => void saveSettings({ paused })}
          />
        )}
        {status?.pagesBehind && (
          <p class="status warning" role="alert">
            {t.pagesBehind(status.pagesBehind)}
          </p>
        )}
        {status && <p class="status">{t.status(status.entities, status.articles)}</p>}
      </footer>
    </div>
  );
}
