// Fetching a pack, or a newer version of one held, and verifying all of it before anything changes: the
// index's signature, the signer's key against the pinned one, the version, the expiry, the size, then
// every file against its hash and the data against its rules. Any failure is an answer that says why;
// the caller keeps what it held.
import * as v from 'valibot';
import { checkPackContent, PackError } from './check-content';
import { keyFingerprint, sha256Hex, verifyEd25519 } from './crypto';
import {
  PACK_FILES,
  PackIndexSchema,
  PackManifestSchema,
  type PackContent,
  type PackManifest,
} from './format';

/** The part of a fetch Response a pack needs. */
interface PackResponse {
  /** 'opaqueredirect': the host redirected, and the fetch was told not to follow (redirect: 'manual'). */
  type?: string;
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type PackFetch = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; cache: 'no-cache'; redirect: 'manual' },
) => Promise<PackResponse>;

export interface PackFetchDeps {
  fetch: PackFetch;
  subtle: SubtleCrypto;
  now: () => number;
  /** Per request. */
  timeoutMs?: number;
  /** The data files together. */
  maxBytes?: number;
}

const DEFAULT_PACK_TIMEOUT_MS = 30_000;
/** Far above 5,000 articles (about 60 MB), low enough that a host cannot fill the reader's disk. */
const MAX_PACK_BYTES = 200 * 1024 * 1024;
const MAX_INDEX_BYTES = 256 * 1024;

/** What the reader holds of a pack, as far as checking for an update needs. */
export interface HeldPackVersion {
  manifest: PackManifest;
  fingerprint: string;
  etag: string | null;
}

export type PackCheck =
  /** A new version, verified whole. */
  | {
      kind: 'updated';
      manifest: PackManifest;
      fingerprint: string;
      etag: string | null;
      bytes: number;
      content: PackContent;
    }
  /** The same data under a freshly signed index (a later expiry), or 304 Not Modified. */
  | { kind: 'unchanged'; manifest: PackManifest; etag: string | null }
  | { kind: 'failed'; message: string };

const failed = (message: string): PackCheck => ({ kind: 'failed', message });

async function get(
  url: string,
  headers: Record<string, string>,
  deps: PackFetchDeps,
  maxBytes: number,
): Promise<{ status: number; etag: string | null; bytes: Uint8Array<ArrayBuffer> }> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_PACK_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // A redirect is not followed: the reader granted this host only, and nothing else may be asked.
    const response = await deps.fetch(url, {
      headers,
      signal: controller.signal,
      cache: 'no-cache',
      redirect: 'manual',
    });
    if (
      response.type === 'opaqueredirect' ||
      (response.status >= 300 && response.status < 400 && response.status !== 304)
    )
      throw new PackError(
        `${url} redirects to another address, and a pack is fetched only from the address subscribed to: subscribe to the address it leads to`,
      );
    const etag = response.headers.get('ETag');
    if (response.status === 304) return { status: 304, etag, bytes: new Uint8Array(0) };
    if (response.status < 200 || response.status > 299)
      throw new PackError(`${url} answered HTTP ${response.status}`);
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes)
      throw new PackError(`${url} is ${declared} bytes, over the limit of ${maxBytes}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes)
      throw new PackError(`${url} is ${bytes.length} bytes, over the limit of ${maxBytes}`);
    return { status: response.status, etag, bytes };
  } catch (error) {
    if (error instanceof PackError) throw error;
    if (controller.signal.aborted) throw new PackError(`${url} did not answer within ${timeoutMs / 1000} s`);
    throw new PackError(
      `${url} could not be fetched (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackError(`${what} is not valid JSON`);
  }
}

const issues = (result: { issues?: readonly { message: string }[] }) =>
  (result.issues ?? []).map((i) => i.message).join('; ');

