/**
 * Partner embeds (docs/embedding.md): the embed pages and their options, <hg-tour> from /embed.js
 * on a page of another origin driving the tour through the message API, hostile values anywhere
 * (address, attributes, messages) doing nothing, oEmbed, and the generator's snippet working when
 * pasted into a blank page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { serveStatic } from '../../scripts/support/static-server.ts';
import { waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A payload that sets `__pwned` on whichever window runs it. */
const PAYLOAD = `"><script>window.__pwned=1;parent.__pwned=1</script><img src=x onerror="window.__pwned=1;parent.__pwned=1">`;

// The partner's site: another origin (127.0.0.2) than the tour's (127.0.0.1).
let partnerDir = '';
let partnerUrl = '';
let closePartner = () => {};
beforeAll(async () => {
  partnerDir = mkdtempSync(join(tmpdir(), 'hg-partner-'));
  const { server, url } = await serveStatic(partnerDir, { host: '127.0.0.2' });
  partnerUrl = url;
  closePartner = () => server.close();
});
afterAll(() => {
  closePartner();
  rmSync(partnerDir, { recursive: true, force: true });
});

function partnerPage(name: string, body: string): string {
  writeFileSync(join(partnerDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);
  return `${partnerUrl}/${name}`;
}

/** The first frame whose address is an embed page, once its viewer is sharp. */
async function sharpEmbed(page: Page, sceneId?: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/')), { timeout: 20_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
  await frame.waitForSelector('hg-viewer[data-state="sharp"]', { timeout: 45_000 });
  if (sceneId) await frame.waitForFunction((id) => document.querySelector('hg-viewer')?.sceneId === id, sceneId, { timeout: 30_000 });
  return frame;
}

describe('embed pages', () => {
  it('show the viewer alone, out of search, with a link back, and apply valid options', async () => {
    const html = await (await fetch(`${baseUrl}/embed/cao-nguyen-da/`)).text();
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toMatch(/<html lang="vi"/);
    expect(html).not.toContain('data-pagefind-body');
    // No site header element (its style rules may still be inlined with the shared CSS).
    expect(html).not.toMatch(/<header[^>]*class="site-header/);
    expect(html).toMatch(/<img[^>]+data-poster|data-poster[\s\S]*?<img/);

    const { page, context, errors } = await openPage(browser(), { width: 960, height: 540 });
    await page.goto(`${baseUrl}/embed/cao-nguyen-da/?scene=nha-vuong&ui=minimal&gallery=0&yaw=45&pitch=5&zoom=40&lang=en`);
    await waitForViewer(page, 'nha-vuong');
    const view = await page.evaluate(() => document.querySelector('hg-viewer')!.view!);
    expect(Math.abs(view.yaw - 45)).toBeLessThan(0.5);
    expect(Math.abs(view.zoom - 40)).toBeLessThan(1);
    expect(await page.locator('.psv-zoom-button').first().isVisible()).toBe(true);
    expect(await page.locator('.psv-fullscreen-button, .hg-pseudo-fullscreen').count()).toBeGreaterThan(0);
    expect(await page.locator('.psv-navbar .psv-gallery-button, .psv-navbar .hg-button').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // lang=en opened the English twin before anything loaded: the words are English, not only the buttons.
    expect(new URL(page.url()).pathname).toBe('/en/embed/cao-nguyen-da/');
    expect(await page.title()).toBe('Quản Bạ Heaven Gate — The Đồng Văn Karst Plateau · Hà Giang 360');
    // The mansion is an area hotspot (issue 17): an outline named like a button.
    expect(await page.locator('.hg-area[aria-label="The mansion"][role="button"]').count()).toBe(1);
    const home = page.locator('a[data-embed-home]');
    expect(await home.textContent()).toBe('Open on Hà Giang 360');
    expect(await home.getAttribute('href')).toBe('/en/tours/cao-nguyen-da/nha-vuong/');
    expect(await home.getAttribute('target')).toBe('_blank');
    expect(await home.getAttribute('rel')).toContain('noopener');
    // The embed never rewrites its own address (that is the scene page's deep link).
    expect(new URL(page.url()).search).toContain('scene=nha-vuong');
    expect(errors).toEqual([]);

    await page.goto(`${baseUrl}/embed/cao-nguyen-da/pho-co-dong-van/?ui=none`);
    await waitForViewer(page, 'pho-co-dong-van');
    expect(await page.locator('.psv-zoom-button').first().isVisible().catch(() => false)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignore hostile address values with a warning, and reflect none of them', async () => {
    const hostile = encodeURIComponent(PAYLOAD);
    const query = ['scene', 'yaw', 'pitch', 'zoom', 'autorotate', 'lang', 'ui', 'gallery', 'variant'].map((name) => `${name}=${hostile}`).join('&');
    const { page, context, errors } = await openPage(browser(), { width: 960, height: 540 });
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    await page.goto(`${baseUrl}/embed/cao-nguyen-da/?${query}&yaw=1e999&zoom=javascript:alert(1)`);
    await waitForViewer(page, 'cong-troi-quan-ba');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.content()).not.toContain('__pwned');
    for (const name of ['scene', 'autorotate', 'lang', 'ui', 'gallery', 'yaw', 'pitch', 'zoom']) {
      expect(warnings.some((w) => w.includes(`${name}:`)), name).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('<hg-tour> on a partner page of another origin', () => {
  it('lang="en" frames the English twin of the tour', async () => {
    const url = partnerPage('english.html', `<script src="${baseUrl}/embed.js"></script><hg-tour tour="hoang-su-phi" lang="en" style="width:640px"></hg-tour>`);
    const { page, context, errors } = await openPage(browser(), { width: 800, height: 600 });
    await page.goto(url);
    const frame = await sharpEmbed(page, 'ban-luoc');
    expect(new URL(frame.url()).pathname).toBe('/en/embed/hoang-su-phi/');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.locator('.hg-hotspot[aria-label="Rice terraces"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drives the tour with its methods, hears its events, and ignores hostile messages', async () => {
    const url = partnerPage(
      'tour.html',
      `<h1>Partner</h1>
      <script src="${baseUrl}/embed.js"></script>
      <hg-tour id="tour" tour="cao-nguyen-da" scene="pho-co-dong-van" ui="minimal" style="width:800px"></hg-tour>
      <script>
        window.events = [];
        for (const type of ['hg-ready', 'hg-scene-changed', 'hg-view-changed', 'hg-hotspot-opened'])
          document.getElementById('tour').addEventListener(type, (e) => events.push({ type, detail: e.detail }));
      </script>
      <div style="height:4000px"></div>
      <hg-tour id="hostile" tour="cao-nguyen-da"></hg-tour>`,
    );
    const { page, context, errors } = await openPage(browser(), { width: 1000, height: 700 });
    await page.goto(url);
    const frame = await sharpEmbed(page, 'pho-co-dong-van');
    const events = () => page.evaluate(() => (window as unknown as { events: { type: string; detail: Record<string, unknown> }[] }).events);
    await expect.poll(async () => (await events()).map((e) => e.type), { timeout: 20_000 }).toContain('hg-ready');
    const iframe = page.locator('#tour iframe');
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    expect(await iframe.getAttribute('allow')).toBe('fullscreen; gyroscope; accelerometer; xr-spatial-tracking');
    expect(await iframe.getAttribute('title')).toBeTruthy();

    type Tour = HTMLElement & { getState(): Promise<{ scene: string; yaw: number; pitch: number; zoom: number }>; setView(v: object): void; gotoScene(id: string): void };
    const state = () => page.evaluate(() => (document.getElementById('tour') as Tour).getState());
    expect((await state()).scene).toBe('pho-co-dong-van');

    // set-view, then a throttled view-changed event
    await page.evaluate(() => (document.getElementById('tour') as Tour).setView({ yaw: 25, pitch: -4, zoom: 50 }));
    await expect.poll(async () => { const s = await state(); return Math.round(s.yaw) % 360 === 25 && Math.round(s.pitch) === -4 && s.zoom === 50; }).toBe(true);
    await expect.poll(async () => (await events()).filter((e) => e.type === 'hg-view-changed').at(-1)?.detail.zoom).toBe(50);

    // the info hotspot now in the middle opens, and the partner hears it
    await frame.locator('.hg-hotspot[data-hotspot="nha-co"]').click();
    await expect.poll(async () => (await events()).find((e) => e.type === 'hg-hotspot-opened')?.detail).toEqual({ scene: 'pho-co-dong-van', hotspot: 'nha-co' });
    await page.keyboard.press('Escape');

    // Hostile messages straight into the frame, and forged events into the partner's window.
    await page.evaluate((payload) => {
      const target = (document.getElementById('tour')!.shadowRoot!.querySelector('iframe') as HTMLIFrameElement).contentWindow!;
      const junk: unknown[] = [
        null, 'goto-scene', 42, [], { hg360: 2, type: 'goto-scene', scene: 'nha-vuong' },
        { hg360: 1, type: 'goto-scene', scene: payload }, { hg360: 1, type: 'goto-scene', scene: '__proto__' },
        { hg360: 1, type: 'goto-scene', scene: { toString: null } }, { hg360: 1, type: 'goto-scene', scene: 'khong-co' },
        { hg360: 1, type: 'set-view', yaw: '90', pitch: {}, zoom: 1e308 }, { hg360: 1, type: 'set-view', yaw: Number.NaN, pitch: -1e9 },
        { hg360: 1, type: payload }, { hg360: 1, type: 'constructor' }, { hg360: 1, type: 'get-state', id: payload },
      ];
      for (const message of junk) target.postMessage(message, '*');
      window.postMessage({ hg360: 1, type: 'scene-changed', scene: payload, title: payload }, '*');
    }, PAYLOAD);
    await page.waitForTimeout(1_000);
    const after = await state();
    expect(after.scene).toBe('pho-co-dong-van');
    expect(after.zoom).toBe(50);
    expect((await events()).filter((e) => e.type === 'hg-scene-changed')).toEqual([]);

    // goto-scene
    await page.evaluate(() => (document.getElementById('tour') as Tour).gotoScene('nha-vuong'));
    await expect.poll(async () => (await events()).find((e) => e.type === 'hg-scene-changed')?.detail.scene, { timeout: 30_000 }).toBe('nha-vuong');
    await expect.poll(async () => (await state()).scene).toBe('nha-vuong');

    // Hostile attributes never reach the frame's address; nothing ran anywhere.
    await page.evaluate((payload) => {
      const el = document.getElementById('hostile')!;
      for (const name of ['scene', 'yaw', 'pitch', 'zoom', 'ui', 'lang', 'gallery', 'autorotate']) el.setAttribute(name, payload);
    }, PAYLOAD);
    const hostileSrc = await page.evaluate(() => (document.getElementById('hostile')!.shadowRoot!.querySelector('iframe') as HTMLIFrameElement).src);
    expect(hostileSrc).toBe(`${baseUrl}/embed/cao-nguyen-da/`);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await frame.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('narration commands', () => {
  it('play-narration and pause-narration start and stop the scene narration', async () => {
    const url = partnerPage('narration.html', `<script src="${baseUrl}/embed.js"></script><hg-tour id="tour" tour="cao-nguyen-da" scene="deo-ma-pi-leng" ui="none"></hg-tour>`);
    const { page, context, errors } = await openPage(browser(), { width: 1000, height: 700 });
    await page.goto(url);
    await sharpEmbed(page, 'deo-ma-pi-leng');
    type Tour = HTMLElement & { getState(): Promise<{ narration: string }>; playNarration(): void; pauseNarration(): void };
    const narration = async () => (await page.evaluate(() => (document.getElementById('tour') as Tour).getState())).narration;
    await page.evaluate(() => (document.getElementById('tour') as Tour).playNarration());
    await expect.poll(narration, { timeout: 15_000 }).toBe('playing');
    await page.evaluate(() => (document.getElementById('tour') as Tour).pauseNarration());
    await expect.poll(narration).toBe('paused');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('carries out a play-narration posted before the narration plugin arrived (it starts after the API)', async () => {
    const url = partnerPage('narration-early.html', `<script src="${baseUrl}/embed.js"></script><hg-tour id="tour" tour="cao-nguyen-da" scene="deo-ma-pi-leng" ui="none"></hg-tour>`);
    const { page, context, errors } = await openPage(browser(), { width: 1000, height: 700 });
    // The narration plugin's chunk is held back: the API (the first late plugin) runs, narration not yet.
    const held: Route[] = [];
    let released = false;
    await page.route(/\/_astro\/narration\.[^/]+\.js$/, (route) => (released ? route.continue() : void held.push(route)));
    await page.goto(url);
    await sharpEmbed(page, 'deo-ma-pi-leng');
    type Tour = HTMLElement & { getState(): Promise<{ narration: string }>; playNarration(): void };
    const narration = async () => (await page.evaluate(() => (document.getElementById('tour') as Tour).getState())).narration;
    // getState is answered by the API plugin: it runs, and there is no narration yet.
    await expect.poll(narration, { timeout: 15_000 }).toBe('none');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.evaluate(() => (document.getElementById('tour') as Tour).playNarration());
    await page.waitForTimeout(300);
    released = true;
    for (const route of held.splice(0)) await route.continue();
    await expect.poll(narration, { timeout: 15_000 }).toBe('playing');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('oEmbed, framing policy and /embed.js', () => {
  it('serves oEmbed JSON found from the pages, a small embed.js and the _headers file', async () => {
    const scenePage = await (await fetch(`${baseUrl}/tours/cao-nguyen-da/nha-vuong/`)).text();
    const link = scenePage.match(/<link[^>]+type="application\/json\+oembed"[^>]*>/)?.[0] ?? '';
    const href = link.match(/href="([^"]+)"/)?.[1] ?? '';
    expect(new URL(href).pathname).toBe('/oembed/cao-nguyen-da/nha-vuong.json');
    expect(await (await fetch(`${baseUrl}/tours/cao-nguyen-da/`)).text()).toContain('/oembed/cao-nguyen-da.json');
    const oembed = await (await fetch(`${baseUrl}${new URL(href).pathname}`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Hà Giang 360', width: 960, height: 540, thumbnail_width: 640, thumbnail_height: 360 });
    expect(oembed.html).toMatch(/^<iframe src="[^"]+\/embed\/cao-nguyen-da\/nha-vuong\/"/);
    expect((await fetch(`${baseUrl}${new URL(oembed.thumbnail_url).pathname}`)).status).toBe(200);

    const js = await (await fetch(`${baseUrl}/embed.js`)).text();
    expect(js.length).toBeLessThan(8 * 1024);
    expect(js).not.toMatch(/^import |\bimport\(|from ['"]/m);
    // The test server sends dist/_headers as Cloudflare Pages does: site pages only in the site's own
    // frames, embeds anywhere, each with one Content-Security-Policy (tests/e2e/csp.test.ts has the rest).
    const site = await fetch(`${baseUrl}/tours/cao-nguyen-da/`);
    expect(site.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(site.headers.get('content-security-policy')).toMatch(/; frame-ancestors 'self'$/);
    for (const path of ['/embed/cao-nguyen-da/', '/en/embed/cao-nguyen-da/nha-vuong/']) {
      const embed = await fetch(`${baseUrl}${path}`);
      expect(embed.headers.get('x-frame-options'), path).toBeNull();
      expect(embed.headers.get('content-security-policy'), path).toMatch(/^default-src 'self'; script-src [^,]*; frame-ancestors \*$/);
    }
  });
});

describe('embed code generator', () => {
  it('updates its snippets live, and its iframe snippet works pasted into a blank page', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/nha-vuong/`);
    // Its preview frame is made when it opens: until then the page holds no second document.
    expect(page.frames()).toHaveLength(1);
    await page.getByRole('button', { name: 'Nhúng vào trang web của bạn' }).click();
    const dialog = page.locator('dialog[data-embed-dialog]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await dialog.locator('select[name="ui"]').selectOption('minimal');
    const snippet = await dialog.locator('textarea[data-embed-code="iframe"]').inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/cao-nguyen-da\/nha-vuong\/\?ui=minimal"/);
    expect(await dialog.locator('[data-embed-preview]').getAttribute('src')).toContain('ui=minimal');
    const script = await dialog.locator('textarea[data-embed-code="script"]').inputValue();
    expect(script).toContain(`<script src="${baseUrl}/embed.js" defer></script>`);
    expect(script).toMatch(/<hg-tour tour="cao-nguyen-da" scene="nha-vuong" ui="minimal"/);
    await context.close();
    expect(errors).toEqual([]);

    const pasted = await openPage(browser(), { width: 1100, height: 800 });
    await pasted.page.goto(partnerPage('pasted.html', snippet));
    const frame = await sharpEmbed(pasted.page, 'nha-vuong');
    expect(await frame.locator('.psv-zoom-button').first().isVisible()).toBe(true);
    expect(pasted.errors).toEqual([]);
    await pasted.context.close();
  });
});
