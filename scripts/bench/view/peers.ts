/**
 * Builds the peer contenders (plain PSV, Marzipano, Pannellum, and two floors: a poster, then one 512-px
 * image drawn by three.js alone or by PSV's core) from one photo into a work directory outside git. The
 * real photos are CC BY-SA and must never enter the repository, so everything derived from them lives
 * under node_modules/.cache. A build is keyed by the photo's content hash plus BUILD_VERSION (bump it when
 * the tile/page generators change), so re-running the benchmark costs nothing.
 */
import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRaw, writeMarzipanoTiles, writePannellumTiles } from './cube-tiles.ts';
import sharp from 'sharp';
import { floorPage, marzipanoPage, pannellumPage, psvPage } from './pages.ts';

/** Bump when anything that ends up in the work directory changes. */
const BUILD_VERSION = 7;

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const WORK_ROOT = join(REPO_ROOT, 'node_modules/.cache/hg360/bench-view');

/** Photos tried in order when `--photo` is not given: a real photo if the shared folder exists, else ours. */
export const DEFAULT_PHOTOS = [
  join(REPO_ROOT, '../shared/panoramas/pannellum-org_jfk.jpg'),
  join(REPO_ROOT, 'content/tours/cao-nguyen-da/cot-co-lung-cu.illustration.jpg'),
];

const exists = (path: string) => access(path).then(() => true, () => false);

export async function resolvePhoto(explicit?: string): Promise<string> {
  if (explicit) {
    if (!(await exists(explicit))) throw new Error(`--photo ${explicit}: no such file`);
    return explicit;
  }
  for (const candidate of DEFAULT_PHOTOS) if (await exists(candidate)) return candidate;
  throw new Error(`No benchmark photo: none of\n  ${DEFAULT_PHOTOS.join('\n  ')}\nexists. Pass one with --photo PATH.`);
}

/**
 * Vendor files copied next to the pages. three's minified ESM pair is used (three.module.min.js imports
 * ./three.core.min.js): that is what a site ships, and the unminified pair would only inflate PSV's JS bytes.
 * PSV has no minified ESM build, so its index.module.js goes as is.
 */
const VENDOR: [from: string, to: string][] = [
  ['three/build/three.module.min.js', 'vendor/three/three.module.min.js'],
  ['three/build/three.core.min.js', 'vendor/three/three.core.min.js'],
  ['@photo-sphere-viewer/core/index.module.js', 'vendor/psv/index.module.js'],
  ['@photo-sphere-viewer/core/index.css', 'vendor/psv/index.css'],
  ['marzipano/dist/marzipano.js', 'vendor/marzipano/marzipano.js'],
  ['pannellum/build/pannellum.js', 'vendor/pannellum/pannellum.js'],
  ['pannellum/build/pannellum.css', 'vendor/pannellum/pannellum.css'],
];

export interface PeerPage {
  name: string;
  /** false: its view is not the reference view; any panorama frame counts as its first (measure.ts). */
  showsReferenceView?: boolean;
  /** Page path relative to WORK_ROOT, ending in `/`. */
  path: string;
}

export interface PeerBuild {
  photo: string;
  hash: string;
  /** Absolute directory of this build (under WORK_ROOT). */
  dir: string;
  pages: PeerPage[];
}

async function vendorVersions(): Promise<string> {
  const names = ['three', '@photo-sphere-viewer/core', 'marzipano', 'pannellum'];
  const versions = await Promise.all(
    names.map(async (n) => JSON.parse(await readFile(join(REPO_ROOT, 'node_modules', n, 'package.json'), 'utf8')).version as string),
  );
  return names.map((n, i) => `${n}@${versions[i]}`).join(' ');
}

