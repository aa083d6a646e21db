// Node side of `npm run pack`: reads a folder of articles (.txt, .md, .html) and its entities.json, builds
// the pack's data with the pure core (lib/packs/build.ts, as the seed corpus is built), hashes the files
// and signs the manifest with Ed25519 (node:crypto). The format: docs/PACKS.md.
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/ingest/extract-html';
import {
  buildPackContent,
  PACK_SOURCE_EXTENSIONS,
  parsePackSource,
  type PackSource,
} from '../lib/packs/build';
import { parseCuratedEntities } from '../lib/packs/curated';
import {
  PACK_FILES,
  PACK_FORMAT,
  PACK_INDEX_FILE,
  type PackContent,
  type PackFileEntry,
  type PackIndex,
  type PackManifest,
} from '../lib/packs/format';
import type { RussianMorphology } from '../lib/morph/morphology';
import { loadRussianMorphology } from './node-morph';

export interface PackInfo {
  id: string;
  name: string;
  description: string;
  version: number;
  /** Days from now until readers check for a newer version. */
  expiresInDays: number;
}

/** The raw 32-byte Ed25519 public key of a key, in base64 (the last 32 bytes of its SPKI DER). */
export function rawPublicKey(key: KeyObject): string {
  const der = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32).toString('base64');
}

export function loadPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the pack key must be an Ed25519 private key');
  return key;
}

/** The article sources of `dir` in file-name order: .txt and .md as text, .html through Readability. */
export async function readPackSources(dir: string): Promise<PackSource[]> {
  const names = (await readdir(dir))
    .filter((f) => PACK_SOURCE_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)))
    .sort();
  const sources: PackSource[] = [];
  for (const fileName of names) {
    const text = await readFile(join(dir, fileName), 'utf8');
    if (!/\.html?$/i.test(fileName)) {
      sources.push({ fileName, text });
      continue;
    }
    const { document } = parseHTML(text);
    const inert = (html: string) =>
      parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
    const input = extractArticle(document, inert, { label: fileName });
    if (!input) throw new Error(`${fileName}: no readable article in the page`);
    sources.push({
      fileName,
      text: input.text,
      meta: {
        ...(input.title ? { title: input.title } : {}),
        ...(input.source ? { source: input.source } : {}),
        ...(input.author ? { author: input.author } : {}),
        ...(input.date ? { date: input.date } : {}),
      },
    });
  }
  return sources;
}

/** The pack's data from a folder: every article file, and entities.json when there is one. */
export async function buildPackFromDir(
  dir: string,
  packId: string,
  morph?: RussianMorphology,
): Promise<PackContent> {
  const sources = await readPackSources(dir);
  if (sources.length === 0) throw new Error(`No articles (${PACK_SOURCE_EXTENSIONS.join(', ')}) in ${dir}`);
  let curated: ReturnType<typeof parseCuratedEntities> = [];
  const curatedText = await readFile(join(dir, 'entities.json'), 'utf8').catch(() => null);
  if (curatedText !== null) curated = parseCuratedEntities(JSON.parse(curatedText));
  const articles = sources.map((source) => parsePackSource(packId, source));
  return buildPackContent(articles, morph ?? (await loadRussianMorphology()), curated);
}

/** The files of a signed pack: pack.json and the four data files, by file name. */
export function signPack(
  content: PackContent,
  info: PackInfo,
  privateKey: KeyObject,
  now = new Date(),
): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const entries = {} as Record<(typeof PACK_FILES)[number], PackFileEntry>;
  for (const kind of PACK_FILES) {
    const bytes = Buffer.from(JSON.stringify(content[kind]), 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // The hash in the name: a CDN may cache the data files for ever, only pack.json changes.
    const path = `${kind}.${sha256.slice(0, 12)}.json`;
    files.set(path, bytes);
    entries[kind] = { path, sha256, bytes: bytes.length };
  }
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    id: info.id,
    name: info.name,
    description: info.description,
    version: info.version,
    issued: now.toISOString(),
    expires: new Date(now.getTime() + info.expiresInDays * 86_400_000).toISOString(),
    publicKey: rawPublicKey(privateKey),
    counts: { articles: content.articles.length, entities: content.entities.length },
    files: entries,
  };
  const manifestText = JSON.stringify(manifest, null, 1);
  const index: PackIndex = {
    format: PACK_FORMAT,
    manifest: manifestText,
    signature: sign(null, Buffer.from(manifestText, 'utf8'), privateKey).toString('base64'),
  };
  files.set(PACK_INDEX_FILE, Buffer.from(JSON.stringify(index, null, 1), 'utf8'));
  return files;
}

export async function writePackFiles(outDir: string, files: Map<string, Buffer>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  // The data files first, the index last: a host serving the folder meanwhile never lists a missing file.
  for (const [name, bytes] of files) if (name !== PACK_INDEX_FILE) await writeFile(join(outDir, name), bytes);
  await writeFile(join(outDir, PACK_INDEX_FILE), files.get(PACK_INDEX_FILE)!);
}
