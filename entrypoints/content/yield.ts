// Yielding to the browser between slices of work, so no task of the extension exceeds ~50 ms.
declare const scheduler: { yield?: () => Promise<void> } | undefined;

/** Time budget of one slice, in ms: well under the 50 ms long-task threshold. */
export const SLICE_MS = 8;

export function yieldToMain(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
