/**
 * `npm run bench:video` (issue 18): how soon a tourist sees the 360° video move, on our video scene page
 * and on a plain Photo Sphere Viewer page (EquirectangularVideoAdapter + VideoPlugin, muted autoplay, the
 * shape of PSV's own video demo) playing the very same rendition file. One interleaved run, fresh
 * browser context each time, on localhost and on the slow mobile link of bench:view.
 *
 * "First playable frame": the first video frame the browser presents after play() (its
 * requestVideoFrameCallback), in ms from navigation start. Both pages autoplay muted, so no click is
 * in the way. Needs a built `dist/` (`npm run build`); the plain page is written under
 * node_modules/.cache and never committed.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';
import { writeBenchmarkSection } from './benchmarks-md.ts';
import { NETWORK_LABELS, NETWORK_PROFILES, type NetworkProfileName } from './view/network.ts';

const TITLE = '## 360° video: first playable frame (bench:video)';
const SCENE = '/tours/cao-nguyen-da/may-ma-pi-leng/';
const WORK = 'node_modules/.cache/hg360/bench-video';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, dist: { type: 'string', default: 'dist' }, write: { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);

interface Sample {
  firstFrameMs: number | null;
  videoUrl: string | null;
  bytes: number;
}

/** Records, in the page, when the first frame of any video that starts playing is presented. */
function installFrameProbe(): void {
  const w = window as unknown as { __firstFrame?: number; __videoUrl?: string };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (this instanceof HTMLVideoElement && w.__firstFrame === undefined) {
      this.requestVideoFrameCallback(() => {
        w.__firstFrame ??= performance.now();
        w.__videoUrl ??= this.currentSrc;
      });
    }
    return play.call(this);
  };
}

async function measure(browser: Browser, url: string, network: NetworkProfileName): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const conditions = NETWORK_PROFILES[network];
    if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
    await page.addInitScript(installFrameProbe);
    await page.goto(url);
    const firstFrameMs = await page
      .waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame ?? false, undefined, { timeout: 60_000, polling: 50 })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => null);
    const videoUrl = await page.evaluate(() => (window as unknown as { __videoUrl?: string }).__videoUrl ?? null);
    return { firstFrameMs, videoUrl, bytes };
  } finally {
    await context.close();
  }
}

