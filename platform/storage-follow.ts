// Reading values of browser.storage.local and following their changes, with no gap between the two.
import { browser } from 'wxt/browser';

export interface Followed {
  /** The values when the read completed, newer changes included; a key absent from storage is absent here. */
  values: Record<string, unknown>;
  /** Stops following. */
  stop: () => void;
}

/**
 * Reads `keys` and calls `onChange(key, newValue)` for each later change of one of them.
 *
 * The listener is added before the read. Chrome sends a context only the events it had a listener for when
 * they were fired: reading first and subscribing after loses a write that lands in between (a page that
 * starts while the background publishes its first matcher pack stayed without highlights until a reload).
 * A change seen before the read completes wins over the value read.
 */
export async function readAndFollow(
  keys: readonly string[],
  onChange: (key: string, value: unknown) => void,
): Promise<Followed> {
  const early = new Map<string, { newValue?: unknown }>();
  let ready = false;
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const key of keys) {
      if (!(key in changes)) continue;
      if (ready) onChange(key, changes[key].newValue);
      else early.set(key, changes[key]);
    }
  };
  browser.storage.onChanged.addListener(handler);
  const stop = () => browser.storage.onChanged.removeListener(handler);
  let values: Record<string, unknown>;
  try {
    values = { ...(await browser.storage.local.get([...keys])) };
  } catch (error) {
    stop();
    throw error;
  }
  for (const [key, change] of early) {
    // A removal has no newValue in Chrome (null in WXT's fake browser).
    if (change.newValue == null) delete values[key];
    else values[key] = change.newValue;
  }
  ready = true;
  return { values, stop };
}
