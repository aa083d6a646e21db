import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/model';
import type { SearchResults } from '../../lib/view-model';

const SEARCH_DEBOUNCE_MS = 100;
/** The background refuses longer queries; the input stops there too. */
export const MAX_QUERY_LENGTH = 200;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'done'; query: string; results: SearchResults }
  | { kind: 'failed'; query: string };

/** Searches as the reader types: waits for a pause in typing, and ignores answers to older queries. */
export function useSearch(
  search: (query: string, lang: Lang) => Promise<SearchResults>,
  query: string,
  lang: Lang,
): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      search(trimmed, lang).then(
        (results) => current && setState({ kind: 'done', query: trimmed, results }),
        () => current && setState({ kind: 'failed', query: trimmed }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, lang]);
  return state;
}
