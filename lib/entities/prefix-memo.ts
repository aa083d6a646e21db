// What is worked out from a list of entities, kept for the next call: a library's known entities only
// grow from one batch to the next, so a list that begins with the entities seen last time only adds the
// rest (30,000 entities' forms, made into sets again for every batch, grew an ingest with its square).

export function prefixMemo<E, S>(
  make: () => S,
  add: (state: S, item: E) => void,
): (items: readonly E[]) => S {
  let seen: E[] = [];
  let state = make();
  return (items) => {
    let same = items.length >= seen.length;
    for (let i = 0; same && i < seen.length; i++) same = items[i] === seen[i];
    if (!same) {
      seen = [];
      state = make();
    }
    for (let i = seen.length; i < items.length; i++) {
      add(state, items[i]);
      seen.push(items[i]);
    }
    return state;
  };
}
