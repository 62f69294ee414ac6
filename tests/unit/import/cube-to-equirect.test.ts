/**
 * The seam test the issue asks for: a cube made from a known equirectangular photo (the way the Marzipano
 * and Pannellum tools cut one, scripts/bench/view/cube-tiles.ts), stitched back by the importer, must put
 * every dot of the photo where it was — the dots sit on the cube's seams and corners on purpose.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cubeToEquirect, loadFaces, PanoramaProblem, writeEquirect } from '../../../src/import/cube-to-equirect.ts';
import type { TileLevel } from '../../../src/import/model.ts';
import { readGPano } from '../../../src/panorama/coverage.ts';
import type { RawImage } from '../../../src/panorama/reproject.ts';
import { cubeOf, DOTS, FACES, knownPhoto, writeTiles } from '../../fixtures/import-tours.ts';

/** Where the dark dot near (yaw, pitch) is in an equirectangular image: its darkness-weighted centre, in pixels. */
function dotCentre(img: RawImage, yaw: number, pitch: number): { x: number; y: number } {
  const cx = (0.5 + yaw / 360) * img.width - 0.5;
  const cy = (0.5 - pitch / 180) * img.height - 0.5;
  // Wider across near the poles, where a dot is stretched.
  const rx = Math.ceil(12 / Math.max(0.2, Math.cos((pitch * Math.PI) / 180)));
  let sx = 0;
  let sy = 0;
  let sw = 0;
  for (let y = Math.round(cy) - 12; y <= Math.round(cy) + 12; y++) {
    for (let dx = -rx; dx <= rx; dx++) {
      const x = Math.round(cx) + dx;
      const xi = ((x % img.width) + img.width) % img.width;
      const o = (y * img.width + xi) * img.channels;
      const brightness = (img.data[o]! + img.data[o + 1]! + img.data[o + 2]!) / 3;
      const w = Math.max(0, 120 - brightness); // the dot's core only, not the colour field or white grid
      sx += w * x;
      sy += w * y;
      sw += w;
    }
  }
  return { x: sx / sw, y: sy / sw };
}

