/**
 * `--shots`: proof that the peers show the same view. Opens every contender at a few directions (the four
 * horizon faces, and up/down at an angle, which is where a cube face rotated the wrong way shows), saves each
 * screenshot beside the view rendered from the photo by src/panorama/reproject.ts, and prints how well they
 * correlate. One montage PNG per direction (expected first) is meant to be looked at.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { renderRectilinear, type RawImage } from '../../../src/panorama/reproject.ts';
import { measureOnce, PROBE_DEFAULTS, VIEWPORT, type Contender } from './measure.ts';
import { INITIAL_VFOV } from './pages.ts';
import { correlation, luminanceGrid, referenceGrid } from './reference.ts';

export const SHOT_VIEWS = [
  { yaw: 0, pitch: 0 },
  { yaw: 90, pitch: 0 },
  { yaw: 180, pitch: 0 },
  { yaw: -90, pitch: 0 },
  { yaw: 30, pitch: 60 },
  { yaw: 30, pitch: -60 },
];

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function pngToRaw(file: string): Promise<RawImage> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
}

/** Returns a Markdown-ish table: correlation (64×36 luminance grid) of each contender with the expected view. */
export async function takeShots(browser: Browser, contenders: Contender[], photo: RawImage, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const { width, height } = VIEWPORT;
  const rows = [`| view | ${contenders.map((c) => c.name).join(' | ')} |`, `|---|${contenders.map(() => '---:').join('|')}|`];
  for (const view of SHOT_VIEWS) {
    const angles = { ...view, vFov: INITIAL_VFOV };
    const tag = `yaw${view.yaw}_pitch${view.pitch}`;
    const expected = renderRectilinear(photo, angles, width, height);
    const expectedFile = join(outDir, `${tag}-0-expected.png`);
    await sharp(expected.data, { raw: { width, height, channels: 3 } }).png().toFile(expectedFile);
    const expectedGrid = luminanceGrid(expected, 64, 36);
    const reference = referenceGrid(photo, angles, PROBE_DEFAULTS.cols, PROBE_DEFAULTS.rows);
    const files = [expectedFile];
    const cells: string[] = [];
    for (const [i, contender] of contenders.entries()) {
      const url = new URL(contender.url);
      url.searchParams.set('yaw', String(view.yaw));
      url.searchParams.set('pitch', String(view.pitch));
      const file = join(outDir, `${tag}-${i + 1}-${slug(contender.name)}.png`);
      const run = await measureOnce(browser, { ...contender, url: url.href }, { reference, screenshotPath: file, timeoutMs: 20_000 });
      const corr = correlation(luminanceGrid(await pngToRaw(file), 64, 36), expectedGrid);
      cells.push(`${corr.toFixed(3)}${run.firstFrameMs === null ? ' (no frame)' : ''}`);
      files.push(file);
    }
    rows.push(`| ${tag} | ${cells.join(' | ')} |`);
    // Montage: two columns of half-size images, expected first, for a quick look.
    const w = width / 2;
    const h = height / 2;
    const tiles = await Promise.all(files.map((f) => sharp(f).resize(w, h).png().toBuffer()));
    const montageRows = Math.ceil(tiles.length / 2);
    await sharp({ create: { width: w * 2, height: h * montageRows, channels: 3, background: '#222' } })
      .composite(tiles.map((input, k) => ({ input, left: (k % 2) * w, top: Math.floor(k / 2) * h })))
      .png()
      .toFile(join(outDir, `montage-${tag}.png`));
  }
  return rows.join('\n');
}
