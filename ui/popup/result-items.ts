// Search results as one list, entities first then passages: the order the arrow keys follow.
import type { EntityHit, Passage, SearchResults } from '../../lib/view-model';

export type ResultItem = { kind: 'entity'; hit: EntityHit } | { kind: 'passage'; passage: Passage };

export function resultItems(results: SearchResults | null): ResultItem[] {
  if (!results) return [];
  return [
    ...results.entities.map((hit): ResultItem => ({ kind: 'entity', hit })),
    ...results.passages.map((passage): ResultItem => ({ kind: 'passage', passage })),
  ];
}

export const resultOptionId = (position: number) => `result-${position}`;

/** The next active position after an arrow key: stops at both ends; -1 when the list is empty. */
export function moveActive(
  active: number,
  count: number,
  key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End',
): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(active + 1, count - 1);
    case 'ArrowUp':
      return Math.max(active - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}
