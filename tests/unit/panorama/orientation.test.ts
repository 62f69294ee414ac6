/**
 * Photos stored on their side or upside down with an EXIF Orientation tag are used as the editor
 * sees them (issue 14, item 4): the build, the content checks and `new:scene` all accept a 2:1
 * photo stored as 1024×2048 with orientation 6, and every derivative shows the sky on top.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPhoto } from '../../../src/panorama/inspect-photo.ts';
import { preparePanorama } from '../../../src/panorama/prepare.ts';
import { prepareImage } from '../../../src/panorama/prepare-media.ts';
import { checkPanorama } from '../../../src/validate/check-media.ts';
import { readPhotoFacts } from '../../../scripts/new/photo-facts.ts';
import { loadRaw } from '../../e2e/support/compare-view.ts';
import { BLUE, GREEN, quadrants, RED, stored, tempDir, writePhoto, YELLOW } from './fixtures.ts';

type Raw = { data: Uint8Array; width: number; height: number; channels?: number };
/** Colour at a fraction of the image's width and height. */
function at(image: Raw, fx: number, fy: number): number[] {
  const channels = image.channels ?? image.data.length / (image.width * image.height);
  const i = (Math.floor(fy * image.height) * image.width + Math.floor(fx * image.width)) * channels;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}
function near(actual: number[], expected: number[]): boolean {
  return actual.every((v, k) => Math.abs(v - expected[k]!) < 40);
}
async function raw(file: string): Promise<Raw> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

describe.each([3, 6] as const)('a photo with EXIF orientation %i', (orientation) => {
  let root: string;
  const name = `turned-${orientation}.jpg`;

  beforeAll(async () => {
    root = await tempDir();
    await writePhoto(root, name, await stored(await quadrants(2048, 1024), orientation));
    const meta = await sharp(join(root, name)).metadata();
    // The file really is stored turned, with the tag.
    expect(meta.orientation).toBe(orientation);
    expect([meta.width, meta.height]).toEqual(orientation === 6 ? [1024, 2048] : [2048, 1024]);
  });

  it('is inspected at its upright size', async () => {
    expect(await inspectPhoto(join(root, name), name)).toMatchObject({ width: 2048, height: 1024 });
  });

  it('passes the content checks and new:scene’s photo facts', async () => {
    expect(await checkPanorama({ dir: root, contentDir: root, path: 'content/tours/t/s.mdx' }, name, undefined, 'photo')).toBeUndefined();
    const facts = await readPhotoFacts(join(root, name), name);
    expect(facts.info).toMatchObject({ width: 2048, height: 1024 });
    expect(facts.partialNeeded).toBeUndefined();
  });

  it('makes tiles, base, thumbnails, posters and placeholder from the upright pixels', async () => {
    const cacheDir = join(root, 'cache');
    const prepared = await preparePanorama({ photo: name, view: { yaw: 0, pitch: 45, zoom: 50 } }, { root, cacheDir });
    const dir = join(cacheDir, prepared.hash);
    expect(prepared.levels).toEqual([{ width: 2048, cols: 8, rows: 4 }]);
    // Tiles: top-left is sky-left (red), bottom-right is ground-right (green).
    expect(near(at(await raw(join(dir, 'tiles/0/0_0.webp')), 0.5, 0.5), RED)).toBe(true);
    expect(near(at(await raw(join(dir, 'tiles/0/7_0.webp')), 0.5, 0.5), YELLOW)).toBe(true);
    expect(near(at(await raw(join(dir, 'tiles/0/0_3.webp')), 0.5, 0.5), BLUE)).toBe(true);
    expect(near(at(await raw(join(dir, 'tiles/0/7_3.webp')), 0.5, 0.5), GREEN)).toBe(true);
    for (const file of [prepared.base, ...prepared.thumbnails.map((t) => t.file)]) {
      const image = await raw(join(dir, file));
      expect(image.width).toBe(image.height * 2);
      expect(near(at(image, 0.25, 0.25), RED)).toBe(true);
      expect(near(at(image, 0.75, 0.75), GREEN)).toBe(true);
    }
    // Looking 45° up at the photo's centre: sky only, red on the left, yellow on the right.
    const poster = await loadRaw(join(dir, prepared.posters.landscape[1]!.file));
    expect(near(at(poster, 0.25, 0.5), RED)).toBe(true);
    expect(near(at(poster, 0.75, 0.5), YELLOW)).toBe(true);
    const placeholderBytes = Buffer.from(prepared.posters.placeholder.split(',')[1]!, 'base64');
    const { data, info } = await sharp(placeholderBytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const placeholder = { data, width: info.width, height: info.height, channels: info.channels };
    expect(near(at(placeholder, 0.25, 0.5), RED)).toBe(true);
  });
});

it('sizes a hotspot photo stored on its side as it is shown (upright)', async () => {
  const root = await tempDir();
  // Upright 600×900 (portrait), stored as 900×600 with orientation 6.
  const upright = await sharp({ create: { width: 600, height: 900, channels: 3, background: '#808080' } }).png().toBuffer();
  await writePhoto(root, 'portrait.jpg', await stored(upright, 6));
  const prepared = await prepareImage('portrait.jpg', { root, cacheDir: join(root, 'cache') });
  expect([prepared.width, prepared.height]).toEqual([600, 900]);
  const meta = await sharp(join(root, 'cache', prepared.hash, prepared.file)).metadata();
  expect([meta.width, meta.height]).toEqual([600, 900]);
});

it('streams the levels above 4096 px from the upright photo: a 8192×4096 photo stored on its side', { timeout: 60_000 }, async () => {
  const root = await tempDir();
  const upright = await sharp(await quadrants(2048, 1024)).resize(8192, 4096, { kernel: 'nearest' }).png().toBuffer();
  await writePhoto(root, 'big.jpg', await stored(upright, 6));
  const cacheDir = join(root, 'cache');
  const prepared = await preparePanorama({ photo: 'big.jpg', view: { yaw: 0, pitch: 45, zoom: 50 } }, { root, cacheDir });
  expect(prepared.levels).toEqual([
    { width: 2048, cols: 8, rows: 4 },
    { width: 4096, cols: 16, rows: 8 },
    { width: 8192, cols: 16, rows: 8 },
  ]);
  const top = join(cacheDir, prepared.hash, 'tiles/2');
  // Nothing of libvips' own deep-zoom layout is left beside our tiles.
  expect((await readdir(join(cacheDir, prepared.hash))).filter((f) => f.startsWith('level-'))).toEqual([]);
  expect((await readdir(top)).sort()).toEqual(Array.from({ length: 128 }, (_, i) => `${Math.floor(i / 8)}_${i % 8}.webp`).sort());
  for (const [file, colour] of [
    ['0_0.webp', RED],
    ['15_0.webp', YELLOW],
    ['0_7.webp', BLUE],
    ['15_7.webp', GREEN],
  ] as const) {
    const tile = await raw(join(top, file));
    expect([tile.width, tile.height]).toEqual([512, 512]);
    expect(near(at(tile, 0.5, 0.5), colour)).toBe(true);
  }
  // The in-memory levels and the posters agree with the streamed one.
  expect(near(at(await raw(join(cacheDir, prepared.hash, 'tiles/1/15_7.webp')), 0.5, 0.5), GREEN)).toBe(true);
  const poster = await loadRaw(join(cacheDir, prepared.hash, prepared.posters.landscape[1]!.file));
  expect(near(at(poster, 0.25, 0.5), RED)).toBe(true);
});
