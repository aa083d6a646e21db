// Off-machine traffic: the browser's proxy points at a sink that records and refuses every request, so
// nothing leaves the machine and the tests see where the browser tried to go. Loopback bypasses proxies.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SinkProxy {
  port: number;
  /** Every destination refused so far, as "host:port" or a URL. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startSinkProxy(): Promise<SinkProxy> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(req.url ?? '');
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    // The browser may reset the tunnel it asked for once refused: not an error of the test.
    socket.on('error', () => {});
    attempts.push(req.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await listen(server);
  return { port: (server.address() as AddressInfo).port, attempts, close: () => closeServer(server) };
}

/** "http://host/path" from a proxied request, "host:443" from a CONNECT. */
export function hostOf(attempt: string): string {
  return /^[a-z]+:\/\//.test(attempt) ? new URL(attempt).hostname : attempt.replace(/:\d+$/, '');
}

/** Loopback (127.0.0.1, and localhost for cross-origin frames), the extension's own pages, in-memory URLs. */
export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return true;
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost';
}

export function listen(server: Server): Promise<void> {
  // A browser closing a connection mid-request (a tab closed while loading) resets the socket.
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((ok) => server.close(() => ok()));
}

/** Playwright's key syntax ("Alt+Shift+N") as the modifiers held and the key pressed. */
export function splitKeys(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('+');
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1] || '+' };
}
