/**
 * The search step of the build (issue 6), as named steps like Starlight's Pagefind integration:
 * 1. the search UI is its own chunk of the client build (ui-chunk.ts), loaded on focus or `/`;
 * 2. `astro dev` serves the last build's index (dev-index.ts), so the box works while editing;
 * 3. after the build, Pagefind indexes the pages (pagefind-index.ts) and the build prints its size.
 * What one query costs is measured by `node scripts/bench/search.ts`, not during builds.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { failIfAsked } from '../../config/test-faults.ts';
import { serveLastIndex } from './dev-index.ts';
import { BUNDLE_DIR, buildIndex, kib } from './pagefind-index.ts';
import { searchUiChunk } from './ui-chunk.ts';
import { stat } from 'node:fs/promises';

export default function search(): AstroIntegration {
  let base = '/';
  let outDir = '';
  const ui = searchUiChunk(() => base);

  return {
    name: 'hg360:search',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base.replace(/\/?$/, '/');
        outDir = fileURLToPath(config.outDir);
        updateConfig({ vite: { plugins: [ui.plugin] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(`${base}${BUNDLE_DIR}/`, serveLastIndex(join(outDir, BUNDLE_DIR), logger));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        failIfAsked('search');
        const report = await buildIndex(site, logger);
        const chunk = ui.fileName();
        const uiBytes = chunk ? (await stat(join(site, chunk))).size : 0;
        logger.info(`${report.summary}; search UI ${kib(uiBytes)} KiB (what a query fetches: node scripts/bench/search.ts)`);
      },
    },
  };
}
