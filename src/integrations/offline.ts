/**
 * The offline step of the build (issue 19), at `astro:build:done`, after the search index:
 *
 * 1. Icons made from the favicon by sharp (192, 512, and a maskable 512 with a safe margin) and a
 *    web app manifest per language (`/manifest.webmanifest`, `/en/manifest.webmanifest`).
 * 2. Each tour's offline pack as JSON (`/_offline/packs/<tour>.<lang>.json`): its file list and sizes
 *    at phone quality (tiles to 2048 px) and full quality (every level).
 * 3. The service worker `/sw.js`: src/offline/sw.ts bundled by esbuild, then workbox-build's
 *    injectManifest writes the shell's precache list into it (computed from the built files, never
 *    from chunk names: the offline pages' scripts, the scene page's scripts with the chunks they load
 *    first, every stylesheet, icons, manifests).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { build as esbuild } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../config/languages.ts';
import { dynamicImportsOf, filesNamedIn, pagefindUrls, planTourPack, SiteFiles, type TourPack } from '../offline/pack-plan.ts';
import { offlineUi } from '../offline/strings.ts';

const SW_SOURCE = fileURLToPath(new URL('../offline/sw.ts', import.meta.url));
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;
/** The site palette (src/styles/global.css): paper background, indigo of the favicon. */
const THEME = { background: '#f7f4ee', theme: '#2b3a67' };

const prefixOf = (lang: string) => (lang === DEFAULT_LANGUAGE ? '' : `/${lang}`);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

async function makeIcons(dir: string): Promise<void> {
  const svg = await readFile(join(dir, 'favicon.svg'));
  await mkdir(join(dir, 'icons'), { recursive: true });
  for (const icon of ICONS) {
    const out = join(dir, icon.file);
    if (icon.purpose === 'maskable') {
      // Maskable: the mark inside the 80 % safe zone on a full-bleed background.
      const inner = Math.round(icon.size * 0.7);
      const mark = await sharp(svg, { density: 600 }).resize(inner, inner).png().toBuffer();
      await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: THEME.theme } })
        .composite([{ input: mark, gravity: 'centre' }])
        .png()
        .toFile(out);
    } else {
      await sharp(svg, { density: 600 }).resize(icon.size, icon.size).png().toFile(out);
    }
  }
}

