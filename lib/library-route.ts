// The library's address: what the reader sees is in the query string, so links from the popover
// (library.html?article=ID&sentence=N, library.html?entity=ID) and the back button work.
import type { ArticleId, EntityId } from './model';

export type Route =
  | { page: 'articles' }
  | { page: 'article'; id: ArticleId; sentence: number | null }
  | { page: 'entities' }
  | { page: 'entity'; id: EntityId }
  | { page: 'add' }
  | { page: 'sources' }
  | { page: 'settings' };

export function parseRoute(search: string): Route {
  const q = new URLSearchParams(search);
  const article = q.get('article');
  if (article) {
    const n = Number.parseInt(q.get('sentence') ?? '', 10);
    return { page: 'article', id: article, sentence: Number.isInteger(n) && n >= 0 ? n : null };
  }
  const entity = q.get('entity');
  if (entity) return { page: 'entity', id: entity };
  const view = q.get('view');
  if (view === 'entities' || view === 'add' || view === 'sources' || view === 'settings')
    return { page: view };
  return { page: 'articles' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'article':
      return `?article=${encodeURIComponent(route.id)}${route.sentence != null ? `&sentence=${route.sentence}` : ''}`;
    case 'entity':
      return `?entity=${encodeURIComponent(route.id)}`;
    case 'articles':
      return '?';
    default:
      return `?view=${route.page}`;
  }
}
