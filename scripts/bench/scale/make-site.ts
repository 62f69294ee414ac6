/**
 * A generated site of `scenes` scenes for `npm run bench:scale` (issue 20): tours of 10 scenes, each
 * scene with one arrow (to the next, in a ring) and one hotspot, every photo distinct. Photos are
 * the demo's illustrations (scripts/demo-panoramas/, run first) transformed: rolled sideways by a
 * different amount and turned in hue, so every file and every hash differs while the cost of
 * deriving it stays that of a real 4096×2048 panorama. They are made once into `work/photos/`
 * (node_modules/.cache, never committed) and hard-linked into each site.
 */
import { copyFile, link, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const SCENES_PER_TOUR = 10;
const pad = (n: number, width = 3) => String(n).padStart(width, '0');
/** An angle in -180…180, as the schema wants it. */
const wrap = (deg: number) => ((((deg + 180) % 360) + 360) % 360) - 180;

/** The demo's illustrations, found beside their scenes (`npm run demo:panoramas` makes them). */
export async function demoSources(toursDir: string): Promise<string[]> {
  const files = (await readdir(toursDir, { recursive: true })).filter((f) => /^[^/]+\/[^/.]+\.illustration\.jpg$/.test(f)).sort();
  if (files.length === 0) throw new Error(`No demo illustrations in ${toursDir}: run \`npm run demo:panoramas\` first.`);
  return files.map((f) => join(toursDir, f));
}

const decoded = new Map<string, Promise<{ data: Buffer; width: number; height: number }>>();

/** The source decoded once, as raw RGB. */
function rawOf(file: string) {
  let raw = decoded.get(file);
  if (!raw) {
    raw = sharp(file)
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height }));
    decoded.set(file, raw);
  }
  return raw;
}

/** Photo number `n`: source `n mod sources`, rolled by a step that differs for each n, hue turned. */
export async function makePhoto(sources: string[], n: number, out: string): Promise<void> {
  const { data, width, height } = await rawOf(sources[n % sources.length]!);
  const shift = (1 + Math.floor(n / sources.length) * 37) % width;
  const rolled = Buffer.alloc(data.length);
  const row = width * 3;
  for (let y = 0; y < height; y++) {
    const at = y * row;
    data.copy(rolled, at + shift * 3, at, at + row - shift * 3);
    data.copy(rolled, at, at + row - shift * 3, at + row);
  }
  await sharp(rolled, { raw: { width, height, channels: 3 } })
    .modulate({ hue: (n * 7) % 360 })
    .jpeg({ quality: 85 })
    .toFile(out);
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Photos 0…count-1 in `photosDir`, made if missing. */
export async function ensurePhotos(demoToursDir: string, photosDir: string, count: number): Promise<string[]> {
  await mkdir(photosDir, { recursive: true });
  const sources = await demoSources(demoToursDir);
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const file = join(photosDir, `photo-${pad(n, 4)}.jpg`);
    if (!(await exists(file))) await makePhoto(sources, n, file);
    files.push(file);
  }
  decoded.clear();
  return files;
}

const tourMdx = (t: number) => `---
title: Tuyến thử ${pad(t)}
summary: Tuyến số ${t} của trang thử quy mô, mười cảnh nối thành vòng.
startScene: s01
location: { lat: ${(22.5 + (t % 50) * 0.01).toFixed(4)}, lng: ${(104.5 + Math.floor(t / 50) * 0.01).toFixed(4)} }
region: { province: Tuyên Quang }
category: landmarks
order: ${t}
---

Tuyến thử số ${t} qua cao nguyên đá Đồng Văn, dựng để đo thời gian build.
`;

/** Opening views differ from scene to scene; the arrow and the hotspot are in view, as the content checks ask. */
const sceneMdx = (t: number, s: number, extra = '') => {
  const yaw = (s * 17) % 180;
  return `---
title: Cảnh ${pad(s, 2)} tuyến ${pad(t)}
summary: Cảnh thử số ${s} của tuyến ${t}.
photo: ./s${pad(s, 2)}.jpg
location: { lat: ${(22.5 + (t % 50) * 0.01 + s * 0.0005).toFixed(4)}, lng: ${(104.5 + Math.floor(t / 50) * 0.01).toFixed(4)} }
view: { yaw: ${yaw}, pitch: -5, zoom: 40 }
links:
  - { to: s${pad((s % SCENES_PER_TOUR) + 1, 2)}, yaw: ${wrap(yaw + 15)}, pitch: -10 }
hotspots:
  - id: diem-${s}
    yaw: ${wrap(yaw - 20)}
    pitch: -5
    title: Điểm ${s}
    text: Một điểm đáng xem ở cảnh ${s} của tuyến ${t}, gần phố cổ Đồng Văn.
order: ${s}
---

Cảnh thử ${s} của tuyến ${t}: núi đá, ruộng bậc thang và con đường qua đèo Mã Pí Lèng.${extra}
`;
};

export interface ScaleSite {
  toursDir: string;
  articlesDir: string;
  /** The first tour's first scene: the MDX file and the photo the change scenarios edit. */
  firstScene: { mdx: string; photo: string; rewrite: (extra: string) => Promise<void> };
}

/** Writes the site (emptied first) with `scenes` scenes (a multiple of 10) from `photos`. */
export async function makeSite(dir: string, scenes: number, photos: string[]): Promise<ScaleSite> {
  const toursDir = join(dir, 'content/tours');
  const articlesDir = join(dir, 'content/articles');
  await rm(join(dir, 'content'), { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });
  for (let t = 1; t <= scenes / SCENES_PER_TOUR; t++) {
    const tourDir = join(toursDir, `t${pad(t)}`);
    await mkdir(tourDir, { recursive: true });
    await writeFile(join(tourDir, 'index.mdx'), tourMdx(t));
    for (let s = 1; s <= SCENES_PER_TOUR; s++) {
      const photo = photos[(t - 1) * SCENES_PER_TOUR + (s - 1)]!;
      // A hard link is a regular file inside the content folder, as the pipeline requires; no copy.
      const target = join(tourDir, `s${pad(s, 2)}.jpg`);
      await link(photo, target).catch(() => copyFile(photo, target));
      await writeFile(join(tourDir, `s${pad(s, 2)}.mdx`), sceneMdx(t, s));
    }
  }
  const first = join(toursDir, 't001');
  return {
    toursDir,
    articlesDir,
    firstScene: { mdx: join(first, 's01.mdx'), photo: join(first, 's01.jpg'), rewrite: (extra) => writeFile(join(first, 's01.mdx'), sceneMdx(1, 1, extra)) },
  };
}
