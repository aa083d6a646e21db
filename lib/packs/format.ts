// A corpus pack as published: static files on any web host. `pack.json` (the index) names the pack and
// lists the data files with their SHA-256; its manifest is signed with Ed25519. The format: docs/PACKS.md.
import * as v from 'valibot';
import type { Article, Entity, Mention, Sentence } from '../model';

export const PACK_FORMAT = 1;
export const PACK_INDEX_FILE = 'pack.json';
/** The data files of a pack, by what they hold; each is a JSON array. */
export const PACK_FILES = ['articles', 'sentences', 'entities', 'mentions'] as const;

/** A pack's id: a slug; its articles' ids are `pack-<id>-…`. */
export const PackIdSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a pack id is a slug of lower-case letters, digits and hyphens'),
);

const FileEntrySchema = v.strictObject({
  path: v.pipe(v.string(), v.maxLength(200), v.regex(/^[\w.-]+$/, 'a file path is a plain file name')),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'sha256 is 64 hex digits')),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PackFileEntry = v.InferOutput<typeof FileEntrySchema>;

const IsoTime = v.pipe(v.string(), v.isoTimestamp('a time is an ISO timestamp (2026-01-30T00:00:00.000Z)'));

/** What the signature covers: everything a reader's extension relies on. */
export const PackManifestSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `this extension reads packs of format ${PACK_FORMAT}`),
  id: PackIdSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  description: v.pipe(v.string(), v.maxLength(2000)),
  /** Grows with every publication; an older version than the one held is refused. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  issued: IsoTime,
  /** When readers check for a newer version; past it, a pack that cannot be renewed says so. */
  expires: IsoTime,
  /** The signer's Ed25519 public key, raw 32 bytes, base64. */
  publicKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/, 'publicKey is 32 bytes in base64')),
  counts: v.strictObject({
    articles: v.pipe(v.number(), v.integer(), v.minValue(0)),
    entities: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  files: v.strictObject({
    articles: FileEntrySchema,
    sentences: FileEntrySchema,
    entities: FileEntrySchema,
    mentions: FileEntrySchema,
  }),
});
export type PackManifest = v.InferOutput<typeof PackManifestSchema>;

/** `pack.json`: the manifest as the exact text that was signed, and the signature over its UTF-8 bytes. */
export const PackIndexSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `this extension reads packs of format ${PACK_FORMAT}`),
  manifest: v.pipe(v.string(), v.maxLength(100_000)),
  /** Ed25519 signature, 64 bytes, base64. */
  signature: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{86}==$/, 'signature is 64 bytes in base64')),
});
export type PackIndex = v.InferOutput<typeof PackIndexSchema>;

/** A pack's data, as its four files hold it. Stats are computed by the reader's extension. */
export interface PackContent {
  articles: Article[];
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
}

/** The prefix every article id of pack `id` carries: a pack cannot overwrite the seed's or the reader's. */
export const packArticlePrefix = (id: string) => `pack-${id}-`;