async function writeManifests(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const lang of LANGUAGES) {
    const t = offlineUi(lang);
    const prefix = prefixOf(lang);
    const manifest = {
      id: `${prefix}/`,
      name: t.appName,
      short_name: 'HG 360',
      description: t.appDescription,
      lang,
      start_url: `${prefix}/`,
      scope: `${prefix}/`,
      display: 'standalone',
      background_color: THEME.background,
      theme_color: THEME.theme,
      icons: ICONS.map((i) => ({ src: `/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
    };
    const file = join(dir, prefix.slice(1), 'manifest.webmanifest');
    await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
    written.push(`${prefix}/manifest.webmanifest`.slice(1));
  }
  return written;
}

/** A hash of every file of the site but the worker itself: a new build with any change gets a new worker. */
async function siteVersion(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !e.parentPath.includes('_pano') && !/^sw\.js/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of entries) hash.update(file.slice(dir.length)).update(await readFile(file));
  // Panorama folders are content-hashed: their names stand for their bytes.
  hash.update((await readdir(join(dir, '_pano')).catch(() => [])).sort().join(','));
  return hash.digest('hex').slice(0, 16);
}

/** What the build log says of a pack once it is written. */
function packLine(pack: TourPack): string {
  const { phone, full } = pack.qualities;
  return `pack ${pack.tour} (${pack.lang}): phone ${mb(phone.bytes)} MB / ${phone.files.length} files, full ${mb(full.bytes)} MB / ${full.files.length} files`;
}

/**
 * Each pack is written as soon as it is planned and only its log line kept: every pack lists the
 * whole search index, so holding all of them at once grew with tours × scenes (1.27 GiB of live
 * heap at 3000 scenes; issue 20).
 */
async function writePacks(dir: string, version: string): Promise<string[]> {
  const site = new SiteFiles(dir);
  await site.knowPublishedSizes();
  const pagefind = await pagefindUrls(dir);
  await mkdir(join(dir, '_offline/packs'), { recursive: true });
  const lines: string[] = [];
  for (const lang of LANGUAGES) {
    const prefix = prefixOf(lang);
    const tours = await readdir(join(dir, prefix, 'tours'), { withFileTypes: true }).catch(() => []);
    for (const entry of tours) {
      if (!entry.isDirectory()) continue;
      const pack = await planTourPack(site, entry.name, lang, prefix, version, pagefind);
      if (!pack) continue;
      await writeFile(join(dir, `_offline/packs/${pack.tour}.${pack.lang}.json`), JSON.stringify(pack));
      lines.push(packLine(pack));
    }
  }
  return lines;
}

/** The shell: what every visit may need offline before any tour is saved. */
async function shellFiles(dir: string, manifests: string[]): Promise<string[]> {
  const site = new SiteFiles(dir);
  // warm-webgl.js: the viewer's GPU warm-up worker, started by an inline script (src/components/viewer/warm-webgl.ts).
  const files = new Set<string>(['favicon.svg', 'warm-webgl.js', ...ICONS.map((i) => i.file), ...manifests]);
  const scripts = new Set<string>();
  for (const lang of LANGUAGES) {
    const page = `${prefixOf(lang)}/offline/`;
    if ((await site.size(page)) === undefined) continue;
    files.add(`${page.slice(1)}index.html`);
    for (const f of filesNamedIn(await site.text(page))) if (/^\/_astro\/.*\.js$/.test(f)) scripts.add(f);
  }
  // The viewer's core: the scene page's own scripts and the chunks they ask for first (plugins the
  // core loads later come with a saved tour).
  const scene = await firstScenePage(dir);
  if (scene) {
    for (const f of filesNamedIn(await site.text(scene))) {
      if (!/^\/_astro\/.*\.js$/.test(f) || (await site.size(f)) === undefined) continue;
      scripts.add(f);
      for (const d of dynamicImportsOf(await site.text(f))) if (d.endsWith('.js')) scripts.add(d);
    }
  }
  for (const f of await site.scriptClosure(scripts, { onDemand: false })) files.add(f.slice(1));
  for (const name of await readdir(join(dir, '_astro')).catch(() => [])) if (name.endsWith('.css')) files.add(`_astro/${name}`);
  return [...files];
}

async function firstScenePage(dir: string): Promise<string | undefined> {
  for (const tour of await readdir(join(dir, 'tours'), { withFileTypes: true }).catch(() => [])) {
    if (!tour.isDirectory()) continue;
    for (const scene of await readdir(join(dir, 'tours', tour.name), { withFileTypes: true })) {
      if (scene.isDirectory()) return `/tours/${tour.name}/${scene.name}/`;
    }
  }
  return undefined;
}

async function writeServiceWorker(dir: string, shell: string[], version: string): Promise<{ count: number; size: number; swBytes: number }> {
  const staging = join(dir, '_offline/sw.src.js');
  await esbuild({
    entryPoints: [SW_SOURCE],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    outfile: staging,
    define: { __HG_BUILD__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const result = await injectManifest({
    swSrc: staging,
    swDest: join(dir, 'sw.js'),
    globDirectory: dir,
    globPatterns: shell,
    // Hashed chunk names are their own revision.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  await rm(staging);
  const swBytes = (await stat(join(dir, 'sw.js'))).size;
  return { count: result.count, size: result.size, swBytes };
}

export default function offline(): AstroIntegration {
  return {
    name: 'hg360:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/[\\/]$/, '');
        await makeIcons(site);
        const manifests = await writeManifests(site);
        const version = await siteVersion(site);
        for (const line of await writePacks(site, version)) logger.info(line);
        const shell = await shellFiles(site, manifests);
        const sw = await writeServiceWorker(site, shell, version);
        logger.info(`service worker sw.js (${kib(sw.swBytes)} KiB) precaches the shell: ${sw.count} files, ${kib(sw.size)} KiB; build ${version}`);
      },
    },
  };
}
