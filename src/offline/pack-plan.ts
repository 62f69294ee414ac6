/**
 * What a tour's offline pack holds, worked out from the built site (Node only, run at
 * `astro:build:done`): the tour's pages in one language, every file those pages and the viewer ask
 * for (styles, scripts and the chunks they import, posters, base panoramas, tiles up to the chosen
 * level, hotspot pictures and sounds, narration, the tour map), and Pagefind's files for search.
 * Nothing here knows chunk names: scripts are followed from the pages through their imports.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type PackQuality = 'phone' | 'full';
export const PACK_QUALITIES: readonly PackQuality[] = ['phone', 'full'];
/** Phone quality: tile levels up to this width (the "≤ 2048 px"). */
export const PHONE_MAX_LEVEL_WIDTH = 2048;

export interface PackFile {
  url: string;
  bytes: number;
}

export interface PackQualityPlan {
  bytes: number;
  /** Widest tile level saved (px); the saved pages' viewer is told of no finer one. */
  maxLevelWidth: number;
  files: [url: string, bytes: number][];
}

export interface TourPack {
  tour: string;
  lang: string;
  title: string;
  /** The build that made the list (changes when any page or file changes). */
  version: string;
  /** Pages of the pack (tour page first). */
  pages: string[];
  qualities: Record<PackQuality, PackQualityPlan>;
}

interface ViewerLevel {
  width: number;
  cols: number;
  rows: number;
}
interface ViewerPanorama {
  baseUrl: string;
  tileUrl: string;
  levels: ViewerLevel[];
}
interface ViewerJson {
  tourTitle: string;
  map?: { imageUrl: string };
  music?: { url: string };
  scenes: {
    url: string;
    panorama: ViewerPanorama;
    thumbnail?: string;
    preview?: string;
    hotspots?: { image?: { url: string }; audio?: string; video?: string }[];
    narration?: Record<string, string | undefined>;
    ambience?: { url: string };
    variants?: { panorama: ViewerPanorama }[];
  }[];
}

/** The JSON the `<hg-viewer>` element of a built page carries, or undefined. */
export function viewerJsonOf(html: string): ViewerJson | undefined {
  const match = /<hg-viewer[\s\S]*?<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  return match ? (JSON.parse(match[1]!) as ViewerJson) : undefined;
}

/** Same-site files a page names in its markup (styles, scripts, preloads, pictures, inline loaders). */
export function filesNamedIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/["'`(\s,](\/(?:_astro|_pano|pagefind)\/[^"'`()\s,<>]+)/g)) found.add(m[1]!);
  for (const m of text.matchAll(/(?:src|href)="(\/tours\/[^"]+\.svg|\/favicon\.svg)"/g)) found.add(m[1]!);
  return [...found];
}