/** The verified manifest of an index file's bytes, and its signer's fingerprint. */
async function verifyPackIndex(
  bytes: Uint8Array,
  subtle: SubtleCrypto,
): Promise<{ manifest: PackManifest; fingerprint: string }> {
  const index = v.safeParse(PackIndexSchema, parseJson(bytes, 'the pack index'));
  if (!index.success) throw new PackError(`the pack index is malformed: ${issues(index)}`);
  const manifest = v.safeParse(
    PackManifestSchema,
    parseJson(new TextEncoder().encode(index.output.manifest), 'the manifest'),
  );
  if (!manifest.success) throw new PackError(`the pack manifest is malformed: ${issues(manifest)}`);
  const { publicKey } = manifest.output;
  if (!(await verifyEd25519(subtle, publicKey, index.output.manifest, index.output.signature)))
    throw new PackError('the signature does not match the pack index');
  return { manifest: manifest.output, fingerprint: await keyFingerprint(subtle, publicKey) };
}

/**
 * Fetches the pack at `url` (its index file). With `held`, it is an update check: If-None-Match, and the
 * key must be the pinned one, the id the same, the version not older.
 */
export async function fetchPack(
  url: string,
  held: HeldPackVersion | null,
  deps: PackFetchDeps,
): Promise<PackCheck> {
  try {
    return await fetchVerified(url, held, deps);
  } catch (error) {
    if (error instanceof PackError) return failed(error.message);
    throw error;
  }
}

async function fetchVerified(
  url: string,
  held: HeldPackVersion | null,
  deps: PackFetchDeps,
): Promise<PackCheck> {
  const now = deps.now();
  const expiredMessage = (m: PackManifest) =>
    `the pack expired on ${m.expires.slice(0, 10)} and its host offers no newer version`;
  const headers: Record<string, string> = held?.etag ? { 'If-None-Match': held.etag } : {};
  const index = await get(url, headers, deps, MAX_INDEX_BYTES);
  if (index.status === 304) {
    if (!held) throw new PackError(`${url} answered 304 Not Modified to a first request`);
    if (Date.parse(held.manifest.expires) <= now) return failed(expiredMessage(held.manifest));
    return { kind: 'unchanged', manifest: held.manifest, etag: index.etag ?? held.etag };
  }
  const { manifest, fingerprint } = await verifyPackIndex(index.bytes, deps.subtle);
  if (held) {
    if (fingerprint !== held.fingerprint)
      throw new PackError(
        'the pack is now signed by a different key than the one pinned when you subscribed',
      );
    if (manifest.id !== held.manifest.id)
      throw new PackError(
        `the address now serves another pack (“${manifest.id}”, not “${held.manifest.id}”)`,
      );
    if (manifest.version < held.manifest.version)
      throw new PackError(
        `the host serves version ${manifest.version}, older than version ${held.manifest.version} held`,
      );
  }
  if (Date.parse(manifest.expires) <= now) throw new PackError(expiredMessage(manifest));
  const sameFiles =
    held !== null &&
    PACK_FILES.every((kind) => manifest.files[kind].sha256 === held.manifest.files[kind].sha256);
  if (held && manifest.version === held.manifest.version && !sameFiles)
    throw new PackError(`version ${manifest.version} is served with other data than before`);
  if (sameFiles) return { kind: 'unchanged', manifest, etag: index.etag };

  const maxBytes = deps.maxBytes ?? MAX_PACK_BYTES;
  const bytes = PACK_FILES.reduce((n, kind) => n + manifest.files[kind].bytes, 0);
  if (bytes > maxBytes) throw new PackError(`the pack is ${bytes} bytes, over the limit of ${maxBytes}`);
  const base = new URL(url);
  const parsed = {} as Record<keyof PackContent, unknown>;
  for (const kind of PACK_FILES) {
    const entry = manifest.files[kind];
    const fileUrl = new URL(entry.path, base);
    if (fileUrl.origin !== base.origin) throw new PackError(`${entry.path} is not on the pack's host`);
    const file = await get(fileUrl.href, {}, deps, maxBytes);
    if (file.status === 304)
      throw new PackError(`${fileUrl.href} answered 304 Not Modified to a plain request`);
    if (file.bytes.length !== entry.bytes || (await sha256Hex(deps.subtle, file.bytes)) !== entry.sha256)
      throw new PackError(
        `${entry.path} is corrupted: its content does not match the hash in the pack index`,
      );
    parsed[kind] = parseJson(file.bytes, entry.path);
  }
  const content = checkPackContent(manifest, parsed);
  return { kind: 'updated', manifest, fingerprint, etag: index.etag, bytes, content };
}
