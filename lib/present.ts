/** The values of a list of lookups that found something (a bulk read by key gives undefined for a miss). */
export const present = <T>(list: readonly (T | undefined)[]): T[] =>
  list.filter((x): x is T => x !== undefined);
