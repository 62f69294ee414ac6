/**
 * A tiny static file server for the benchmark pages. It exists so that every contender is fetched the same
 * way a static host would serve it: Content-Length on every response (the byte counts come from the browser's
 * Resource Timing, which needs a complete response to report sizes), correct MIME types (module scripts and
 * import maps are refused otherwise) and gzip for text, as any real host does — so "JS KiB" means bytes on the
 * wire, comparable with the gzip figures in the design notes. Images are sent as is.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
};

/** Types worth compressing; images are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port. `/dir/` serves `dir/index.html`. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  // Compressed bodies are cached: the same JS is served many times per benchmark and gzip -9 isn't free.
  const gzCache = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let rel = normalize(decodeURIComponent(url.pathname));
      if (rel.endsWith(sep) || rel.endsWith('/')) rel = join(rel, 'index.html');
      const file = join(root, rel);
      if (!file.startsWith(normalize(root + sep))) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      const ext = extname(file).toLowerCase();
      let body: Buffer = await readFile(file);
      const headers: Record<string, string | number> = {
        'Content-Type': MIME[ext] ?? 'application/octet-stream',
        // Benchmark runs must never be served from a cache, whatever the browser context does.
        'Cache-Control': 'no-store',
        // Lets Resource Timing report sizes even when a contender's page lives on another origin.
        'Timing-Allow-Origin': '*',
        'Access-Control-Allow-Origin': '*',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = gzCache.get(file);
        if (!gz) gzCache.set(file, (gz = gzipSync(body, { level: 9 })));
        body = gz;
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      const text = missing ? 'not found' : 'server error';
      res.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
