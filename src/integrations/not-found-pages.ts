import { copyFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../config/languages.ts';

/**
 * The not-found pages come from one `[...lang]` route, which Astro writes as `404/index.html` and
 * `en/404/index.html`. Static hosts serve `/404.html` for a miss, and those that look for the nearest
 * `404.html` up the folder tree (Cloudflare Pages) find `en/404.html` for a miss under `/en/`: so each
 * language's page is also written there (issue 16). Hosts that only know `/404.html` get the
 * redirect in src/pages/[...lang]/404.astro.
 */
export default function notFoundPages(): AstroIntegration {
  return {
    name: 'hg360:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const written: string[] = [];
        for (const lang of LANGUAGES) {
          const folder = lang === DEFAULT_LANGUAGE ? site : join(site, lang);
          const page = join(folder, '404', 'index.html');
          if (!(await stat(page).catch(() => undefined))) throw new Error(`${page} is missing: src/pages/[...lang]/404.astro should write it`);
          await copyFile(page, join(folder, '404.html'));
          written.push(relative(site, join(folder, '404.html')));
        }
        logger.info(`not-found pages per language: ${written.join(', ')}`);
      },
    },
  };
}
