// A Preact hook over a watched value (the backend's live queries): loading, then each value as it comes.
import { useEffect, useState } from 'preact/hooks';
import type { Watch } from './backend';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: Error };

export function useWatch<T>(watch: Watch<T>, deps: unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useEffect(
    () =>
      watch(
        (value) => setLive({ state: 'ready', value }),
        (error) => setLive({ state: 'error', error }),
      ),
    deps,
  );
  return live;
}
