/**
 * The viewer's controls: gallery of the tour's scenes, the mini map, link previews on focus,
 * the description for screen readers, the gyroscope's iOS permission prompt, and the printable
 * QR code that opens the scene.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openSharpScene } from './support/scene-page.ts';
import { waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('viewer controls', () => {
  it('lists every scene of the tour in the gallery, and a thumbnail opens its scene', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cong-troi-quan-ba/', 'cong-troi-quan-ba');
    await page.getByRole('button', { name: 'Các điểm trong tour' }).click();
    const items = page.locator('.psv-gallery-item');
    await expect.poll(() => items.count()).toBe(6);
    await page.locator('.psv-gallery-item[data-psv-gallery-item="deo-ma-pi-leng"]').click();
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/deo-ma-pi-leng/');
    await waitForViewer(page, 'deo-ma-pi-leng');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the tour’s mini map with its scenes', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');
    const map = page.locator('.psv-map');
    expect(await map.evaluate((el) => el.classList.contains('psv-map--collapsed'))).toBe(true);
    // Opened from the keyboard: the map's own buttons are made focusable by create-viewer.ts.
    await page.getByRole('button', { name: 'Bản đồ tour' }).press('Enter');
    await expect.poll(() => map.evaluate((el) => el.classList.contains('psv-map--collapsed'))).toBe(false);
    // The drawn map of the tour was loaded (it is a static file per tour).
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/tours/cao-nguyen-da/map.svg')))).toBe(true);
    expect((await page.request.get(`${baseUrl}/tours/cao-nguyen-da/map.svg`)).headers()['content-type']).toContain('svg');
    await page.context().close();
  });

  // Issue 16: on phones the "− 60% +" chip sat on the drawing, over the next spot's name.
  it.each([
    ['phone', 390, 844],
    ['desktop', 1440, 900],
  ])('on a %s, the mini map’s zoom chip covers neither the drawing nor a control', async (_name, width, height) => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/en/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van', { width, height });
    // The collapsed map is its own open button.
    await page.locator('.psv-map__button-close').click();
    // Grown to its full size (PSV's transition).
    await expect.poll(() => page.locator('.psv-map__container').evaluate((el) => el.getBoundingClientRect().width), { timeout: 10_000 }).toBeGreaterThan(150);
    await page.waitForTimeout(400);
    const boxes = await page.evaluate(() => {
      const box = (el: Element) => {
        const b = el.getBoundingClientRect();
        return { name: el.className.toString(), left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      };
      const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const others = [...document.querySelectorAll('.psv-map__container, .psv-map__button, .psv-navbar, .psv-compass, .hg-variants, .hg-link-hint')].filter(visible);
      return { chip: box(document.querySelector('.psv-map__toolbar')!), viewer: box(document.querySelector('hg-viewer')!), others: others.map(box) };
    });
    const { chip, viewer } = boxes;
    expect(chip.right - chip.left).toBeGreaterThan(40); // there, and shown
    expect(chip.left >= viewer.left && chip.right <= viewer.right && chip.top >= viewer.top && chip.bottom <= viewer.bottom, JSON.stringify(boxes)).toBe(true);
    const GAP = 2;
    for (const other of boxes.others) {
      const apart = chip.right + GAP <= other.left || other.right + GAP <= chip.left || chip.bottom + GAP <= other.top || other.bottom + GAP <= chip.top;
      expect(apart, `${other.name} ${JSON.stringify(other)} / chip ${JSON.stringify(chip)}`).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('previews a link’s target (name and picture) when the arrow has keyboard focus', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/thanh-pho-ha-giang/bo-song-lo/', 'bo-song-lo');
    const arrow = page.getByRole('button', { name: 'Đi tới Cầu Yên Biên' });
    const preview = arrow.locator('.hg-link-preview img');
    expect(await preview.evaluate((img) => getComputedStyle(img).display)).toBe('none');
    await arrow.focus();
    await page.keyboard.press('Shift'); // focus-visible comes from keyboard use
    await arrow.evaluate((el) => (el as HTMLElement).blur());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => preview.evaluate((img) => getComputedStyle(img).display)).toBe('block');
    expect(await arrow.locator('.hg-link-label').textContent()).toBe('Cầu Yên Biên');
    await page.context().close();
  });

  it('describes the scene to screen readers', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');
    const description = await page.evaluate(() => {
      const id = document.querySelector('hg-viewer')!.getAttribute('aria-describedby')!;
      return document.getElementById(id)?.textContent?.trim();
    });
    expect(description).toContain('Phố cổ Đồng Văn nằm dưới chân núi');
    await page.context().close();
  });

  it('asks for motion permission (iOS) before following the phone', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van', {
      init: () => {
        const w = window as unknown as { permissionAsked: number; DeviceOrientationEvent: { requestPermission?: () => Promise<string> } };
        w.permissionAsked = 0;
        // Safari on iOS: orientation events exist but need a permission asked from a tap.
        w.DeviceOrientationEvent.requestPermission = async () => {
          w.permissionAsked++;
          return 'granted';
        };
        setInterval(() => window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { alpha: 10, beta: 80, gamma: 0, absolute: false })), 100);
      },
    });
    const gyroscope = page.locator('.psv-gyroscope-button');
    await expect.poll(() => gyroscope.isVisible()).toBe(true);
    await gyroscope.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { permissionAsked: number }).permissionAsked)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => (document.querySelector('hg-viewer')!.psv!.getPlugin('gyroscope') as unknown as { isEnabled(): boolean }).isEnabled())).toBe(true);
    // With motion available, the Cardboard (stereo) mode is offered too.
    expect(await page.getByRole('button', { name: 'Kính thực tế ảo (Cardboard)' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('prints a QR code that opens this scene', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');
    await page.locator('[data-qr-sign] summary').click();
    const png = await page.locator('[data-qr-sign] .qr').screenshot();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(new URL(code!.data).pathname).toBe('/tours/cao-nguyen-da/pho-co-dong-van/');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.documentElement.classList.add('printing-qr'));
    expect(await page.locator('hg-viewer').isVisible()).toBe(false);
    expect(await page.locator('[data-qr-sign] .qr').isVisible()).toBe(true);
    await page.context().close();
  });
});
