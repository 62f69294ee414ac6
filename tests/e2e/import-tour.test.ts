/**
 * Angles agree after an import (issue 21): a Marzipano Tool export and a Pannellum tour are made from one
 * known photo (tests/fixtures/import-tours.ts), each shown in its own viewer (the peer library from
 * node_modules, as the tools' pages load it), imported with `npm run import`'s code, built, and opened in
 * Chromium at the same viewer size. The built scene opens at the source's first view (the viewer's state
 * and a pixel comparison with the source page's screenshot), and the info hotspot and link arrow sit
 * where the source viewer puts them. krpano's viewer is not free software, so a krpano tour is checked
 * against the photo itself: its first view against the photo seen from there, its hotspot and arrow against
 * the projection of the directions it was written with, and its scene `heading` on the compass.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTour } from '../../scripts/import/import-tour.ts';
import { zoomToVerticalFov } from '../../src/schemas/view.ts';
import { knownPhoto, writeKrpanoTour, writeMarzipanoTour, writePannellumTour, writePhoto, type SourceScene } from '../fixtures/import-tours.ts';
import { astroBuild } from './support/astro-build.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { loadRaw } from './support/compare-view.ts';
import { openSharpScene, viewOf, yawDistance } from './support/scene-page.ts';
import { matchViewerWithPhoto } from './support/viewer.ts';
import { serveStatic } from '../../scripts/support/static-server.ts';

/** Every hotspot and arrow inside the first view, two of them on dots of the photo (one on a cube seam). */
const SCENES: SourceScene[] = [
  { id: 'cong-troi', title: 'Cổng trời', view: { yaw: 30, pitch: -10, vFov: 60 }, link: { to: 'nui-doi', yaw: 45, pitch: 0 }, info: { yaw: 60, pitch: 10, title: 'Núi đôi', text: 'Hai ngọn núi tròn.' } },
  { id: 'nui-doi', title: 'Núi đôi', view: { yaw: -100, pitch: 5, vFov: 75 }, link: { to: 'cong-troi', yaw: -80, pitch: -10 }, info: { yaw: -120, pitch: 15, title: 'Dốc', text: 'Con dốc lên bản.' } },
];

const root = join(import.meta.dirname, '../..');
const browser = useBrowser();
let work: string;
const servers: Server[] = [];
let siteUrl: string;
let sourceUrl: string;

/** The viewer page each tool exports, reduced to the viewer: Marzipano Tool's index.js, Pannellum's standalone page. */
function marzipanoPage(): string {
  return `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;background:#000}#pano{position:absolute;left:0;top:0}</style>
<div id="pano"></div><script src="marzipano.js"></script><script src="data.js"></script><script>
  const q = new URLSearchParams(location.search);
  const el = document.getElementById('pano');
  el.style.width = q.get('w') + 'px';
  el.style.height = q.get('h') + 'px';
  const data = APP_DATA.scenes.find((s) => s.id === q.get('scene'));
  const viewer = new Marzipano.Viewer(el);
  const source = Marzipano.ImageUrlSource.fromString('tiles/' + data.id + '/{z}/{f}/{y}/{x}.jpg', { cubeMapPreviewUrl: 'tiles/' + data.id + '/preview.jpg' });
  const geometry = new Marzipano.CubeGeometry(data.levels);
  const view = new Marzipano.RectilinearView(data.initialViewParameters);
  const scene = viewer.createScene({ source, geometry, view, pinFirstLevel: true });
  scene.switchTo({ transitionDuration: 0 });
  const at = (h) => view.coordinatesToScreen({ yaw: h.yaw, pitch: h.pitch });
  window.sourceReport = () => ({ info: at(data.infoHotspots[0]), link: at(data.linkHotspots[0]) });
  setTimeout(() => (window.ready = true), 1500);
</script>`;
}

