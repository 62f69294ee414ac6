/// <reference lib="webworker" />
/**
 * The site's service worker (issue 19), bundled by esbuild and given its precache list by
 * workbox-build's injectManifest at the end of the build (src/integrations/offline.ts).
 *
 * - Precache: the shell only (styles, the viewer's core chunk, the offline pages, icons, manifests).
 * - Pages: network first with a 3 s timeout; then a saved tour's copy; then the offline page.
 * - Content-hashed files (/_astro/, /_pano/): cache first for ever — a saved pack, then the runtime cache.
 * - Embeds (/embed/, /en/embed/) and anything they load are never answered by this worker.
 * - A new build's worker waits until the page asks it to take over ("New version — reload").
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { createPartialResponse } from 'workbox-range-requests';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ({ url: string; revision: string | null } | string)[] };
/** Replaced at build time by a hash of the whole site: any change makes a new worker. */
declare const __HG_BUILD__: string;

const PACK_PREFIX = 'hg-pack:';
const PAGES = `hg-pages-${__HG_BUILD__}`;
const HASHED = 'hg-hashed';
const EMBED = /^\/(?:[a-z]{2}\/)?embed(?:\/|$)|^\/embed\.js$|^\/oembed\//;

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | undefined)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first worker takes the open page at once (nothing older to mix with); later ones wait.
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

self.addEventListener('activate', (event) => {
  // Pages of older builds go; saved packs stay (each keeps its own chunks, so they never mix).
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('hg-pages-') && k !== PAGES).map((k) => caches.delete(k)))),
  );
});

/** A request the worker leaves alone: other sites, embeds and what they load, the pack saver's own downloads. */
function untouched(request: Request, url: URL): boolean {
  if (url.origin !== self.location.origin) return true;
  if (request.headers.has('x-hg-pack')) return true;
  if (EMBED.test(url.pathname)) return true;
  if (request.referrer) {
    const from = new URL(request.referrer);
    if (from.origin === self.location.origin && EMBED.test(from.pathname)) return true;
  }
  return false;
}

/** A saved pack's copy of a file, or undefined. */
async function fromPacks(request: Request | string): Promise<Response | undefined> {
  const url = typeof request === 'string' ? request : request.url;
  for (const key of await caches.keys()) {
    if (!key.startsWith(PACK_PREFIX)) continue;
    const hit = await (await caches.open(key)).match(url, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

async function rangeAware(request: Request, response: Response): Promise<Response> {
  return request.headers.has('range') && response.status === 200 ? createPartialResponse(request, response) : response;
}

const NETWORK_TIMEOUT_MS = 3000;
const hashed = new CacheFirst({
  cacheName: HASHED,
  plugins: [new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })],
});

async function offlinePage(url: URL): Promise<Response> {
  const en = url.pathname.startsWith('/en/');
  const page = (await matchPrecache(en ? '/en/offline/index.html' : '/offline/index.html')) ?? (await matchPrecache('/offline/index.html'));
  return page ?? new Response('Không có mạng · You are offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

// Pages: the network first, given 3 s; then a saved tour's copy; then (not for tour pages, which need their
// panoramas) this build's copy of a page seen before; else the offline page. A slow answer still wins if nothing
// is saved.
const TOUR_PAGE = /^\/(?:[a-z]{2}\/)?tours\/[^/]+\//;
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !untouched(request, url),
  async ({ request, url, event }) => {
    const network = fetch(request);
    network.catch(() => undefined);
    const first = await Promise.race([network, new Promise<undefined>((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS))]).catch(() => undefined);
    const keep = (response: Response) => {
      if (response.ok && !TOUR_PAGE.test(url.pathname)) {
        const copy = response.clone();
        event.waitUntil(caches.open(PAGES).then((cache) => cache.put(request, copy)));
      }
      return response;
    };
    if (first) return keep(first);
    const saved = (await fromPacks(request)) ?? (TOUR_PAGE.test(url.pathname) ? undefined : await (await caches.open(PAGES)).match(request));
    if (saved) return saved;
    try {
      return keep(await network);
    } catch {
      return offlinePage(url);
    }
  },
);

// Content-hashed files never change: a saved pack's copy, the runtime cache, then the network.
registerRoute(
  ({ request, url }) => !untouched(request, url) && /^\/(?:_astro|_pano)\//.test(url.pathname),
  async (options) => {
    const { request } = options;
    const saved = await fromPacks(request);
    if (saved) return rangeAware(request, saved);
    return rangeAware(request, await hashed.handle(options));
  },
);

// Everything else of ours (search index, tour maps, manifests, page text fetched by the viewer, the packs' lists):
// the network, then a saved copy.
registerRoute(
  ({ request, url }) => !untouched(request, url) && request.method === 'GET',
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const saved = (await fromPacks(request)) ?? (await caches.match(request, { ignoreSearch: true }));
      if (saved) return saved;
      throw error;
    }
  },
);

setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return offlinePage(new URL(request.url));
  return Response.error();
});

