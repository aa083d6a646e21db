// A static host for packs, and the build that may fetch from it, for the packs end-to-end tests.
//
// The browser's permission prompt cannot be clicked in a headless browser (neither CDP nor WebDriver BiDi
// answers it), so the tests run a copy of the build whose manifest already holds the test host's origin
// (Chromium: host_permissions; Firefox MV2: permissions, granted at install): permissions.request() then
// resolves true without a prompt, and every other step (the request from the reader's click, the
// background's permissions.contains, the fetch) is the product's own.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACK_INDEX_FILE } from '../../lib/packs/format';
import { REPO_ROOT, type BrowserName } from './harness';

/** A static host for a pack under /pack/: files by path, ETag and If-None-Match, every request logged; /moved/… redirects there. */
export interface PackHost {
  origin: string;
  serve(files: Map<string, Buffer>): void;
  log: { path: string; status: number; ifNoneMatch: string | null }[];
  close(): Promise<void>;
}

export async function startPackHost(): Promise<PackHost> {
  let files = new Map<string, Buffer>();
  let etag = '';
  const log: PackHost['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/pack\//, '');
    if (path.startsWith('/moved/')) {
      log.push({ path, status: 302, ifNoneMatch: null });
      res.writeHead(302, { location: `/pack/${path.slice('/moved/'.length)}` });
      res.end();
      return;
    }
    const body = files.get(path);
    const ifNoneMatch = req.headers['if-none-match'] ?? null;
    const status = !body ? 404 : path === PACK_INDEX_FILE && ifNoneMatch === etag ? 304 : 200;
    log.push({ path, status, ifNoneMatch });
    res.writeHead(status, {
      'content-type': 'application/json',
      ...(path === PACK_INDEX_FILE ? { etag } : {}),
    });
    res.end(status === 200 ? body : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let n = 0;
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve(next) {
      files = next;
      etag = `"${++n}"`;
    },
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The build with the test host's origin granted up front (see the note at the top of this file). */
export function buildWithTestHostGranted(browser: BrowserName): string {
  const dir = mkdtempSync(join(tmpdir(), 'context-lens-packs-'));
  cpSync(join(REPO_ROOT, browser === 'firefox' ? '.output/firefox-mv2' : '.output/chrome-mv3'), dir, {
    recursive: true,
  });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string[] | undefined>;
  const key = browser === 'firefox' ? 'permissions' : 'host_permissions';
  manifest[key] = [...(manifest[key] ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