function pannellumPage(): string {
  return `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="pannellum.css"><style>html,body{margin:0;background:#000}#pano{position:absolute;left:0;top:0}</style>
<div id="pano"></div><script src="pannellum.js"></script><script>
  const q = new URLSearchParams(location.search);
  const el = document.getElementById('pano');
  el.style.width = q.get('w') + 'px';
  el.style.height = q.get('h') + 'px';
  fetch('tour.json').then((r) => r.json()).then((config) => {
    config.default.firstScene = q.get('scene');
    config.default.showControls = false;
    config.default.sceneFadeDuration = 0;
    const viewer = pannellum.viewer('pano', config);
    const centre = (type) => {
      const spot = [...document.querySelectorAll('.pnlm-hotspot-base')].find((e) => e.classList.contains(type === 'info' ? 'pnlm-info' : 'pnlm-scene'));
      const box = spot.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    };
    window.sourceReport = () => ({ info: centre('info'), link: centre('scene'), yaw: viewer.getYaw(), pitch: viewer.getPitch(), hfov: viewer.getHfov() });
    // Polled: a multires scene can finish loading before a 'load' listener would hear it.
    const poll = setInterval(() => viewer.isLoaded() && (clearInterval(poll), setTimeout(() => (window.ready = true), 500)), 100);
  });
</script>`;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hg360-import-e2e-'));
  const photo = knownPhoto(2048);
  const sources = join(work, 'sources');
  await writeMarzipanoTour(join(sources, 'marzipano'), photo, SCENES);
  await writeFile(join(sources, 'marzipano/index.html'), marzipanoPage());
  await copyFile(join(root, 'node_modules/marzipano/dist/marzipano.js'), join(sources, 'marzipano/marzipano.js'));
  await writePannellumTour(join(sources, 'pannellum'), photo, SCENES);
  await writeFile(join(sources, 'pannellum/index.html'), pannellumPage());
  for (const f of ['pannellum.js', 'pannellum.css']) await copyFile(join(root, 'node_modules/pannellum/build', f), join(sources, 'pannellum', f));

  const toursDir = join(work, 'site/content/tours');
  const articlesDir = join(work, 'site/content/articles');
  await mkdir(articlesDir, { recursive: true });
  await writeKrpanoTour(join(sources, 'krpano'), photo, SCENES);
  // The second scene's centre faces east: the import writes it into the photo, the compass shows it.
  const scenesXml = join(sources, 'krpano/scenes.xml');
  await writeFile(scenesXml, (await readFile(scenesXml, 'utf8')).replace(/(<scene name="scene_nui_doi"[^>]*)heading="0\.0"/, '$1heading="90"'));
  await writePhoto(join(work, 'known.png'), photo, 'png');
  for (const [format, file] of [['marzipano', 'marzipano/data.js'], ['pannellum', 'pannellum/tour.json'], ['krpano', 'krpano/tour.xml']] as const) {
    const result = await importTour({ source: join(sources, file), tour: `tu-${format}`, root: toursDir });
    if (!result.ok) throw new Error(result.report);
  }
  const built = await astroBuild({ HG360_CONTENT_DIR: toursDir, HG360_ARTICLES_DIR: articlesDir, HG360_OUT_DIR: join(work, 'dist'), HG360_CACHE_DIR: join(work, 'astro-cache') });
  if (built.code !== 0) throw new Error(`astro build failed:\n${built.output}`);
  const site = await serveStatic(join(work, 'dist'));
  const source = await serveStatic(sources);
  servers.push(site.server, source.server);
  siteUrl = site.url;
  sourceUrl = source.url;
}, 400_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  if (work) await rm(work, { recursive: true, force: true });
});

/**
 * Where a marker is anchored, relative to the viewer's top-left corner. PSV centres the marker's declared
 * box on its direction (`size` in src/components/viewer/tour-nodes.ts: 40×40 for a hotspot); the hotspot
 * button's 2-px border is drawn outside that box, so its own centre is 2 px right of and below the anchor.
 */