/** PSV's video demo reduced to what plays a sphere: the adapter, the plugin, muted autoplay. */
function plainPsvVideoPage(video: string): string {
  const imports = {
    three: './vendor/three.module.min.js',
    '@photo-sphere-viewer/core': './vendor/core.js',
    '@photo-sphere-viewer/equirectangular-video-adapter': './vendor/video-adapter.js',
    '@photo-sphere-viewer/video-plugin': './vendor/video-plugin.js',
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PSV (video)</title>
<link rel="stylesheet" href="./vendor/core.css"><link rel="stylesheet" href="./vendor/video-plugin.css">
<style>html,body,#viewer{margin:0;width:100%;height:100%}</style>
<script type="importmap">${JSON.stringify({ imports })}</script></head>
<body><div id="viewer"></div>
<script type="module">
  import { Viewer } from '@photo-sphere-viewer/core';
  import { EquirectangularVideoAdapter } from '@photo-sphere-viewer/equirectangular-video-adapter';
  import { VideoPlugin } from '@photo-sphere-viewer/video-plugin';
  new Viewer({
    container: 'viewer',
    adapter: [EquirectangularVideoAdapter, { autoplay: true, muted: true }],
    panorama: { source: ${JSON.stringify(video)} },
    plugins: [VideoPlugin],
  });
</script></body></html>`;
}

async function writePlainPage(videoFile: string): Promise<void> {
  await mkdir(join(WORK, 'vendor'), { recursive: true });
  const vendor: [string, string][] = [
    ['three/build/three.module.min.js', 'three.module.min.js'],
    ['three/build/three.core.min.js', 'three.core.min.js'],
    ['@photo-sphere-viewer/core/index.module.js', 'core.js'],
    ['@photo-sphere-viewer/core/index.css', 'core.css'],
    ['@photo-sphere-viewer/equirectangular-video-adapter/index.module.js', 'video-adapter.js'],
    ['@photo-sphere-viewer/video-plugin/index.module.js', 'video-plugin.js'],
    ['@photo-sphere-viewer/video-plugin/index.css', 'video-plugin.css'],
  ];
  for (const [from, to] of vendor) await copyFile(join('node_modules', from), join(WORK, 'vendor', to));
  await copyFile(videoFile, join(WORK, basename(videoFile)));
  await writeFile(join(WORK, 'index.html'), plainPsvVideoPage(`./${basename(videoFile)}`));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

const ours = await serveStatic(values.dist, { bench: true });
const browser = await launchBrowser();
try {
  // Which rendition does our page pick at 1280×720? The plain page plays that same file.
  const probe = await measure(browser, `${ours.url}${SCENE}`, 'fast');
  if (!probe.videoUrl) throw new Error(`${SCENE}: no video played. Build the site first (npm run build).`);
  const videoPath = join(values.dist, decodeURIComponent(new URL(probe.videoUrl).pathname));
  await writePlainPage(videoPath);
  const plain = await serveStatic(WORK, { bench: true });
  const rows: string[] = [];
  try {
    for (const network of ['fast', 'slow'] as NetworkProfileName[]) {
      const runs = { ours: [] as Sample[], plain: [] as Sample[] };
      for (let i = 0; i < RUNS; i++) {
        // Interleaved, so a busy moment of the machine falls on both alike.
        runs.ours.push(await measure(browser, `${ours.url}${SCENE}`, network));
        runs.plain.push(await measure(browser, `${plain.url}/`, network));
      }
      const frame = (xs: Sample[]) => median(xs.flatMap((s) => (s.firstFrameMs === null ? [] : [s.firstFrameMs])));
      const kib = (xs: Sample[]) => median(xs.map((s) => s.bytes)) / 1024;
      const o = frame(runs.ours);
      const p = frame(runs.plain);
      const line = (name: string, ms: number, bytes: number, missed: number, ratio: string) =>
        `| ${NETWORK_LABELS[network]} | ${name} | ${Number.isNaN(ms) ? '—' : Math.round(ms)} | ${ratio} | ${bytes.toFixed(0)} | ${missed} |`;
      rows.push(line('Hà Giang 360 video scene', o, kib(runs.ours), runs.ours.filter((s) => s.firstFrameMs === null).length, (o / p).toFixed(2) + '×'));
      rows.push(line('plain PSV video page', p, kib(runs.plain), runs.plain.filter((s) => s.firstFrameMs === null).length, '1.00×'));
      console.log(rows.slice(-2).join('\n'));
    }
  } finally {
    await plain.close();
  }
  const videoBytes = (await readFile(videoPath)).length;
  const section = `${TITLE}

\`npm run bench:video\` — ${new Date().toISOString().slice(0, 10)}; headless Chromium 1280×720, muted autoplay on both pages, median of
${RUNS} interleaved runs per network, cache disabled. Both play the same file, the rendition our page picks at this size:
\`${basename(videoPath)}\` (${(videoBytes / 1024 ** 2).toFixed(1)} MiB, H.264 \`+faststart\`). "First playable frame": the first frame presented
after \`play()\` (\`requestVideoFrameCallback\`), from navigation start. KiB: everything the page fetched until then and a little
after (the video streams on). Load average at the end: ${loadavg()[0]!.toFixed(1)} on 2 cores.

| network | page | first playable frame ms | vs plain PSV | KiB fetched | runs with no frame in 60 s |
|---|---|---:|---:|---:|---:|
${rows.join('\n')}

- Our page paints the video's first-frame poster before any script (issue 18), so a tourist sees the place at once;
  this table is about the moment it moves.
`;
  console.log(section);
  if (values.write) await writeBenchmarkSection('BENCHMARKS.md', TITLE, section);
} finally {
  await browser.close();
  await ours.close();
}