/** Chunks a script imports, statically or on demand (relative `./x.js`, or `/_astro/x.js`). */
export function importsOf(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/["'`](?:\.\/|\/_astro\/|_astro\/)([\w.~-]+\.(?:js|css))["'`]/g)) names.add(`/_astro/${m[1]}`);
  return [...names];
}

export class SiteFiles {
  private sizes = new Map<string, number | undefined>();
  private texts = new Map<string, string>();
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  private path(url: string): string {
    const clean = decodeURIComponent(url.split(/[?#]/)[0]!);
    return join(this.dir, clean.endsWith('/') ? `${clean}index.html` : clean);
  }
  async size(url: string): Promise<number | undefined> {
    if (!this.sizes.has(url)) this.sizes.set(url, await stat(this.path(url)).then((s) => (s.isFile() ? s.size : undefined), () => undefined));
    return this.sizes.get(url);
  }
  /**
   * Sizes of every published panorama file, from `_pano/manifest.json` (src/panorama/manifest.ts):
   * a pack lists each of its tiles with its size, and one read replaces a `stat` per tile, which
   * is ~100 000 of them for a 600-scene site in two languages (issue 20).
   */
  async knowPublishedSizes(): Promise<void> {
    const manifest = await readFile(join(this.dir, '_pano/manifest.json'), 'utf8').then(
      (text) => JSON.parse(text) as { files: Record<string, { size: number }> },
      () => undefined,
    );
    for (const [path, { size }] of Object.entries(manifest?.files ?? {})) this.sizes.set(`/_pano/${path}`, size);
  }
  /**
   * A file's text. Scripts, which every pack reads again, are kept; pages are read each time and not
   * kept: a pack reads its own pages once, and every page of a 3000-scene site held at once was a
   * good part of the 1.27 GiB live heap this step reached (issue 20).
   */
  async text(url: string): Promise<string> {
    const page = url.endsWith('/') || url.endsWith('.html');
    if (page) return readFile(this.path(url), 'utf8');
    if (!this.texts.has(url)) this.texts.set(url, await readFile(this.path(url), 'utf8'));
    return this.texts.get(url)!;
  }
  /** The script closure of some entry files: every chunk they import, on load or on demand. */
  async scriptClosure(entries: Iterable<string>, { onDemand = true } = {}): Promise<Set<string>> {
    const seen = new Set<string>();
    const queue = [...entries].filter((u) => u.startsWith('/_astro/'));
    while (queue.length) {
      const url = queue.pop()!;
      if (seen.has(url) || (await this.size(url)) === undefined) continue;
      seen.add(url);
      if (!url.endsWith('.js')) continue;
      const code = await this.text(url);
      const imports = onDemand ? importsOf(code) : staticImportsOf(code);
      queue.push(...imports);
    }
    return seen;
  }
}

/** Imports a chunk needs before it runs (`import … from "./x.js"`), not the `import()` ones. */
export function staticImportsOf(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'`();]*?from\s*)?["'](?:\.\/|\/_astro\/)([\w.~-]+\.js)["']/g)) names.add(`/_astro/${m[1]}`);
  return [...names];
}

/** Chunks a script asks for on demand (`import("./x.js")`, or Vite's preload list). */
export function dynamicImportsOf(code: string): string[] {
  const all = new Set(importsOf(code));
  for (const s of staticImportsOf(code)) all.delete(s);
  return [...all];
}

export function tileUrls(panorama: ViewerPanorama, maxWidth: number): string[] {
  const urls: string[] = [];
  panorama.levels.forEach((level, index) => {
    if (level.width > maxWidth && index > 0) return;
    for (let col = 0; col < level.cols; col++) {
      for (let row = 0; row < level.rows; row++) {
        urls.push(panorama.tileUrl.replace('{level}', String(index)).replace('{col}', String(col)).replace('{row}', String(row)));
      }
    }
  });
  return urls;
}

/** Widest level a quality keeps of a panorama (the first level always). */
export function keptLevelWidth(levels: ViewerLevel[], maxWidth: number): number {
  return Math.max(...levels.filter((l, i) => i === 0 || l.width <= maxWidth).map((l) => l.width));
}

async function listDir(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * The pack of one tour in one language. `pagefindFiles` are shared by every pack (the search of
 * saved tours works offline).
 */
export async function planTourPack(
  site: SiteFiles,
  tour: string,
  lang: string,
  prefix: string,
  version: string,
  pagefindFiles: string[],
): Promise<TourPack | undefined> {
  const tourPage = `${prefix}/tours/${tour}/`;
  if ((await site.size(tourPage)) === undefined) return undefined;
  const pages = [tourPage];
  let viewer: ViewerJson | undefined;
  const shared = new Set<string>(pagefindFiles);
  const entries = new Set<string>();
  const tourHtml = await site.text(tourPage);
  for (const f of filesNamedIn(tourHtml)) shared.add(f);
  // Every scene page: the viewer JSON of the first names all scenes (the pages are the tour's).
  const first = viewerJsonOf(tourHtml);
  const sceneDirs = (await readdir(join(site.dir, prefix, 'tours', tour), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const scene of sceneDirs) {
    const page = `${prefix}/tours/${tour}/${scene}/`;
    if ((await site.size(page)) === undefined) continue;
    pages.push(page);
    const html = await site.text(page);
    viewer ??= viewerJsonOf(html);
    for (const f of filesNamedIn(html)) shared.add(f);
  }
  viewer ??= first;
  for (const f of shared) if (f.startsWith('/_astro/')) entries.add(f);
  for (const f of await site.scriptClosure(entries)) shared.add(f);
  const panoramas: ViewerPanorama[] = [];
  if (viewer) {
    if (viewer.map?.imageUrl) shared.add(viewer.map.imageUrl);
    if (viewer.music?.url) shared.add(viewer.music.url);
    for (const scene of viewer.scenes) {
      panoramas.push(scene.panorama, ...(scene.variants ?? []).map((v) => v.panorama));
      for (const url of [scene.thumbnail, scene.preview, scene.ambience?.url]) if (url) shared.add(url);
      // Narration in the pack's language, Vietnamese where it has none (what the viewer plays).
      const narration = scene.narration?.[lang] ?? scene.narration?.vi;
      if (narration) shared.add(narration);
      for (const h of scene.hotspots ?? []) for (const url of [h.image?.url, h.audio, h.video]) if (url) shared.add(url);
    }
  }
  for (const p of panoramas) shared.add(p.baseUrl);

  const qualities = {} as Record<PackQuality, PackQualityPlan>;
  for (const quality of PACK_QUALITIES) {
    const maxWidth = quality === 'phone' ? PHONE_MAX_LEVEL_WIDTH : Infinity;
    const urls = new Set<string>([...pages, ...shared]);
    for (const p of panoramas) for (const t of tileUrls(p, maxWidth)) urls.add(t);
    const files: [string, number][] = [];
    let bytes = 0;
    for (const url of urls) {
      const size = await site.size(url);
      if (size === undefined) continue;
      files.push([url, size]);
      bytes += size;
    }
    const maxLevelWidth = Math.max(0, ...panoramas.map((p) => keptLevelWidth(p.levels, maxWidth)));
    qualities[quality] = { bytes, maxLevelWidth, files };
  }
  return { tour, lang, title: viewer?.tourTitle ?? tour, version, pages, qualities };
}

/** Pagefind's bundle, as URLs (the whole index is small: both languages, a few hundred KiB). */
export async function pagefindUrls(dir: string): Promise<string[]> {
  const root = join(dir, 'pagefind');
  return (await listDir(root)).map((p) => `/pagefind/${p.slice(root.length + 1).split('\\').join('/')}`);
}
