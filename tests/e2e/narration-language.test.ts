/**
 * Narration says what language it is, shows its progress, and its words are on the page (issue 16,
 * item 7): an English page with only a Vietnamese track must not play it without saying so.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openSharpScene } from './support/scene-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('narration', () => {
  it('on an English page says the track is Vietnamese, shows its progress and its transcript', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/en/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    const button = page.locator('.hg-narration');
    expect(await button.getAttribute('aria-label')).toBe('Play narration (Narration in Vietnamese)');

    // The transcript is on the page, marked as Vietnamese, with the language said in English.
    const note = page.locator('[data-narration-note]');
    expect(await note.textContent()).toContain('Narration in Vietnamese');
    const transcript = note.locator('[data-transcript] p');
    expect(await transcript.getAttribute('lang')).toBe('vi');
    expect(await transcript.textContent()).toContain('Cột cờ Lũng Cú đứng trên đỉnh núi Rồng');

    await button.click();
    const status = page.locator('[data-narration-status]');
    await expect.poll(() => status.isVisible()).toBe(true);
    expect(await status.textContent()).toContain('Narration in Vietnamese');
    await expect.poll(() => status.locator('progress').evaluate((p: HTMLProgressElement) => p.value), { timeout: 15_000 }).toBeGreaterThan(0.02);
    expect(await status.locator('progress').getAttribute('aria-label')).toBe('Narration progress');
    expect(await status.textContent()).toMatch(/\d:\d\d \/ \d:\d\d/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a Vietnamese page names no language on the button (the track is the page’s own)', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    expect(await page.locator('.hg-narration').getAttribute('aria-label')).toBe('Nghe thuyết minh');
    expect(await page.locator('[data-narration-note]').textContent()).toContain('Thuyết minh bằng tiếng Việt');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
