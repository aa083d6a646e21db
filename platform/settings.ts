// The reader's settings, kept in browser.storage.local so that every context (content scripts included)
// reads them without waking the background, and follows changes without a reload.
import { browser } from 'wxt/browser';
import { settingsFrom, type Settings } from '../lib/settings';

export const SETTINGS_KEY = 'settings';
/** Where versions before the shards stored the whole pack; removed at the next publication. */
export const LEGACY_MATCHER_PACK_KEY = 'matcherPack';

export async function loadSettings(): Promise<Settings> {
  return settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      listener(settingsFrom(changes[SETTINGS_KEY].newValue));
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
