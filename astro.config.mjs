// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentChecks from './src/integrations/content-checks.ts';
import panoramas from './src/integrations/panoramas.ts';
import search from './src/integrations/search/index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import atomicOutput from './src/integrations/atomic-output.ts';
import offline from './src/integrations/offline.ts';
import { withTimings } from './src/build/timings.ts';
import notFoundPages from './src/integrations/not-found-pages.ts';
import { viewerCorePreload } from './src/integrations/viewer-core-preload.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/config/languages.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Canonical address of the published site; used for absolute URLs (Open Graph, sitemap).
  site: process.env.SITE_URL ?? 'https://hagiang360.example',
  output: 'static',
  // HG360_OUT_DIR builds elsewhere (tests that must not touch the real dist/); HG360_CACHE_DIR keeps a
  // fixture site's content store apart from the real one (Astro caches collections there).
  outDir: process.env.HG360_OUT_DIR ?? './dist',
  cacheDir: process.env.HG360_CACHE_DIR ?? './node_modules/.astro',
  // Scene pages are folders (`/tours/x/y/`), so every internal link ends with a slash.
  trailingSlash: 'always',
  // Vietnamese at `/`, English at `/en/` (src/config/languages.ts). Pages live in src/pages/[...lang]/,
  // one file per kind of page for every language. https://docs.astro.build/en/guides/internationalization/
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANGUAGE,
    routing: { prefixDefaultLocale: false },
  },
  // withTimings: with HG360_BUILD_TIMINGS=<file>, every step's time is written there (npm run bench:scale).
  integrations: withTimings([
    // Editors' content checked as a whole first: a problem stops the build before dist/ is touched.
    contentChecks(),
    // Scenes and tours are MDX files in content/.
    mdx(),
    // Editors' photos → content-hashed web panoramas (src/panorama/).
    panoramas({ assetsBase: process.env.PANORAMA_ASSETS_BASE }),
    // sitemap-index.xml with every page and its other-language twin (hreflang); embeds and 404 left out.
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANGUAGE, locales: Object.fromEntries(LANGUAGES.map((l) => [l, l])) },
      filter: (page) => !page.includes('/embed/') && !page.includes('/404') && !page.includes('/offline/'),
    }),
    // /404.html and /en/404.html from the not-found route's folders: what static hosts serve for a miss (issue 16).
    notFoundPages(),
    // Pagefind index of the built pages, one per language, and the lazily loaded search box (issue 6).
    search(),
    // Once every page is written: the Content-Security-Policy, hashed from the built pages'
    // inline scripts, into dist/_headers (public/_headers; docs/security-headers.md, issue 14).
    securityHeaders({ assetsBase: process.env.PANORAMA_ASSETS_BASE }),
    // Offline packs, web app manifests and icons, and the Workbox service worker (issue 19); after the
    // search index, whose files the packs carry, and the headers, which the worker's build version covers.
    offline(),
    // Last: the build went into a fresh folder; only now that every step above succeeded does it
    // replace dist/ (a failed build leaves the last good site byte for byte).
    atomicOutput(),
  ]),
  // Every page's CSS inside its HTML: the poster (the scene page's Largest Contentful Paint) waits for no
  // stylesheet round trip, 150 ms and more on a mountain link (issue 13). The CSP hashes each <style>.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    // The viewer's first chunk is preloaded by <hg-viewer> before it runs (issue 13).
    plugins: [viewerCorePreload()],
    build: {
      // three.js + Photo Sphere Viewer make one ~600 kB chunk, loaded only when a viewer is near.
      chunkSizeWarningLimit: 800,
      rolldownOptions: {
        // MDX's "use astro:head-inject" marker trips a bundler notice on every scene; it is harmless
        // (https://github.com/withastro/astro/issues) and would bury editors' real messages.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
