import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './library-route';

describe('library routes', () => {
  it('opens the links the popover makes', () => {
    expect(parseRoute('?article=seed-002&sentence=7')).toEqual({
      page: 'article',
      id: 'seed-002',
      sentence: 7,
    });
    expect(parseRoute('?article=user-0a1b')).toEqual({ page: 'article', id: 'user-0a1b', sentence: null });
    expect(parseRoute('?entity=middle-corridor')).toEqual({ page: 'entity', id: 'middle-corridor' });
    expect(parseRoute('?article=seed-002&sentence=-3')).toMatchObject({ sentence: null });
    expect(parseRoute('')).toEqual({ page: 'articles' });
  });

  it('writes every route back to an address that reads the same', () => {
    const routes: Route[] = [
      { page: 'articles' },
      { page: 'article', id: 'seed-001', sentence: 3 },
      { page: 'entities' },
      { page: 'entity', id: 'tokayev' },
      { page: 'add' },
      { page: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
