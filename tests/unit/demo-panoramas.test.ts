// Tests for the demo-panorama generator (scripts/demo-panoramas/).
// One recipe is rendered at full size (size, determinism, seam, poles, sun);
// all nine are rendered at quarter scale (density 18 → 1024×512), which is
// enough to check the seam, the poles and the sun for every picture cheaply.
// The cache tests write into a temp dir, never into content/.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPanoramaSvg } from '../../scripts/demo-panoramas/draw.ts';
import { generateAll, outputPathFor, renderPanorama } from '../../scripts/demo-panoramas/generate.ts';
import { DEMO_PANORAMAS, getDemoPanorama, orientationOf, SUN_PITCH } from '../../scripts/demo-panoramas/recipes.ts';

interface Raw {
  data: Buffer;
  width: number;
  height: number;
}

async function decode(input: Buffer, density?: number): Promise<Raw> {
  const { data, info } = await sharp(input, density ? { density } : {})
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Mean absolute RGB difference between two columns, per channel. */
function columnDiff(img: Raw, a: number, b: number): number {
  let sum = 0;
  for (let y = 0; y < img.height; y++) {
    for (let c = 0; c < 3; c++) sum += Math.abs(img.data[(y * img.width + a) * 3 + c] - img.data[(y * img.width + b) * 3 + c]);
  }
  return sum / (img.height * 3);
}

/** Largest per-channel spread along one row (0 = perfectly uniform). */
function rowSpread(img: Raw, y: number): number {
  let spread = 0;
  for (let c = 0; c < 3; c++) {
    let min = 255;
    let max = 0;
    for (let x = 0; x < img.width; x++) {
      const v = img.data[(y * img.width + x) * 3 + c];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    spread = Math.max(spread, max - min);
  }
  return spread;
}

/** Centre (yaw, pitch) of the brightest pixels of the sky (pitch 5..85). */
function brightestSky(img: Raw): { yaw: number; pitch: number } {
  const pitchOf = (y: number) => 90 - ((y + 0.5) / img.height) * 180;
  const lum = (i: number) => 0.2126 * img.data[i] + 0.7152 * img.data[i + 1] + 0.0722 * img.data[i + 2];
  const y0 = Math.ceil(img.height * (0.5 - 85 / 180));
  const y1 = Math.floor(img.height * (0.5 - 5 / 180));
  let max = 0;
  for (let y = y0; y <= y1; y++) for (let x = 0; x < img.width; x++) max = Math.max(max, lum((y * img.width + x) * 3));
  // Circular mean of the yaw (the sun may straddle the seam).
  let sx = 0;
  let sy = 0;
  let sp = 0;
  let n = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = 0; x < img.width; x++) {
      if (lum((y * img.width + x) * 3) < max - 4) continue;
      const a = ((x + 0.5) / img.width - 0.5) * 2 * Math.PI;
      sx += Math.cos(a);
      sy += Math.sin(a);
      sp += pitchOf(y);
      n++;
    }
  }
  return { yaw: (Math.atan2(sy, sx) * 180) / Math.PI, pitch: sp / n };
}

const yawDelta = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hg360-demo-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true })));
});

// The cheapest full-size recipe; any would do.
const recipe = getDemoPanorama('nha-vuong');

describe('demo panorama recipes', () => {
  it('lists nine pictures with unique outputs under content/tours', () => {
    expect(DEMO_PANORAMAS).toHaveLength(9);
    const outputs = new Set(DEMO_PANORAMAS.map((r) => r.output));
    expect(outputs.size).toBe(9);
    for (const r of DEMO_PANORAMAS) {
      expect(r.output).toBe(`content/tours/${r.tour}/${r.scene}.illustration.jpg`);
      expect(orientationOf(r).sun).toEqual({ yaw: r.sunYaw, pitch: SUN_PITCH });
    }
  });

  it('builds the same SVG twice', () => {
    expect(buildPanoramaSvg(recipe)).toBe(buildPanoramaSvg(recipe));
  });
});

