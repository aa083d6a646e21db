// The library page: the reader, the entity directory, adding articles, settings. What it shows is read
// from IndexedDB with live queries, so it follows every change whoever makes it; changes go through the
// background, which owns the index.
import { useEffect, useState } from 'preact/hooks';
import type { ArticleId } from '../../lib/model';
import { ENTITY_COLORS } from '../theme/entity-colors';
import { AddArticles } from './AddArticles';
import { ArticleList } from './ArticleList';
import { ArticleView } from './ArticleView';
import type { LibraryBackend } from './backend';
import { EntityDirectory } from './EntityDirectory';
import { EntityPage } from './EntityPage';
import type { Directory, EntityOutline, LibraryIndex, Shelf } from '../../lib/view-model';
import { parseRoute, routeHref, type Route } from '../../lib/library-route';
import { SettingsPanel } from './SettingsPanel';
import { SourcesPanel } from './SourcesPanel';
import { Link } from './shared';
import { StringsContext, libraryStrings } from './strings';
import type { Lang } from '../../lib/model';
import { useWatch } from './use-watch';

const TYPE_COLOR_VARS = Object.fromEntries(
  Object.entries(ENTITY_COLORS).map(([type, color]) => [`--${type}`, color]),
);

const TABS: { page: 'articles' | 'entities' | 'add' | 'sources' | 'settings'; route: Route }[] = [
  { page: 'articles', route: { page: 'articles' } },
  { page: 'entities', route: { page: 'entities' } },
  { page: 'add', route: { page: 'add' } },
  { page: 'sources', route: { page: 'sources' } },
  { page: 'settings', route: { page: 'settings' } },
];

type Needs = 'nothing' | 'shelf' | 'directory' | 'entity' | 'article';
type Loaded = { index?: LibraryIndex; shelf?: Shelf; directory?: Directory; outline?: EntityOutline };

function tabOf(route: Route): (typeof TABS)[number]['page'] {
  if (route.page === 'article') return 'articles';
  if (route.page === 'entity') return 'entities';
  return route.page;
}

export function LibraryApp({ backend, lang }: { backend: LibraryBackend; lang: Lang }) {
  const t = libraryStrings(lang);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.search));
  // Adding and settings need no index: while a thousand articles go in, the page does not re-read it; each
  // other view reads what it shows (platform/library-index.ts, platform/entity-page.ts).
  const needs: Needs =
    route.page === 'add' || route.page === 'sources' || route.page === 'settings'
      ? 'nothing'
      : route.page === 'articles'
        ? 'shelf'
        : route.page === 'entities'
          ? 'directory'
          : route.page === 'entity'
            ? 'entity'
            : 'article';
  const entityId = route.page === 'entity' ? route.id : null;
  const articleId = route.page === 'article' ? route.id : null;
  const live = useWatch<Loaded>(
    (next, fail) =>
      needs === 'article' && articleId !== null
        ? backend.watchArticle(articleId)((index) => next({ index }), fail)
        : needs === 'entity' && entityId !== null
          ? backend.watchEntity(entityId)((outline) => next({ outline }), fail)
          : needs === 'shelf'
            ? backend.watchShelf((shelf) => next({ shelf }), fail)
            : needs === 'directory'
              ? backend.watchDirectory((directory) => next({ directory }), fail)
              : (next({}), () => undefined),
    [backend, needs, entityId, articleId],
  );

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(location.search));
    addEventListener('popstate', onPop);
    // Wakes the background, which stores the seed index on its first start.
    void backend.status().catch(() => undefined);
    return () => removeEventListener('popstate', onPop);
  }, [backend]);

  useEffect(() => {
    document.title = `${t.tabs[tabOf(route)]} · Context Lens`;
    document.documentElement.lang = t.lang;
  }, [route, t]);

  const navigate = (next: Route) => {
    history.pushState(null, '', routeHref(next));
    setRoute(next);
    if (next.page !== 'article') window.scrollTo(0, 0);
  };
  const remove = async (ids: ArticleId[]) => {
    await backend.removeArticles(ids);
  };

  let main;
  if (route.page === 'add') main = <AddArticles backend={backend} navigate={navigate} />;
  else if (route.page === 'settings') main = <SettingsPanel backend={backend} />;
  else if (route.page === 'sources') main = <SourcesPanel backend={backend} />;
  else if (live.state === 'error')
    main = (
      <p class="empty error">
        {t.unreadable} {live.error.message}
      </p>
    );
  else if (live.state === 'loading') main = <p class="empty">{t.loading}</p>;
  else if (route.page === 'articles')
    main = live.value.shelf ? (
      <ArticleList shelf={live.value.shelf} navigate={navigate} onRemove={remove} />
    ) : (
      <p class="empty">{t.loading}</p>
    );
  else if (route.page === 'entities')
    main = live.value.directory ? (
      <EntityDirectory
        directory={live.value.directory}
        loadEntities={() => backend.directoryEntities()}
        navigate={navigate}
      />
    ) : (
      <p class="empty">{t.loading}</p>
    );
  else if (route.page === 'entity')
    main = live.value.outline ? (
      <EntityPage
        outline={live.value.outline}
        loadPassages={(articleIds) => backend.entityPassages(route.id, articleIds)}
        navigate={navigate}
      />
    ) : (
      <p class="empty">{t.loading}</p>
    );
  else if (!live.value.index) main = <p class="empty">{t.loading}</p>;
  else if (route.page === 'article')
    main = (
      <ArticleView
        library={live.value.index}
        id={route.id}
        sentence={route.sentence}
        navigate={navigate}
        onSetReading={async (id, reading) => {
          await backend.setArticleReading(id, reading);
        }}
      />
    );
  else main = null;

  const current = tabOf(route);
  return (
    <StringsContext.Provider value={t}>
      <div class="library" style={TYPE_COLOR_VARS}>
        <header class="topbar">
          <div class="brand">
            <span class="logo" aria-hidden="true" />
            Context Lens
          </div>
          <nav aria-label="Library">
            {TABS.map((tab) => (
              <Link
                to={tab.route}
                navigate={navigate}
                class={current === tab.page ? 'tab current' : 'tab'}
                current={current === tab.page}
              >
                {t.tabs[tab.page]}
              </Link>
            ))}
          </nav>
        </header>
        <main>{main}</main>
      </div>
    </StringsContext.Provider>
  );
}
