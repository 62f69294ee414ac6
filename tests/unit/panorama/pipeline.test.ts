import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparePanorama } from '../../../src/panorama/prepare.ts';
import { renderRectilinear } from '../../../src/panorama/reproject.ts';
import { planTileLevels } from '../../../src/panorama/tiles.ts';
import { zoomToVerticalFov } from '../../../src/schemas/view.ts';
import { loadRaw } from '../../e2e/support/compare-view.ts';
import { makePanorama, tempDir, writePhoto } from './fixtures.ts';

describe('tile levels', () => {
  it('doubles from 2048 with 256-px tiles up to 4096, 512-px above, up to the photo width', () => {
    expect(planTileLevels(4096)).toEqual([
      { width: 2048, cols: 8, rows: 4 },
      { width: 4096, cols: 16, rows: 8 },
    ]);
    expect(planTileLevels(8192).at(-1)).toEqual({ width: 8192, cols: 16, rows: 8 });
  });

  it('adds a level at the photo’s own resolution when it lies well above a power of two', () => {
    const levels = planTileLevels(6000);
    expect(levels.at(-1)).toEqual({ width: 6000, cols: 16, rows: 8 });
    for (const level of levels) {
      expect(Number.isInteger(level.width / level.cols)).toBe(true);
      expect(level.width / level.cols).toBeLessThanOrEqual(1024);
      expect(Math.log2(level.cols) % 1).toBe(0);
      expect(Math.log2(level.rows) % 1).toBe(0);
    }
  });

  it('never goes above 16384', () => {
    expect(planTileLevels(16384).at(-1)).toEqual({ width: 16384, cols: 32, rows: 16 });
  });
});

describe('preparePanorama', () => {
  let root: string;
  let cacheDir: string;
  const view = { yaw: 90, pitch: 10, zoom: 50 };

  beforeAll(async () => {
    root = await tempDir();
    cacheDir = join(root, 'cache');
    await writePhoto(root, 'wheel.jpg', await makePanorama(2048));
  });

  it('writes tiles of every level, a base image, thumbnails and posters', async () => {
    const prepared = await preparePanorama({ photo: 'wheel.jpg', view }, { root, cacheDir });
    const dir = join(cacheDir, prepared.hash);
    expect(prepared.levels).toEqual([{ width: 2048, cols: 8, rows: 4 }]);
    const tiles = await readdir(join(dir, 'tiles/0'));
    expect(tiles).toHaveLength(32);
    expect(tiles).toContain('7_3.webp');
    expect(await sharp(join(dir, 'tiles/0/7_3.webp')).metadata()).toMatchObject({ width: 256, height: 256, format: 'webp' });
    expect(await sharp(join(dir, prepared.base)).metadata()).toMatchObject({ width: 512, height: 256 });
    expect(prepared.posters.landscape.map((p) => [p.width, p.height])).toEqual([
      [1280, 720],
      [640, 360],
    ]);
    expect(await sharp(join(dir, prepared.posters.openGraph.file)).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    expect(prepared.posters.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(prepared.posters.placeholder.length).toBeLessThan(1000);
  });

  it('renders the poster as the viewer sees the initial view', async () => {
    const prepared = await preparePanorama({ photo: 'wheel.jpg', view }, { root, cacheDir });
    const poster = await loadRaw(join(cacheDir, prepared.hash, prepared.posters.landscape[1]!.file));
    const expected = renderRectilinear(await loadRaw(join(root, 'wheel.jpg')), { yaw: 90, pitch: 10, vFov: zoomToVerticalFov(50) }, 640, 360);
    let sum = 0;
    for (let i = 0; i < expected.data.length; i++) sum += Math.abs(expected.data[i]! - poster.data[i]!);
    expect(sum / expected.data.length).toBeLessThan(4);
    // Yaw 90 is three quarters across the photo: the colour wheel is blue-violet there, not red.
    const centre = ((180 * 640 + 320) * 3) as number;
    expect(poster.data[centre + 2]!).toBeGreaterThan(poster.data[centre]! + 60);
  });

  it('does not process an unchanged photo twice, and reprocesses a changed one', async () => {
    const first = await preparePanorama({ photo: 'wheel.jpg', view }, { root, cacheDir });
    const tile = join(cacheDir, first.hash, 'tiles/0/0_0.webp');
    const before = (await stat(tile)).mtimeMs;
    const again = await preparePanorama({ photo: 'wheel.jpg', view }, { root, cacheDir });
    expect(again.hash).toBe(first.hash);
    expect((await stat(tile)).mtimeMs).toBe(before);

    await writeFile(join(root, 'wheel.jpg'), await makePanorama(2048, 1024, 'png'));
    const changed = await preparePanorama({ photo: 'wheel.jpg', view }, { root, cacheDir });
    expect(changed.hash).not.toBe(first.hash);
    expect((await stat(join(cacheDir, changed.hash, 'tiles/0/0_0.webp'))).isFile()).toBe(true);
  });

  it('pads a partial panorama described in frontmatter onto the full sphere', async () => {
    // 150° × 54° photo centred 1° above the horizon, like pannellum's charles-street example.
    await writePhoto(root, 'partial.jpg', await sharp({ create: { width: 2048, height: 738, channels: 3, background: '#c03030' } }).jpeg().toBuffer());
    const prepared = await preparePanorama(
      { photo: 'partial.jpg', view: { yaw: 0, pitch: 0, zoom: 50 }, partial: { horizontalFov: 150, verticalFov: 54, centerPitch: 1 } },
      { root, cacheDir },
    );
    expect(prepared.coverage).toMatchObject({ fullWidth: 4915, croppedWidth: 2048, croppedHeight: 738 });
    expect(prepared.levels.at(-1)!.width).toBe(4096);
    const base = await loadRaw(join(cacheDir, prepared.hash, prepared.base));
    const at = (x: number, y: number) => base.data[(y * base.width + x) * 3]!;
    expect(at(256, 125)).toBeGreaterThan(150); // the photo, in the middle
    expect(at(5, 125)).toBeLessThan(60); // neutral padding behind the viewer
  });

  it('honours XMP GPano data: cropped area and pose heading', async () => {
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:GPano="http://ns.google.com/photos/1.0/panorama/" GPano:ProjectionType="equirectangular" GPano:FullPanoWidthPixels="8192" GPano:FullPanoHeightPixels="4096" GPano:CroppedAreaImageWidthPixels="4096" GPano:CroppedAreaImageHeightPixels="2048" GPano:CroppedAreaLeftPixels="2048" GPano:CroppedAreaTopPixels="1024" GPano:PoseHeadingDegrees="295"/></rdf:RDF></x:xmpmeta>`;
    const photo = await sharp({ create: { width: 2048, height: 1024, channels: 3, background: '#30c030' } }).jpeg().withXmp(xmp).toBuffer();
    await writePhoto(root, 'gpano.jpg', photo);
    const prepared = await preparePanorama({ photo: 'gpano.jpg', view: { yaw: 0, pitch: 0, zoom: 50 } }, { root, cacheDir });
    // GPano numbers are for the original 4096-px export; this copy is half as wide, so they scale.
    expect(prepared.coverage).toEqual({ fullWidth: 4096, fullHeight: 2048, croppedX: 1024, croppedY: 512, croppedWidth: 2048, croppedHeight: 1024 });
    expect(prepared.poseHeading).toBe(295);
  });
});