describe('a full-size render', () => {
  let first: Buffer;

  it('is a 4096×2048 JPEG, byte-identical on a second render', async () => {
    first = await renderPanorama(recipe);
    const meta = await sharp(first).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([4096, 2048]);
    const second = await renderPanorama(recipe);
    expect(second.equals(first)).toBe(true);
  }, 60_000);

  it('is seamless, has uniform poles, and its sun is where the recipe says', async () => {
    const img = await decode(first);
    const seam = columnDiff(img, 0, img.width - 1);
    const typical = [512, 1024, 1536, 2048, 2560, 3072, 3584].map((x) => columnDiff(img, x, x + 1));
    const typicalMean = typical.reduce((a, b) => a + b, 0) / typical.length;
    expect(seam).toBeLessThan(6);
    expect(seam).toBeLessThan(typicalMean * 2 + 1);
    expect(rowSpread(img, 0)).toBeLessThanOrEqual(3);
    expect(rowSpread(img, img.height - 1)).toBeLessThanOrEqual(3);
    const sun = brightestSky(img);
    expect(yawDelta(sun.yaw, recipe.sunYaw)).toBeLessThan(5);
    expect(Math.abs(sun.pitch - SUN_PITCH)).toBeLessThan(5);
  }, 60_000);
});

describe('every recipe at quarter scale', () => {
  it.each(DEMO_PANORAMAS.map((r) => [r.id, r] as const))('%s: seam, poles and sun', async (_id, r) => {
    const img = await decode(Buffer.from(buildPanoramaSvg(r)), 18);
    expect([img.width, img.height]).toEqual([1024, 512]);
    expect(columnDiff(img, 0, img.width - 1)).toBeLessThan(6);
    expect(rowSpread(img, 0)).toBeLessThanOrEqual(2);
    expect(rowSpread(img, img.height - 1)).toBeLessThanOrEqual(2);
    const sun = brightestSky(img);
    expect(yawDelta(sun.yaw, r.sunYaw)).toBeLessThan(5);
    expect(Math.abs(sun.pitch - SUN_PITCH)).toBeLessThan(5);
  }, 20_000);
});

describe('generateAll cache', () => {
  const quiet = () => {
    const lines: string[] = [];
    return { lines, log: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) };
  };

  it('skips an unchanged picture and never overwrites a foreign one', async () => {
    const outDir = await tempDir();
    const stampFile = join(outDir, 'stamp.json');
    const opts = { outDir, recipes: [recipe], stampFile };
    const file = outputPathFor(recipe, outDir);

    const run1 = await generateAll({ ...opts, ...quiet() });
    expect(run1.map((r) => r.status)).toEqual(['generated']);
    const made = await readFile(file);
    const stamp = JSON.parse(await readFile(stampFile, 'utf8'));
    expect(Object.values(stamp)).toHaveLength(1);

    const run2 = await generateAll({ ...opts, ...quiet() });
    expect(run2.map((r) => r.status)).toEqual(['unchanged']);
    expect((await readFile(file)).equals(made)).toBe(true);

    // An editor drops a real photo in place of the illustration.
    const photo = Buffer.from('not our picture — pretend this is a real JPEG photo');
    await writeFile(file, photo);
    const out = quiet();
    const run3 = await generateAll({ ...opts, ...out });
    expect(run3.map((r) => r.status)).toEqual(['kept']);
    expect((await readFile(file)).equals(photo)).toBe(true);
    expect(out.lines.join('\n')).toContain('nha-vuong.illustration.jpg');
  }, 60_000);

  it('adopts its own picture when the stamp was lost, keeps a foreign one', async () => {
    const outDir = await tempDir();
    const stampFile = join(outDir, 'stamp.json');
    const opts = { outDir, recipes: [recipe], stampFile };
    await generateAll({ ...opts, ...quiet() });
    await rm(stampFile);
    const adopted = quiet();
    const run = await generateAll({ ...opts, ...adopted });
    expect(run.map((r) => r.status)).toEqual(['unchanged']);
    expect(adopted.lines.join('\n')).not.toContain('⚠');

    // A photo already sitting there before the generator ever ran.
    const other = await tempDir();
    const foreign = outputPathFor(recipe, other);
    await mkdir(dirname(foreign), { recursive: true });
    await sharp({ create: { width: 64, height: 32, channels: 3, background: '#808080' } }).jpeg().toFile(foreign);
    const before = await readFile(foreign);
    const res = await generateAll({ outDir: other, recipes: [recipe], stampFile: join(other, 'stamp.json'), ...quiet() });
    expect(res.map((r) => r.status)).toEqual(['kept']);
    expect((await readFile(foreign)).equals(before)).toBe(true);
    // Remembered: the next run keeps it again without re-rendering to check.
    const again = await generateAll({ outDir: other, recipes: [recipe], stampFile: join(other, 'stamp.json'), ...quiet() });
    expect(again.map((r) => r.status)).toEqual(['kept']);
    const remembered = JSON.parse(await readFile(join(other, 'stamp.json'), 'utf8'));
    expect(Object.values(remembered)).toEqual([expect.objectContaining({ foreignSha256: expect.any(String) })]);
    expect((await readFile(foreign)).equals(before)).toBe(true);
  }, 60_000);
});
