import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadEnv } from 'vite';
import { mapTiles } from '../config/map-tiles.ts';
import { contentPolicy, cspHash, inlineCode } from '../security/content-policy.ts';
import { publishedHeadersProblems } from '../security/headers-file.ts';

export interface SecurityHeadersOptions {
  /** PANORAMA_ASSETS_BASE, as given to the panorama step: its origin may serve images, media and tiles. */
  assetsBase?: string | undefined;
}

/** Written in public/_headers where the policy goes; the build puts the policy there in dist/_headers. */
export const POLICY_PLACEHOLDER = '{{CONTENT_POLICY}}';

/**
 * The Content-Security-Policy step of the build (issue 14, item 8). After every page is written, it
 * hashes the inline scripts and `<style>` elements actually present in the built HTML and writes one
 * policy into `dist/_headers` (from public/_headers, in place of {{CONTENT_POLICY}}), then checks
 * that every page gets exactly one policy and that the file fits the hosts' limits.
 *
 * Why not Astro's own `security.csp`: it writes a per-page `<meta>`, and a static host sends headers,
 * one set per URL pattern (frame-ancestors, needed for embeds, has no `<meta>` form). A header and a
 * meta would both be enforced, two policies to keep in step. And it hashes only the scripts Astro
 * bundles, not `is:inline` or `define:vars` ones (the language redirect, the embed's), which we would
 * have to hash by hand. Hashing the output covers every script that ships, whoever wrote it.
 */
export default function securityHeaders(options: SecurityHeadersOptions = {}): AstroIntegration {
  let tilesUrl = '';
  return {
    name: 'hg360:security-headers',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        // The same PUBLIC_ variables the pages see (process.env first, then .env files).
        const env = loadEnv(command === 'dev' ? 'development' : 'production', fileURLToPath(config.root), 'PUBLIC_');
        tilesUrl = mapTiles(env).url;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await htmlFiles(site);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const handlers: string[] = [];
        for (const page of pages) {
          const code = inlineCode(await readFile(join(site, page), 'utf8'));
          for (const script of code.scripts) scripts.add(cspHash(script));
          for (const style of code.styles) styles.add(cspHash(style));
          if (code.handlers.length) handlers.push(`${page} (${[...new Set(code.handlers)].join(', ')})`);
        }
        if (handlers.length) {
          throw new Error(
            `Inline event handlers cannot run under the site's Content-Security-Policy: ${handlers.join('; ')}. ` +
              'Attach the listener in a <script> with addEventListener instead.',
          );
        }
        const policy = contentPolicy({ scriptHashes: scripts, styleHashes: styles, mapTilesUrl: tilesUrl, assetsBase: options.assetsBase });
        const file = join(site, '_headers');
        const template = await readFile(file, 'utf8').catch(() => {
          throw new Error(`${file} is missing: public/_headers holds the site's security headers (docs/security-headers.md)`);
        });
        if (!template.includes(POLICY_PLACEHOLDER)) throw new Error(`public/_headers has no ${POLICY_PLACEHOLDER}: the Content-Security-Policy lines need it`);
        // Header lines only: a comment that names the placeholder stays as written.
        const written = template
          .split('\n')
          .map((line) => (line.trimStart().startsWith('#') ? line : line.replaceAll(POLICY_PLACEHOLDER, policy)))
          .join('\n');
        const problems = publishedHeadersProblems(written, pages.map(pagePath));
        if (problems.length) throw new Error(`dist/_headers would not protect the site as written: ${problems.join('; ')}`);
        await writeFile(file, written);
        logger.info(`Content-Security-Policy in _headers: ${scripts.size} inline scripts and ${styles.size} <style> elements hashed (${policy.length} characters)`);
      },
    },
  };
}

/** `tours/x/index.html` → `/tours/x/`, `404.html` → `/404.html`: the address a host serves it at. */
const pagePath = (file: string) => '/' + file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  // SVG files are documents too when opened on their own (the drawn tour maps carry a <style>).
  return entries.filter((e) => e.isFile() && /\.(html|svg)$/.test(e.name)).map((e) => relative(root, join(e.parentPath, e.name)));
}
