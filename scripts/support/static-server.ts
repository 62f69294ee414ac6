/**
 * The one static server of the tests and the tools (issue 15): a built site served the way a static
 * host serves it, by `sirv` — folder → index.html, 404.html when missing, Content-Length on every
 * response — with the site's `_headers` file applied as Cloudflare Pages applies it
 * (src/security/headers-file.ts), so every e2e test runs under the real Content-Security-Policy.
 *
 * `bench: true` adds what the benchmarks need to compare contenders fairly: text gzipped on the fly
 * (as any real host sends it, so "JS KiB" means bytes on the wire), nothing cacheable between runs,
 * and Resource Timing sizes readable across origins; and leaves `_headers` out (see below).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/security/headers-file.ts';

export interface StaticServerOptions {
  /** 0 (default): a free port. */
  port?: number;
  /** 127.0.0.1 by default; another loopback address makes another origin (a partner's page). */
  host?: string;
  /** Benchmark serving: gzip for text, `no-store`, cross-origin Resource Timing. */
  bench?: boolean;
}

export interface StaticServer {
  server: Server;
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Types worth compressing; pictures, sound and video are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export async function serveStatic(root: string, { port = 0, host = '127.0.0.1', bench = false }: StaticServerOptions = {}): Promise<StaticServer> {
  // The benchmarks' instruments run inside the pages (a blob: worker reading the canvas, injected
  // probes) and the site's Content-Security-Policy would refuse them: they are served without it.
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = !bench && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')).rules : [];
  const files = sirv(root, { dev: true, dotfiles: false, etag: !bench });
  const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('Not found');
  const gzipped = new Map<string, Buffer>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    for (const [name, value] of headersFor(rules, url)) res.setHeader(name, value);
    if (bench) {
      // Benchmark runs must never be served from a cache, and peers' pages may live on another origin.
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Timing-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Origin', '*');
    }
    const send404 = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFound.length });
      res.end(req.method === 'HEAD' ? undefined : notFound);
    };
    if (bench && acceptsGzip(req)) {
      void sendGzipped(root, url, req, res, gzipped).then((sent) => sent || files(req, res, send404));
      return;
    }
    files(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host}:${actualPort}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/** Sends a text file gzipped (compressed once, then from memory); false when it is not one. */
async function sendGzipped(root: string, url: URL, req: IncomingMessage, res: ServerResponse, cache: Map<string, Buffer>): Promise<boolean> {
  let rel = normalize(decodeURIComponent(url.pathname));
  if (rel.endsWith('/') || rel.endsWith(sep)) rel = join(rel, 'index.html');
  const file = join(root, rel);
  if (!file.startsWith(normalize(root + sep)) || !COMPRESSIBLE.has(extname(file).toLowerCase())) return false;
  let body = cache.get(file);
  if (!body) {
    const raw = await readFile(file).catch(() => undefined);
    if (!raw) return false;
    cache.set(file, (body = gzipSync(raw, { level: 9 })));
  }
  // The same type table sirv uses for the other responses.
  const type = lookup(extname(file)) ?? 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': type.startsWith('text/') || type.endsWith('json') ? `${type}; charset=utf-8` : type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
