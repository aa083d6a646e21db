// The reader's settings: what they are, what they default to, and how what storage holds is checked.
// Stored by platform/settings.ts.
import * as v from 'valibot';
import type { EntityType } from './model';
import { ENTITY_TYPES } from './model';

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
  /**
   * Where names that only the reader's own articles know are painted. A page can read which names are
   * painted on it (CSS.highlights), so these tell it what the reader's library holds (docs/PRIVACY.md).
   */
  ownEntities: 'everywhere' | 'allowed' | 'nowhere';
  /** With ownEntities 'allowed': the hostnames where they are painted. */
  ownEntitySites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  types: [...ENTITY_TYPES],
  mentions: 'all',
  style: 'underline',
  hoverDelayMs: 300,
  ownEntities: 'everywhere',
  ownEntitySites: [],
};

/** Hostnames kept per list; a host name is at most 253 characters. */
const MAX_SITES = 10_000;
const HOST = v.pipe(v.string(), v.maxLength(253), v.regex(/^[^\s/]+$/));

/** Each setting's schema: what storage holds is checked field by field, a bad field falls back alone. */
const FIELDS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  paused: v.boolean(),
  disabledSites: v.pipe(
    v.array(v.unknown()),
    v.transform((list) => list.filter((h): h is string => v.is(HOST, h)).slice(0, MAX_SITES)),
  ),
  types: v.pipe(
    v.array(v.picklist(ENTITY_TYPES)),
    v.transform((list) => ENTITY_TYPES.filter((t) => list.includes(t))),
  ),
  mentions: v.picklist(['all', 'first']),
  style: v.picklist(['underline', 'background']),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5_000)),
  ownEntities: v.picklist(['everywhere', 'allowed', 'nowhere']),
  ownEntitySites: v.pipe(
    v.array(v.unknown()),
    v.transform((list) => list.filter((h): h is string => v.is(HOST, h)).slice(0, MAX_SITES)),
  ),
};

/**
 * The settings from what storage holds under SETTINGS_KEY: defaults for what it lacks, and for any field
 * that is malformed (storage is written by older versions and by hand in devtools; a page must not break).
 */
export function settingsFrom(stored: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    const record = stored as Record<string, unknown>;
    for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
      if (!(key in record)) continue;
      const parsed = v.safeParse(FIELDS[key], record[key]);
      if (parsed.success) out[key] = parsed.output;
    }
  }
  return out as unknown as Settings;
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}

/** Whether names known only from the reader's own articles are painted on `host`. */
export function ownEntitiesShown(settings: Settings, host: string): boolean {
  if (settings.ownEntities === 'everywhere') return true;
  return settings.ownEntities === 'allowed' && settings.ownEntitySites.includes(host);
}