async function anchorIn(page: Page, selector: string, declared?: number) {
  const viewer = (await page.locator('hg-viewer').boundingBox())!;
  const box = (await page.locator(selector).first().boundingBox())!;
  const [w, h] = declared ? [declared, declared] : [box.width, box.height];
  return { x: box.x + w / 2 - viewer.x, y: box.y + h / 2 - viewer.y };
}

/** Mean absolute difference per channel between two screenshots of the same size, leaving out the bottom bar. */
function meanDifference(a: Awaited<ReturnType<typeof loadRaw>>, b: Awaited<ReturnType<typeof loadRaw>>, bottomInset = 60): number {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < a.height - bottomInset; y += 4) {
    for (let x = 0; x < a.width; x += 4) {
      const i = (y * a.width + x) * a.channels;
      const j = (y * b.width + x) * b.channels;
      for (let k = 0; k < 3; k++) sum += Math.abs(a.data[i + k]! - b.data[j + k]!);
      count += 3;
    }
  }
  return sum / count;
}

describe.each([
  ['Marzipano', 'marzipano'],
  ['Pannellum', 'pannellum'],
])('a %s tour, imported and built', (_name, format) => {
  it.each(SCENES.map((s) => [s.id, s] as const))('%s opens at the source’s first view, with its hotspot and arrow in place', async (id, scene) => {
    const ours = await openSharpScene(browser(), siteUrl, `/tours/tu-${format}/${id}/`, id);
    const view = await viewOf(ours.page);
    expect(yawDistance(view.yaw, scene.view.yaw)).toBeLessThan(0.2);
    expect(view.pitch).toBeCloseTo(scene.view.pitch, 1);
    expect(zoomToVerticalFov(view.zoom)).toBeCloseTo(scene.view.vFov, 0);
    // The arrows and hotspots fade in; the arrow is positioned by its centre like the hotspot.
    await ours.page.waitForTimeout(500);
    const box = (await ours.page.locator('hg-viewer').boundingBox())!;
    const ourInfo = await anchorIn(ours.page, '.hg-hotspot', 40);
    const ourLink = await anchorIn(ours.page, `.hg-link-arrow[data-target="${scene.link!.to}"]`);
    const ourShot = await loadRaw(await ours.page.locator('hg-viewer').screenshot({ path: `tests/.artifacts/import-${format}-${id}-ours.png` }));

    const theirs = await openPage(browser(), { width: 1280, height: 800 });
    await theirs.page.goto(`${sourceUrl}/${format}/index.html?scene=${id}&w=${Math.round(box.width)}&h=${Math.round(box.height)}`);
    await theirs.page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, { timeout: 30_000 });
    const report = await theirs.page.evaluate(() => (window as unknown as { sourceReport: () => { info: { x: number; y: number }; link: { x: number; y: number } } }).sourceReport());
    const theirShot = await loadRaw(await theirs.page.locator('#pano').screenshot({ path: `tests/.artifacts/import-${format}-${id}-source.png` }));
    await theirs.context.close();
    await ours.context.close();
    console.info(format, id, { ourInfo, theirInfo: report.info, ourLink, theirLink: report.link });

    // Within 1.5 px on a ~1100-px-wide viewer (about a tenth of a degree); PSV rounds marker positions to whole pixels.
    expect(Math.hypot(ourInfo.x - report.info.x, ourInfo.y - report.info.y), `info hotspot: ours ${JSON.stringify(ourInfo)}, theirs ${JSON.stringify(report.info)}`).toBeLessThan(1.5);
    expect(Math.hypot(ourLink.x - report.link.x, ourLink.y - report.link.y), `link arrow: ours ${JSON.stringify(ourLink)}, theirs ${JSON.stringify(report.link)}`).toBeLessThan(1.5);
    // The same picture: only resampling and JPEG differ (a view 1° off would differ by far more on the grid lines).
    expect(meanDifference(ourShot, theirShot)).toBeLessThan(12);
  });
});