let photo: RawImage;
let dir: string;
beforeAll(async () => {
  photo = knownPhoto(2048);
  dir = await mkdtemp(join(tmpdir(), 'hg360-cube-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('cube → equirectangular', () => {
  it('puts every dot back within a pixel, on seams and corners too', () => {
    const back = cubeToEquirect(cubeOf(photo, 512), 2048);
    for (const dot of DOTS) {
      const want = dotCentre(photo, dot.yaw, dot.pitch);
      const got = dotCentre(back, dot.yaw, dot.pitch);
      expect(Math.hypot(got.x - want.x, got.y - want.y), `dot at yaw ${dot.yaw}, pitch ${dot.pitch}`).toBeLessThan(1);
    }
  });

  it('differs from the photo only by resampling blur (faces have a quarter of its width each)', () => {
    const back = cubeToEquirect(cubeOf(photo, 512), 2048);
    let sum = 0;
    for (let i = 0; i < back.data.length; i++) sum += Math.abs(back.data[i]! - photo.data[i]!);
    expect(sum / back.data.length).toBeLessThan(3);
  });

  it('stitches tiles (JPEG, 256-px tiles of 512-px faces) and lines up within a pixel or two', async () => {
    const faces = cubeOf(photo, 512);
    const name = (f: string, y: number, x: number) => join(dir, 'tiles', f, `${y}_${x}.jpg`);
    await writeTiles(faces, 256, name);
    const level: TileLevel = { faceSize: 512, tileSize: 256, label: 'level 1', tile: name };
    await writeEquirect({ kind: 'tiles', levels: [level] }, join(dir, 'out.jpg'));
    const { data, info } = await sharp(join(dir, 'out.jpg')).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([2048, 1024]);
    const back = { data: new Uint8Array(data), width: info.width, height: info.height, channels: info.channels };
    for (const dot of DOTS) {
      const want = dotCentre(photo, dot.yaw, dot.pitch);
      const got = dotCentre(back, dot.yaw, dot.pitch);
      expect(Math.hypot(got.x - want.x, got.y - want.y), `dot at yaw ${dot.yaw}, pitch ${dot.pitch}`).toBeLessThan(1.5);
    }
  });

  it('is no larger than the detail the source says its faces had (Marzipano Tool’s faceSize)', async () => {
    const name = (f: string, y: number, x: number) => join(dir, 'tiles', f, `${y}_${x}.jpg`);
    await writeTiles(cubeOf(photo, 512), 256, name);
    const level: TileLevel = { faceSize: 512, tileSize: 256, label: 'level 1', tile: name };
    await writeEquirect({ kind: 'tiles', levels: [level], detailSize: 700 }, join(dir, 'detail.jpg'));
    const meta = await sharp(join(dir, 'detail.jpg')).metadata();
    expect([meta.width, meta.height]).toEqual([2048, 1024]); // 4 × 512 is less than 4 × 700
    const small = await writeEquirect({ kind: 'tiles', levels: [level], detailSize: 300 }, join(dir, 'small.jpg'));
    expect(small).toEqual(['its cube faces are only 300 px, so the photo was enlarged to 2048×1024 (the smallest the site accepts) and will look soft']);
  });

  it('records the source’s heading as GPano PoseHeadingDegrees, which the site reads as the scene’s heading', async () => {
    const name = (f: string, y: number, x: number) => join(dir, 'tiles', f, `${y}_${x}.jpg`);
    await writeTiles(cubeOf(photo, 512), 256, name);
    await writeEquirect({ kind: 'tiles', levels: [{ faceSize: 512, tileSize: 256, label: 'level 1', tile: name }] }, join(dir, 'north.jpg'), 247.25);
    expect(await readGPano(await readFile(join(dir, 'north.jpg')), 2048, 1024)).toEqual({ poseHeading: 247.3 });
  });

  it('uses the finest complete level, says why a finer one was skipped, and refuses mixed tile sizes', async () => {
    const faces = cubeOf(photo, 512);
    const fine = (f: string, y: number, x: number) => join(dir, 'fine', f, `${y}_${x}.jpg`);
    await writeTiles(faces, 256, fine);
    await rm(fine('u', 1, 1));
    const coarse = (f: string, y: number, x: number) => join(dir, 'coarse', f, `${y}_${x}.jpg`);
    const small = Object.fromEntries(FACES.map((f) => [f, cubeOf(photo, 256)[f]])) as typeof faces;
    await writeTiles(small, 256, coarse);
    const loaded = await loadFaces({
      kind: 'tiles',
      levels: [
        { faceSize: 512, tileSize: 256, label: 'level 2', tile: fine },
        { faceSize: 256, tileSize: 256, label: 'level 1', tile: coarse },
      ],
    });
    expect(loaded.size).toBe(256);
    expect(loaded.notes).toEqual([expect.stringMatching(/^level 2 \(512 px faces\) not used: 1 of 24 tiles are missing, e\.g\. .*fine\/u\/1_1\.jpg$/)]);

    // A 200-px tile where a 256-px one belongs.
    await sharp({ create: { width: 200, height: 200, channels: 3, background: '#888' } }).jpeg().toFile(fine('u', 1, 1));
    const mixed = loadFaces({ kind: 'tiles', levels: [{ faceSize: 512, tileSize: 256, label: 'level 2', tile: fine }] });
    await expect(mixed).rejects.toThrow(PanoramaProblem);
    await expect(mixed).rejects.toThrow(/tiles of mixed sizes: .*u\/1_1\.jpg is 200×200 px, but a 512-px face cut in 256-px tiles needs 256×256 there/);
  });

  it('refuses cube faces of different sizes', async () => {
    const faces = cubeOf(photo, 512);
    const files = Object.fromEntries(FACES.map((f) => [f, join(dir, 'faces', `${f}.png`)])) as Record<(typeof FACES)[number], string>;
    await writeTiles(faces, 512, (f) => files[f], 'png');
    await sharp(files.d).resize(500, 500).toFile(join(dir, 'faces', 'd-small.png'));
    await expect(loadFaces({ kind: 'cube', faces: { ...files, d: join(dir, 'faces', 'd-small.png') } })).rejects.toThrow(/must be squares of one size; they are 512×512, 500×500/);
    await expect(loadFaces({ kind: 'cube', faces: { ...files, l: join(dir, 'nope.jpg') } })).rejects.toThrow(/the cube face .*nope\.jpg is missing/);
  });
});
