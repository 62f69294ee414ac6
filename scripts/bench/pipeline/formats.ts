/**
 * Why tiles and posters are WebP: the top tile level of one photo encoded in each candidate
 * format, with bytes, encode time (sharp, this machine) and decode time in headless Chromium
 * (createImageBitmap, the work a browser does before a tile can be uploaded to the GPU).
 */
import sharp, { type Sharp } from 'sharp';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  { name: 'JPEG q80 (libjpeg-turbo)', encode: (s: Sharp) => s.jpeg({ quality: 80 }), mime: 'image/jpeg' },
  { name: 'JPEG q80 (mozjpeg)', encode: (s: Sharp) => s.jpeg({ quality: 80, mozjpeg: true }), mime: 'image/jpeg' },
  { name: 'WebP q75 effort 2', encode: (s: Sharp) => s.webp({ quality: 75, effort: 2 }), mime: 'image/webp' },
  { name: 'WebP q70 effort 1 (chosen)', encode: (s: Sharp) => s.webp({ quality: 70, effort: 1 }), mime: 'image/webp' },
  { name: 'AVIF q50 effort 0', encode: (s: Sharp) => s.avif({ quality: 50, effort: 0 }), mime: 'image/avif' },
];

export async function measureFormats(photo: string): Promise<string> {
  const { data, info } = await sharp(photo).resize(4096, 2048, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const tiles: { x: number; y: number }[] = [];
  for (let y = 0; y < 4; y++) for (let x = 0; x < 8; x++) tiles.push({ x, y });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const rows: string[] = [];
  for (const candidate of CANDIDATES) {
    const started = performance.now();
    const encoded = await Promise.all(
      tiles.map(({ x, y }) => candidate.encode(sharp(data, { raw: info }).extract({ left: x * 512, top: y * 512, width: 512, height: 512 })).toBuffer()),
    );
    const encodeMs = performance.now() - started;
    const bytes = encoded.reduce((n, b) => n + b.length, 0);
    const decodeMs = await page.evaluate(
      async ({ images, mime }) => {
        const blobs = images.map((b64) => new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: mime }));
        const times: number[] = [];
        for (let round = 0; round < 3; round++) {
          const t0 = performance.now();
          for (const blob of blobs) (await createImageBitmap(blob)).close();
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[1]!;
      },
      { images: encoded.map((b) => b.toString('base64')), mime: candidate.mime },
    );
    rows.push(`| ${candidate.name} | ${(bytes / 1024).toFixed(0)} | ${encodeMs.toFixed(0)} | ${decodeMs.toFixed(0)} |`);
  }
  await browser.close();
  return `### Formats

Top tile level (4096×2048 as 32 tiles of 512 px; a codec comparison, the site cuts this level in 256-px tiles) of
\`${photo.split('/').pop()}\`: bytes, encode time (all tiles, in parallel, sharp on 2 cores) and decode time in headless
Chromium (createImageBitmap of every tile, median of 3).

| format | KiB | encode ms | decode ms |
|---|---:|---:|---:|
${rows.join('\n')}

Posters use WebP too (q72); the Open Graph image is JPEG because social networks read it most reliably.`;
}
