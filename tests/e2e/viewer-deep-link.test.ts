/**
 * The address describes the scene and the view: opening it restores them exactly, looking around
 * replaces the history entry, changing scene pushes one, Back restores both; Share copies it.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { readScene } from './support/content.ts';
import { openSharpScene, viewOf, yawDistance } from './support/scene-page.ts';
import { matchViewerWithPhoto, waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('deep links', () => {
  it('opens exactly the view in the address and draws it', async () => {
    const scene = readScene('cao-nguyen-da', 'deo-ma-pi-leng');
    const wanted = { yaw: 120, pitch: -10, zoom: 70 };
    const { page, errors } = await openSharpScene(browser(), baseUrl, `/tours/cao-nguyen-da/deo-ma-pi-leng/?yaw=${wanted.yaw}&pitch=${wanted.pitch}&zoom=${wanted.zoom}`, 'deo-ma-pi-leng');
    const view = await viewOf(page);
    expect(yawDistance(view.yaw, wanted.yaw)).toBeLessThan(0.2);
    expect(Math.abs(view.pitch - wanted.pitch)).toBeLessThan(0.2);
    expect(Math.abs(view.zoom - wanted.zoom)).toBeLessThan(0.6);
    const match = await matchViewerWithPhoto(page, scene.photoPath, wanted);
    expect(match.matching, `mean difference ${match.meanDifference.toFixed(1)}`).toBeGreaterThan(0.85);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replaces the entry while looking around, pushes one per scene, and Back restores scene and view', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');
    const length = await page.evaluate(() => history.length);
    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: '40deg', pitch: '5deg' }));
    await expect.poll(() => new URL(page.url()).searchParams.get('yaw')).toBe('40.0');
    expect(new URL(page.url()).searchParams.get('pitch')).toBe('5.0');
    expect(await page.evaluate(() => history.length)).toBe(length);

    await page.evaluate(() => document.querySelector('hg-viewer')!.goTo('cot-co-lung-cu'));
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/cot-co-lung-cu/');
    await waitForViewer(page, 'cot-co-lung-cu');
    expect(await page.evaluate(() => history.length)).toBe(length + 1);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/pho-co-dong-van/');
    await waitForViewer(page, 'pho-co-dong-van');
    const view = await viewOf(page);
    expect(yawDistance(view.yaw, 40)).toBeLessThan(0.5);
    expect(Math.abs(view.pitch - 5)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the first view of a page replaces the entry: one Back from "Start the tour" leaves the scene (issue 16)', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/`);
    const length = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Bắt đầu tour 360°' }).first().click();
    await waitForViewer(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('yaw')).not.toBeNull();
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Back restores the exact view of the scene left, zoom included (issue 16)', async () => {
    const from = readScene('cao-nguyen-da', 'pho-co-dong-van');
    const to = readScene('cao-nguyen-da', 'cot-co-lung-cu');
    expect(from.view.zoom).not.toBe(to.view.zoom);
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');
    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: '70deg', pitch: '-3deg' }));
    await expect.poll(() => new URL(page.url()).searchParams.get('yaw')).toBe('70.0');
    // Follow the arrow at once, without waiting: the move and the scene change overlap.
    await page.evaluate(() => document.querySelector('hg-viewer')!.goTo('cot-co-lung-cu'));
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/cot-co-lung-cu/');
    await waitForViewer(page, 'cot-co-lung-cu');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/pho-co-dong-van/');
    expect(new URL(page.url()).searchParams.get('zoom')).toBe(String(from.view.zoom));
    await waitForViewer(page, 'pho-co-dong-van');
    const view = await viewOf(page);
    expect(Math.abs(view.zoom - from.view.zoom)).toBeLessThan(0.6);
    expect(yawDistance(view.yaw, 70)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ignores hostile parameters with a warning and opens the editor’s view', async () => {
    const warnings: string[] = [];
    const { page, errors } = await openPage(browser());
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/pho-co-dong-van/?yaw=%3Cscript%3Ealert(1)%3C/script%3E&pitch=999&zoom=javascript:1`);
    await waitForViewer(page, 'pho-co-dong-van');
    expect(warnings.filter((w) => w.includes('ignored address parameter'))).toHaveLength(3);
    const view = await viewOf(page);
    const scene = readScene('cao-nguyen-da', 'pho-co-dong-van');
    expect(yawDistance(view.yaw, scene.view.yaw)).toBeLessThan(0.5);
    expect(await page.content()).not.toContain('<script>alert(1)</script>');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shares the address of the exact view', async () => {
    const { page, context } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: '200deg', pitch: '0deg' }));
    await page.getByRole('button', { name: 'Chia sẻ góc nhìn này' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('/tours/cao-nguyen-da/pho-co-dong-van/?yaw=200.0&pitch=0.0');
    await expect.poll(() => page.locator('.psv-notification').textContent()).toContain('Đã sao chép');
    await context.close();
  });
});
