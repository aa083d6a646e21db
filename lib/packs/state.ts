// What the reader holds of each subscribed pack, and how a check's answer changes it: a verified new
// version replaces the old (content and all); anything else keeps the version held and records why.
import type { PackCheck } from './fetch-pack';
import type { PackManifest } from './format';

export interface PackRecord {
  id: string;
  /** The address of its pack.json. */
  url: string;
  manifest: PackManifest;
  /** SHA-256 of the signer's public key, pinned at subscription. */
  fingerprint: string;
  etag: string | null;
  /** The data files' size. */
  bytes: number;
  /** Disabled: kept, not used (not in the index, not painted). */
  enabled: boolean;
  /** Packs merge in this order (lib/packs/merge.ts): the earlier subscribed wins. */
  subscribedAt: number;
  /** When the version held was fetched. */
  updatedAt: number;
  checkedAt: number;
  /** The last check's failure, until one succeeds. */
  lastError: { at: number; message: string } | null;
}

/** A pack as the Sources page shows it. */
export interface PackSummary {
  id: string;
  url: string;
  name: string;
  description: string;
  version: number;
  expires: string;
  fingerprint: string;
  bytes: number;
  articles: number;
  entities: number;
  enabled: boolean;
  updatedAt: number;
  checkedAt: number;
  lastError: { at: number; message: string } | null;
}

export function summaryOf(record: PackRecord): PackSummary {
  const { manifest } = record;
  return {
    id: record.id,
    url: record.url,
    name: manifest.name,
    description: manifest.description,
    version: manifest.version,
    expires: manifest.expires,
    fingerprint: record.fingerprint,
    bytes: record.bytes,
    articles: manifest.counts.articles,
    entities: manifest.counts.entities,
    enabled: record.enabled,
    updatedAt: record.updatedAt,
    checkedAt: record.checkedAt,
    lastError: record.lastError,
  };
}

/** After a failed check, the next waits this long even if the pack has expired: a host that is down is not hammered. */
const RETRY_AFTER_FAILURE_MS = 60 * 60 * 1000;

/** When `record` should be checked next (ms since 1970). */
export function nextCheckAt(record: PackRecord): number {
  const expires = Date.parse(record.manifest.expires);
  return record.lastError ? Math.max(expires, record.checkedAt + RETRY_AFTER_FAILURE_MS) : expires;
}

/** The record after a check of a held pack: the new version's, or the same one with the reason it failed. */
export function afterCheck(record: PackRecord, check: PackCheck, now: number): PackRecord {
  if (check.kind === 'failed')
    return { ...record, checkedAt: now, lastError: { at: now, message: check.message } };
  if (check.kind === 'unchanged')
    return { ...record, manifest: check.manifest, etag: check.etag, checkedAt: now, lastError: null };
  return {
    ...record,
    manifest: check.manifest,
    etag: check.etag,
    bytes: check.bytes,
    updatedAt: now,
    checkedAt: now,
    lastError: null,
  };
}