export async function buildPeers(photo: string, log: (line: string) => void = console.log): Promise<PeerBuild> {
  const bytes = await readFile(photo);
  const hash = createHash('sha256')
    .update(bytes)
    .update(`v${BUILD_VERSION} ${await vendorVersions()}`)
    .digest('hex')
    .slice(0, 16);
  const dir = join(WORK_ROOT, hash);
  const pages: PeerPage[] = [
    { name: 'PSV (single image)', path: `${hash}/psv/` },
    { name: 'Marzipano', path: `${hash}/marzipano/` },
    { name: 'Pannellum', path: `${hash}/pannellum/` },
    { name: 'three.js floor (poster, then one sphere)', path: `${hash}/floor/`, showsReferenceView: false },
    // PSV's own floor: the same page with PSV's core drawing the 512-px image.
    { name: 'PSV floor (poster, then PSV with one image)', path: `${hash}/psv-floor/`, showsReferenceView: false },
  ];
  if (await exists(join(dir, 'done.json'))) return { photo, hash, dir, pages };

  log(`Building peer pages for ${basename(photo)} in ${dir} …`);
  const started = Date.now();
  // Build in a temporary sibling and rename at the end, so an interrupted build is never mistaken for a cached one.
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  for (const [from, to] of VENDOR) {
    await mkdir(dirname(join(tmp, to)), { recursive: true });
    await copyFile(join(REPO_ROOT, 'node_modules', from), join(tmp, to));
  }

  await mkdir(join(tmp, 'psv'), { recursive: true });
  await copyFile(photo, join(tmp, 'psv/photo.jpg'));
  await writeFile(
    join(tmp, 'psv/index.html'),
    psvPage({ three: '../vendor/three/three.module.min.js', psv: '../vendor/psv/index.module.js', psvCss: '../vendor/psv/index.css', panorama: 'photo.jpg' }),
  );

  const src = await loadRaw(photo);
  const marzipano = await writeMarzipanoTiles(src, join(tmp, 'marzipano'));
  await writeFile(join(tmp, 'marzipano/index.html'), marzipanoPage({ marzipano: '../vendor/marzipano/marzipano.js', ...marzipano }));
  log(`  Marzipano: face ${marzipano.faceSize} px, ${marzipano.tiles} tiles + preview.jpg`);

  const pannellum = await writePannellumTiles(src, join(tmp, 'pannellum/tiles'), 'tiles');
  await writeFile(
    join(tmp, 'pannellum/index.html'),
    pannellumPage({ pannellum: '../vendor/pannellum/pannellum.js', pannellumCss: '../vendor/pannellum/pannellum.css', multiRes: { ...pannellum.multiRes } }),
  );
  log(`  Pannellum: cube ${pannellum.multiRes.cubeResolution} px, ${pannellum.multiRes.maxLevel} levels, ${pannellum.tiles} tiles`);

  // The floor: a 1280×720 poster cut from the photo's middle and a 512-px base, in the formats our site uses.
  await mkdir(join(tmp, 'floor'), { recursive: true });
  const { width = 2, height = 1 } = await sharp(photo).metadata();
  const crop = { width: Math.round(width / 6), height: Math.round(width / 6 / (16 / 9)) };
  await sharp(photo).extract({ left: Math.round((width - crop.width) / 2), top: Math.round((height - crop.height) / 2), ...crop }).resize(1280, 720).webp({ quality: 62 }).toFile(join(tmp, 'floor/poster.webp'));
  await sharp(photo).resize(512, 256).webp({ quality: 60 }).toFile(join(tmp, 'floor/base.webp'));
  await writeFile(join(tmp, 'floor/index.html'), floorPage({ three: '../vendor/three/three.module.min.js', poster: 'poster.webp', base: 'base.webp' }));
  await mkdir(join(tmp, 'psv-floor'), { recursive: true });
  await writeFile(
    join(tmp, 'psv-floor/index.html'),
    floorPage({ three: '../vendor/three/three.module.min.js', poster: '../floor/poster.webp', base: '../floor/base.webp', psv: { module: '../vendor/psv/index.module.js', css: '../vendor/psv/index.css' } }),
  );

  await writeFile(join(tmp, 'done.json'), JSON.stringify({ photo, width: src.width, height: src.height, builtMs: Date.now() - started }, null, 2));
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { photo, hash, dir, pages };
}
