/**
 * `node scripts/bench/offline/run.ts [--write]`, after `npm run build`: the offline packs of issue 19.
 * Pack size per tour at phone and full quality (from the build's /_offline/packs/*.json), the service
 * worker's precache (the shell), and the time to save each tour over the slow link (1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trip; Chromium's network emulation), from the press of the button to
 * `data-offline-state="saved"`, in a fresh browser context each time. `--write` puts the tables in
 * BENCHMARKS.md.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../support/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';
import { writeBenchmarkSection } from '../benchmarks-md.ts';
import type { PackQuality, TourPack } from '../../../src/offline/pack-plan.ts';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const SLOW = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const mb = (b: number) => (b / 1e6).toFixed(2);
const kib = (b: number) => (b / 1024).toFixed(1);

async function packs(lang: string): Promise<TourPack[]> {
  const dir = join(DIST, '_offline/packs');
  const names = (await readdir(dir)).filter((n) => n.endsWith(`.${lang}.json`)).sort();
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as TourPack));
}

async function precache(): Promise<{ files: number; bytes: number; gzip: number; sw: number; swGzip: number; biggest: string }> {
  const sw = await readFile(join(DIST, 'sw.js'));
  const urls = [...sw.toString().matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]!);
  let bytes = 0;
  let gzip = 0;
  let biggest = { url: '', bytes: 0 };
  for (const url of urls) {
    const data = await readFile(join(DIST, url));
    bytes += data.length;
    gzip += /\.(js|css|html|svg|webmanifest)$/.test(url) ? gzipSync(data).length : data.length;
    if (data.length > biggest.bytes) biggest = { url, bytes: data.length };
  }
  return { files: urls.length, bytes, gzip, sw: sw.length, swGzip: gzipSync(sw).length, biggest: `${biggest.url} (${kib(biggest.bytes)} KiB)` };
}

async function timeSave(baseUrl: string, tour: string, quality: PackQuality): Promise<number> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tours/${tour}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForSelector('[data-offline-save][data-bytes]');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
    await page.check(`input[name="offline-quality"][value="${quality}"]`);
    const start = Date.now();
    await page.click('[data-offline-save]');
    await page.waitForSelector('[data-offline-save][data-offline-state="saved"]', { timeout: 600_000 });
    return (Date.now() - start) / 1000;
  } finally {
    await browser.close();
  }
}

const write = process.argv.includes('--write');
const noTiming = process.argv.includes('--no-timing');
await stat(join(DIST, 'sw.js')).catch(() => {
  throw new Error('no dist/sw.js: run `npm run build` first');
});
const { server, url } = await serveStatic(DIST);
const rows: string[] = [];
try {
  const vi = await packs('vi');
  const en = await packs('en');
  for (const pack of vi) {
    const other = en.find((p) => p.tour === pack.tour);
    const cells: string[] = [pack.title];
    for (const quality of ['phone', 'full'] as const) {
      const q = pack.qualities[quality];
      cells.push(`${mb(q.bytes)} MB (${q.files.length} files, tiles ≤ ${q.maxLevelWidth} px)`);
    }
    cells.push(other ? `${mb(other.qualities.phone.bytes)} / ${mb(other.qualities.full.bytes)} MB` : '—');
    for (const quality of ['phone', 'full'] as const) {
      if (noTiming) cells.push('—');
      else {
        const seconds = await timeSave(url, pack.tour, quality);
        const ideal = pack.qualities[quality].bytes / SLOW.downloadThroughput;
        cells.push(`${seconds.toFixed(1)} s (line alone: ${ideal.toFixed(1)} s)`);
        console.log(`${pack.tour} ${quality}: ${seconds.toFixed(1)} s`);
      }
    }
    rows.push(`| ${cells.join(' | ')} |`);
  }
  const shell = await precache();
  const date = new Date().toISOString().slice(0, 10);
  const section = [
    '## Offline packs (bench:offline)',
    '',
    `\`npm run bench:offline\` — ${date}; the demo site as \`npm run build\` makes it; headless Chromium, fresh context per save,`,
    `network emulated at 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. Pack sizes are the files' bytes as stored (pictures and`,
    'sound are compressed already; pages, scripts and the search index would travel gzipped from a real host, the static test',
    'server sends them as they are). "Line alone" is the bytes over 1.6 Mbit/s with no round trips.',
    '',
    '| tour | phone quality (vi) | full quality (vi) | en: phone / full | save over the slow link, phone | save, full |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Service worker precache (the shell, installed on the first visit): **${shell.files} files, ${kib(shell.bytes)} KiB** ` +
      `(${kib(shell.gzip)} KiB gzipped); the largest is ${shell.biggest}, the viewer's core chunk. \`sw.js\` itself: ` +
      `${kib(shell.sw)} KiB (${kib(shell.swGzip)} KiB gzipped).`,
    '',
    '- A pack holds the tour page and every scene page in one language, each scene\'s posters, base panorama, tiles up to',
    '  the chosen level (phone: levels ≤ 2048 px wide; full: all), variants, hotspot pictures and sounds, narration in that',
    '  language (Vietnamese where it has none), the tour map, the scripts the pages load (followed through their imports)',
    '  and Pagefind\'s files (both languages, so search of saved tours works offline).',
    '- Files the browser already holds in its HTTP cache (the shell the worker has just installed, among them the viewer\'s',
    '  core chunk) are not fetched again: that is how a phone pack can take less than the line alone.',
    '- Files shared by two saved packs are stored once per pack (each pack is its own cache and is deleted whole).',
  ].join('\n');
  console.log(`\n${section}\n`);
  if (write) await writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), '## Offline packs (bench:offline)', section);
} finally {
  server.close();
}
