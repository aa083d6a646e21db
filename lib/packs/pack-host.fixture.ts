// A static host in memory for pack tests: files by URL, ETag and If-None-Match, 404s, a request that hangs.
import { webcrypto } from 'node:crypto';
import type { PackFetch } from './fetch-pack';
import { PACK_INDEX_FILE } from './format';

export const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const HOST = 'https://packs.example.org/news/';
export const INDEX_URL = HOST + PACK_INDEX_FILE;

export interface Served {
  status?: number;
  body?: Buffer;
  etag?: string;
  hang?: boolean;
  /** Answered as a fetch with redirect: 'manual' sees a redirect. */
  redirect?: boolean;
}

export function host(files: Map<string, Served>): { fetch: PackFetch; requests: string[] } {
  const requests: string[] = [];
  const fetch: PackFetch = (url, init) => {
    requests.push(url);
    const file = files.get(url);
    if (file?.hang)
      return new Promise((_, reject) =>
        init.signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    if (file?.redirect)
      return Promise.resolve({
        type: 'opaqueredirect',
        status: 0,
        headers: { get: () => null },
        arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
      });
    const notModified = file?.etag && init.headers['If-None-Match'] === file.etag;
    const status = !file ? 404 : notModified ? 304 : (file.status ?? 200);
    const body = status === 200 ? file!.body! : Buffer.alloc(0);
    return Promise.resolve({
      status,
      headers: { get: (name: string) => (name === 'ETag' ? (file?.etag ?? null) : null) },
      arrayBuffer: () =>
        Promise.resolve(body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer),
    });
  };
  return { fetch, requests };
}

/** A built pack's files served under HOST; pack.json with `etag`. */
export function serve(pack: Map<string, Buffer>, etag = 'v'): Map<string, Served> {
  return new Map(
    [...pack].map(([name, body]) => [HOST + name, { body, ...(name === PACK_INDEX_FILE ? { etag } : {}) }]),
  );
}

/** The served pack with one byte of its articles file flipped. */
export function corrupt(files: Map<string, Served>): Map<string, Served> {
  const out = new Map(files);
  const url = [...out.keys()].find((u) => u.includes('/articles.'))!;
  const body = Buffer.from(out.get(url)!.body!);
  body[10] ^= 1;
  out.set(url, { body });
  return out;
}

/** The served pack with its manifest altered after signing. */
export function forge(files: Map<string, Served>, etag = 'forged'): Map<string, Served> {
  const out = new Map(files);
  const index = JSON.parse(out.get(INDEX_URL)!.body!.toString()) as { manifest: string };
  index.manifest = index.manifest.replace(/"description": "[^"]*"/, '"description": "forged"');
  out.set(INDEX_URL, { body: Buffer.from(JSON.stringify(index)), etag });
  return out;
}
