// The reader's settings, kept in browser.storage.local so that every context (content scripts included)
// reads them without waking the background, and follows changes without a reload.
import { browser } from 'wxt/browser';
import type { EntityType } from '../lib/model';
import { ENTITY_TYPES } from '../lib/model';

export interface Settings {
  /** Pause annotation everywhere. */
  paused: boolean;
  /** Hostnames where annotation is off ("news.example.com"). */
  disabledSites: string[];
  /** Entity types to highlight. */
  types: EntityType[];
  /** Highlight every mention, or only the first of each entity on a page. */
  mentions: 'all' | 'first';
  style: 'underline' | 'background';
  /** Delay before a popover opens on hover, in ms; 0 turns hover off. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  types: [...ENTITY_TYPES],
  mentions: 'all',
  style: 'underline',
  hoverDelayMs: 300,
};

export const SETTINGS_KEY = 'settings';
export const MATCHER_PACK_KEY = 'matcherPack';

export async function loadSettings(): Promise<Settings> {
  return settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** The settings from what storage holds under SETTINGS_KEY (defaults for what it lacks). */
export function settingsFrom(stored: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...((stored as Partial<Settings> | undefined) ?? {}) };
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

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
