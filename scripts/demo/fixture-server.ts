import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { join } from 'node:path';
import type { Certificate } from './certificate';
import { EDITOR_LABS, fixtureScript } from './editor-labs';
import type { FixturePage } from './pages';

export interface FixtureServer {
  port: number;
  /** Every request served, as "host path", to check that tests stayed on the fixtures. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the fixture pages on 127.0.0.1 under the real host names (the browser maps those names to
 * loopback). One port speaks both TLS and plain HTTP, and plain HTTP also answers proxy CONNECT, so
 * Firefox — which has no host-resolver rules — can use this server as its proxy for every host.
 */
export async function startFixtureServer(options: {
  pages: FixturePage[];
  fixturesDir: string;
  certificate: Certificate;
  port?: number;
}): Promise<FixtureServer> {
  const requests: string[] = [];
  const byRoute = new Map<string, { file: string }>(options.pages.map((p) => [`${p.host}${trimSlash(p.path)}`, p]));
  for (const lab of EDITOR_LABS) byRoute.set(`${lab.host}${trimSlash(lab.path)}`, lab);

  const handler: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const host = url.hostname;
    requests.push(`${host} ${url.pathname}`);
    const script = /^\/__riposte-fixture\/([a-z0-9-]+)\.js$/u.exec(url.pathname);
    if (script) {
      serveScript(res, script[1] ?? '');
      return;
    }
    const page = byRoute.get(`${host}${trimSlash(url.pathname)}`);
    if (!page) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(url.pathname === '/favicon.ico' ? '' : notFoundPage(host, url.pathname, options.pages));
      return;
    }
    readFile(join(options.fixturesDir, page.file))
      .then((body) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Fixture ${page.file} could not be read: ${String(error)}`);
      });
  };

  const tlsServer = https.createServer({ key: options.certificate.key, cert: options.certificate.cert }, handler);
  const plainServer = http.createServer(handler);
  plainServer.on('connect', (_req, socket, head) => {
    // Proxy tunnel: whatever host was asked for, the TLS conversation continues with us.
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tlsServer.emit('connection', socket);
  });

  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      // 0x16: a TLS handshake record.
      (first[0] === 0x16 ? tlsServer : plainServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = front.address();
  if (!address || typeof address === 'string') throw new Error('The fixture server has no port');

  return {
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        front.close(() => resolve());
      }),
  };
}

/** A fixture page's script (the real editor libraries), bundled on first request. */
function serveScript(res: http.ServerResponse, name: string): void {
  const bundle = fixtureScript(name);
  if (!bundle) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`No fixture script ${name}`);
    return;
  }
  bundle
    .then((code) => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(code);
    })
    .catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Fixture script ${name} could not be built: ${String(error)}`);
    });
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function notFoundPage(host: string, path: string, pages: FixturePage[]): string {
  const links = pages
    .filter((p) => p.demo)
    .map((p) => `<li><a href="https://${escapeHtml(p.host)}${escapeHtml(p.path)}">${escapeHtml(p.title)}</a></li>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>Riposte demo</title><h1>Riposte demo</h1><p>No demo page at ${escapeHtml(host + path)}.</p><ul>${links}</ul>`;
}