/** Where a direction appears in a viewer of `width`×`height` looking at `view` (the inverse of renderRectilinear). */
function project(view: { yaw: number; pitch: number; vFov: number }, at: { yaw: number; pitch: number }, width: number, height: number) {
  const r = Math.PI / 180;
  const [yaw, pitch] = [view.yaw * r, view.pitch * r];
  const d = [Math.cos(at.pitch * r) * Math.sin(at.yaw * r), Math.sin(at.pitch * r), Math.cos(at.pitch * r) * Math.cos(at.yaw * r)];
  const f = [Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch), Math.cos(pitch) * Math.cos(yaw)];
  const right = [Math.cos(yaw), 0, -Math.sin(yaw)];
  const up = [-Math.sin(pitch) * Math.sin(yaw), Math.cos(pitch), -Math.sin(pitch) * Math.cos(yaw)];
  const dot = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
  const tanHalf = Math.tan((view.vFov * r) / 2);
  const z = dot(d, f);
  return { x: (width / 2) * (1 + dot(d, right) / (z * tanHalf * (width / height))), y: (height / 2) * (1 - dot(d, up) / (z * tanHalf)) };
}

describe('a krpano tour, imported and built', () => {
  it.each(SCENES.map((s) => [s.id, s] as const))('%s opens at the view tour.xml gives, hotspot and arrow where tour.xml puts them, north from its heading', async (id, scene) => {
    const ours = await openSharpScene(browser(), siteUrl, `/tours/tu-krpano/${id}/`, id);
    const view = await viewOf(ours.page);
    expect(yawDistance(view.yaw, scene.view.yaw)).toBeLessThan(0.2);
    expect(view.pitch).toBeCloseTo(scene.view.pitch, 1);
    expect(zoomToVerticalFov(view.zoom)).toBeCloseTo(scene.view.vFov, 0);
    await ours.page.waitForTimeout(500);
    const box = (await ours.page.locator('hg-viewer').boundingBox())!;
    const info = await anchorIn(ours.page, '.hg-hotspot', 40);
    const link = await anchorIn(ours.page, `.hg-link-arrow[data-target="${scene.link!.to}"]`);
    const expected = { yaw: scene.view.yaw, pitch: scene.view.pitch, vFov: scene.view.vFov };
    const wantInfo = project(expected, scene.info!, box.width, box.height);
    const wantLink = project(expected, scene.link!, box.width, box.height);
    expect(Math.hypot(info.x - wantInfo.x, info.y - wantInfo.y), `info hotspot: ours ${JSON.stringify(info)}, expected ${JSON.stringify(wantInfo)}`).toBeLessThan(1.5);
    expect(Math.hypot(link.x - wantLink.x, link.y - wantLink.y), `link arrow: ours ${JSON.stringify(link)}, expected ${JSON.stringify(wantLink)}`).toBeLessThan(1.5);
    // krpano's heading reaches the compass (through the photo's GPano heading); the yaws stay the source's.
    const heading = id === 'nui-doi' ? '90' : '0';
    await ours.page.locator('.psv-compass').waitFor({ state: 'visible' });
    await expect.poll(() => ours.page.evaluate(() => document.querySelector('.psv-compass svg[data-north]')?.getAttribute('data-north') ?? '0')).toBe(heading);
    // Markers hidden, what the viewer draws is the known photo seen from the source's first view.
    // Through the CSSOM: the site's Content-Security-Policy refuses an added <style>.
    await ours.page.evaluate(() => document.querySelectorAll<HTMLElement>('.hg-hotspot, .hg-link-arrow').forEach((e) => (e.style.visibility = 'hidden')));
    await ours.page.waitForTimeout(200);
    const match = await matchViewerWithPhoto(ours.page, join(work, 'known.png'), view);
    await ours.context.close();
    expect(match.matching).toBeGreaterThan(0.9);
  });
});
