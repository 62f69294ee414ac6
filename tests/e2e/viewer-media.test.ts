/**
 * Narration and ambience (nothing plays on its own; sound follows the tourist), scene variants
 * (same view, other photo), and rich hotspot panels.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { loadRaw, compareView } from './support/compare-view.ts';
import { readScene } from './support/content.ts';
import { faceHotspot, openSharpScene, viewOf, yawDistance } from './support/scene-page.ts';
import { waitForViewer } from './support/viewer.ts';
import { zoomToVerticalFov } from '../../src/schemas/view.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const audioState = (page: Page) =>
  page.evaluate(() => {
    const plugin = document.querySelector('hg-viewer')!.psv!.getPlugin('hg-narration') as unknown as { narration: HTMLAudioElement; ambience: HTMLAudioElement };
    const container = document.querySelector('hg-viewer .psv-container') as HTMLElement;
    return {
      narration: container.dataset.narration,
      ambience: container.dataset.ambience,
      narrationSrc: plugin.narration.getAttribute('src') ?? '',
      narrationPaused: plugin.narration.paused,
      narrationTime: plugin.narration.currentTime,
      ambiencePaused: plugin.ambience.paused,
    };
  });

describe('narration and ambience', () => {
  it('plays nothing on its own, plays on request, and follows the tourist to the next scene', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    await page.waitForTimeout(1000);
    let state = await audioState(page);
    expect(state).toMatchObject({ narration: 'paused', narrationPaused: true, ambiencePaused: true });

    await page.getByRole('button', { name: 'Nghe thuyết minh' }).click();
    await expect.poll(async () => (await audioState(page)).narrationTime, { timeout: 15_000 }).toBeGreaterThan(0.3);
    state = await audioState(page);
    expect(state.narration).toBe('playing');
    expect(state.narrationSrc).toMatch(/\/_pano\/[0-9a-f]{16}\/media\.m4a$/);
    await expect.poll(() => page.getByRole('button', { name: 'Tạm dừng thuyết minh' }).getAttribute('aria-pressed')).toBe('true');

    // Phố cổ has no narration: silence. Mã Pí Lèng has one: it plays, because the tourist asked for narration.
    await page.evaluate(() => document.querySelector('hg-viewer')!.goTo('pho-co-dong-van'));
    await waitForViewer(page, 'pho-co-dong-van');
    state = await audioState(page);
    expect(state.narrationPaused).toBe(true);
    expect(state.narration).toBe('none');
    await page.evaluate(() => document.querySelector('hg-viewer')!.goTo('deo-ma-pi-leng'));
    await waitForViewer(page, 'deo-ma-pi-leng');
    await expect.poll(async () => (await audioState(page)).narration).toBe('playing');
    expect((await audioState(page)).narrationSrc).not.toBe(state.narrationSrc);

    // Ambience is off until asked for, and pausing narration leaves it alone.
    expect((await audioState(page)).ambience).toBe('off');
    await page.getByRole('button', { name: 'Bật âm thanh nền' }).click();
    await expect.poll(async () => (await audioState(page)).ambience).toBe('on');
    await page.getByRole('button', { name: 'Tạm dừng thuyết minh' }).click();
    await expect.poll(async () => (await audioState(page)).narrationPaused).toBe(true);
    expect((await audioState(page)).ambiencePaused).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('variants', () => {
  it('switches to the buckwheat-season photo without losing the view, and says so in the address', async () => {
    const scene = readScene('cao-nguyen-da', 'cot-co-lung-cu');
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: '35deg', pitch: '-12deg' }));
    await page.waitForTimeout(300);
    const before = await viewOf(page);
    await page.getByRole('button', { name: 'Mùa hoa tam giác mạch' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Mùa hoa tam giác mạch' }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(2500);
    const after = await viewOf(page);
    expect(yawDistance(after.yaw, before.yaw)).toBeLessThan(0.5);
    expect(Math.abs(after.pitch - before.pitch)).toBeLessThan(0.5);
    await expect.poll(() => new URL(page.url()).searchParams.get('variant')).toBe('mua-hoa-tam-giac-mach');

    const shot = await loadRaw(await page.locator('hg-viewer').screenshot());
    const angles = { yaw: after.yaw, pitch: after.pitch, vFov: zoomToVerticalFov(after.zoom) };
    const variant = compareView(shot, await loadRaw('content/tours/cao-nguyen-da/cot-co-lung-cu.mua-hoa.illustration.jpg'), angles);
    const main = compareView(shot, await loadRaw(scene.photoPath), angles);
    expect(variant.matching).toBeGreaterThan(0.8);
    expect(variant.matching).toBeGreaterThan(main.matching + 0.15);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('hotspot panels', () => {
  it('open with the title, the photo with its description, and the text', async () => {
    const scene = readScene('cao-nguyen-da', 'cot-co-lung-cu');
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    await faceHotspot(page, 'la-co');
    await page.getByRole('button', { name: 'Lá cờ 54 m²' }).click();
    const panel = page.locator('.psv-panel .hg-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Lá cờ 54 m²');
    expect(await panel.locator('p').textContent()).toBe(scene.hotspots[0]!.text);
    const img = panel.locator('img');
    expect(await img.getAttribute('alt')).toContain('tranh minh hoạ');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(800);
    await page.context().close();
  });
});
