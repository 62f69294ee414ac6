/**
 * "Play the tour" and tour music (issue 17, items 3 and 5), in the demo tour "Cao nguyên đá Đồng
 * Văn": seven spots in six scenes (two at Lũng Cú). `pace=fast` (a documented preview option) keeps the waits short.
 */
import type { Page } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openScene, openSharpScene } from './support/scene-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const TOUR = '/en/tours/cao-nguyen-da/';
/** The demo tour's guide: one spot per scene (each has one info point; the video scene none). */
const ORDER = ['cong-troi-quan-ba', 'nha-vuong', 'pho-co-dong-van', 'cot-co-lung-cu', 'deo-ma-pi-leng', 'may-ma-pi-leng'];
/** The scene of each spot: Lũng Cú has two (the flag, and the tower's outline, issue 17). */
const SPOT_SCENES = ['cong-troi-quan-ba', 'nha-vuong', 'pho-co-dong-van', 'cot-co-lung-cu', 'cot-co-lung-cu', 'deo-ma-pi-leng', 'may-ma-pi-leng'];
/** A page left running (a failed test) would slow the next ones down: every context is closed after its test. */
const open: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
const FIRST = 'cong-troi-quan-ba';

/** Scene ids the viewer has shown, in order, from the page's own events. */
function recordScenes(): void {
  const seen: string[] = [];
  (window as unknown as { seenScenes: string[] }).seenScenes = seen;
  document.addEventListener('hg:scene-change', (e) => seen.push((e as CustomEvent<{ sceneId: string }>).detail.sceneId));
}
const seenScenes = (page: Page) => page.evaluate(() => (window as unknown as { seenScenes: string[] }).seenScenes);

/** Whether any sound of the viewer is playing audibly (narration, ambience, music, a video). */
function soundPlaying(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const psv = document.querySelector('hg-viewer')!.psv!;
    const narration = psv.getPlugin('hg-narration') as unknown as { narration: HTMLAudioElement; ambience: HTMLAudioElement; music?: { audio: HTMLAudioElement } } | undefined;
    const media = [...document.querySelectorAll<HTMLMediaElement>('audio, video')];
    if (narration) media.push(narration.narration, narration.ambience, ...(narration.music ? [narration.music.audio] : []));
    return media.some((m) => !m.paused && !m.muted && m.volume > 0);
  });
}

const guideState = (page: Page) => page.locator('hg-viewer .psv-container').getAttribute('data-guide');
const spotText = (page: Page) => page.locator('[data-guide-count]').textContent();

describe('guided tour', () => {
  it('the tour page offers it; ?autoplay=1 walks through three scenes with no input, silently, and a key press pauses it with "Resume"', async () => {
    const { page, context, errors } = await openScene(browser(), baseUrl, TOUR);
    open.push(context);
    const play = page.locator('[data-play-tour]');
    expect(await play.textContent()).toBe('Play the tour');
    expect(await play.getAttribute('href')).toBe(`${TOUR}${FIRST}/?autoplay=1`);

    await page.addInitScript(recordScenes);
    // Every caption title shown, in order: walking on, it names the next scene (not a spot out of view).
    await page.addInitScript(() => {
      const w = window as unknown as { __captions: string[] };
      w.__captions = [];
      new MutationObserver(() => {
        const title = document.querySelector('.hg-guide-title')?.textContent ?? '';
        if (title && w.__captions.at(-1) !== title) w.__captions.push(title);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${baseUrl}${TOUR}${FIRST}/?autoplay=1&pace=fast`);
    await expect.poll(() => guideState(page), { timeout: 45_000 }).toBe('playing');
    expect(await spotText(page)).toMatch(/^Spot \d of 7$/);
    // The caption is the spot's own words.
    expect(await page.locator('.hg-guide-title').textContent()).not.toBe('');
    // Four scenes, the fourth (Lũng Cú) with a narration: nobody pressed anything, so it stays silent.
    await expect.poll(async () => (await seenScenes(page)).join(' '), { timeout: 120_000, interval: 250 }).toMatch(/cot-co-lung-cu/);
    expect(new Set(await seenScenes(page)).size).toBeGreaterThanOrEqual(4);
    const captions = await page.evaluate(() => (window as unknown as { __captions: string[] }).__captions);
    expect(captions).toContain('On to Lũng Cú Flag Tower');
    expect(captions.filter((c) => c.startsWith('On to ')).length).toBeGreaterThanOrEqual(3);
    expect(await soundPlaying(page)).toBe(false);
    expect(await page.evaluate(() => (document.querySelector('hg-viewer')!.psv!.getPlugin('hg-narration') as unknown as { narration: HTMLAudioElement }).narration.currentTime)).toBe(0);
    expect(await page.locator('.hg-guide [data-guide="sound"]').isVisible()).toBe(true);

    await page.keyboard.press('x');
    await expect.poll(() => guideState(page)).toBe('paused');
    const resume = page.locator('.hg-guide').getByRole('button', { name: 'Resume', exact: true });
    expect(await page.locator('.hg-guided-tour').getAttribute('aria-label')).toBe('Resume the tour (P)');
    expect(await resume.isVisible()).toBe(true);
    // Paused means paused: the spot and the scene stay (a walk under way when the key came ends first).
    const spot = await spotText(page);
    const spotScene = SPOT_SCENES[Number(/Spot (\d)/.exec(spot ?? '')?.[1]) - 1];
    await expect.poll(() => page.evaluate(() => document.querySelector('hg-viewer')!.sceneId), { timeout: 30_000 }).toBe(spotScene);
    await expect.poll(async () => (await seenScenes(page)).at(-1), { timeout: 30_000 }).toBe(spotScene);
    const scenes = (await seenScenes(page)).length;
    await page.waitForTimeout(1_500);
    expect(await spotText(page)).toBe(spot);
    expect((await seenScenes(page)).length).toBe(scenes);

    await resume.click();
    await expect.poll(() => guideState(page)).toBe('playing');
    expect(errors).toEqual([]);
  }, 180_000);

  it('shows "spot n of 7" with previous and next, which move to that spot and play on; [ and ] do too; P pauses; the help lists the keys', async () => {
    const { page, context, errors } = await openScene(browser(), baseUrl, `${TOUR}${FIRST}/?autoplay=1`);
    open.push(context);
    await expect.poll(() => guideState(page), { timeout: 45_000 }).toBe('playing');
    // P (focus in the viewer) pauses: from here every move is the tourist's.
    await page.locator('hg-viewer').focus();
    await page.keyboard.press('p');
    await expect.poll(() => guideState(page)).toBe('paused');
    const spotNumber = async () => Number(/^Spot (\d) of 7$/.exec((await spotText(page)) ?? '')?.[1]);
    const n = await spotNumber();
    expect(n).toBeGreaterThanOrEqual(1);
    const sceneId = () => page.evaluate(() => document.querySelector('hg-viewer')!.sceneId);

    const bar = page.locator('.hg-guide');
    await bar.getByRole('button', { name: /Next spot/ }).click();
    expect(await spotNumber()).toBe((n % 7) + 1);
    expect(await guideState(page)).toBe('playing');
    await expect.poll(sceneId, { timeout: 30_000 }).toBe(SPOT_SCENES[n % 7]);
    await bar.getByRole('button', { name: /Previous spot/ }).click();
    expect(await spotNumber()).toBe(n);
    await expect.poll(sceneId, { timeout: 30_000 }).toBe(SPOT_SCENES[n - 1]);
    // The caption is the spot's info point, ringed in the view (once the walk there has ended: "On to …" before).
    await expect.poll(() => page.locator('.hg-guide-title').textContent(), { timeout: 30_000 }).not.toMatch(/^On to /);
    await expect.poll(() => page.locator('.hg-hotspot.hg-guided, .hg-area.hg-guided').getAttribute('aria-label'), { timeout: 10_000 }).toBe(await page.locator('.hg-guide-title').textContent());

    await page.locator('hg-viewer').focus();
    await page.keyboard.press('[');
    expect(await spotNumber()).toBe(((n + 5) % 7) + 1);
    await page.keyboard.press(']');
    expect(await spotNumber()).toBe(n);
    expect(await guideState(page)).toBe('playing');

    await page.keyboard.press('?');
    const help = page.locator('dialog.hg-help');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('Play / pause the guided tour');
    expect(await help.textContent()).toContain('Previous / next spot of the guided tour');
    expect(errors).toEqual([]);
  });

  it('?kiosk=1 hides the page’s chrome and the navbar, loops back to the first scene, and starts again after a while without input', async () => {
    const { page, context, errors } = await openScene(browser(), baseUrl, `${TOUR}${FIRST}/?kiosk=1&pace=fast`, { init: recordScenes });
    open.push(context);
    await expect.poll(() => guideState(page), { timeout: 45_000 }).toBe('playing');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('[data-scene-panel]').isVisible()).toBe(false);
    // PSV hides its navbar by sliding it out of the viewer.
    expect(await page.locator('hg-viewer .psv-navbar').getAttribute('class')).not.toContain('psv-navbar--open');
    const box = await page.locator('hg-viewer').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 800 });
    // No stop button on a kiosk: it plays for ever.
    expect(await page.locator('.hg-guide [data-guide="stop"]').isVisible()).toBe(false);

    // After the last scene (the video of clouds) the guide walks back to the first.
    await expect
      .poll(async () => (await seenScenes(page)).join(' '), { timeout: 150_000, interval: 500 })
      .toMatch(/may-ma-pi-leng.* cong-troi-quan-ba/);

    // The guide's own changes from here on: with pace=fast a spot lasts about a second, too short to be
    // sure of reading "Spot 1 of 7" on screen under load (it was read at spot 7, the guide having gone round).
    await page.evaluate(() => {
      const changes: string[] = ((window as unknown as { guideChanges: string[] }).guideChanges = []);
      const guide = document.querySelector('hg-viewer')!.psv!.getPlugin('hg-guided-tour') as unknown as EventTarget;
      guide.addEventListener('guide-changed', (e) => {
        const { state, index } = e as unknown as { state: string; index: number };
        changes.push(`${state} ${index + 1}`);
      });
    });
    const guideChanges = () => page.evaluate(() => (window as unknown as { guideChanges: string[] }).guideChanges);
    await page.mouse.move(640, 300);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => guideState(page)).toBe('paused');
    // pace=fast waits 5 s instead of a minute; then it starts again from the first spot.
    const afterPause = async () => {
      const changes = await guideChanges();
      return changes.slice(changes.findIndex((c) => c.startsWith('paused')));
    };
    await expect.poll(async () => (await afterPause()).some((c) => c.startsWith('playing')), { timeout: 30_000 }).toBe(true);
    const changes = await afterPause();
    expect(changes.find((c) => c.startsWith('playing')), changes.join(', ')).toBe('playing 1');
    expect(errors).toEqual([]);
  }, 240_000);
});

describe('guided tour motion', () => {
  /** Yaws (degrees) the view passes through while the guide turns from the opening view (140°) to the first spot (0°). */
  async function turnToFirstSpot(motion: 'reduce' | 'no-preference'): Promise<number[]> {
    const { page, context, errors } = await openScene(browser(), baseUrl, `${TOUR}${FIRST}/?autoplay=1`);
    open.push(context);
    await page.emulateMedia({ reducedMotion: motion });
    await page.waitForFunction(() => document.querySelector('hg-viewer')?.psv, undefined, { timeout: 45_000 });
    await page.evaluate(() => {
      const yaws: number[] = ((window as unknown as { yaws: number[] }).yaws = []);
      document.querySelector('hg-viewer')!.psv!.addEventListener('position-updated', (e) => yaws.push((((e as unknown as { position: { yaw: number } }).position.yaw * 180) / Math.PI) % 360));
    });
    const yaws = () => page.evaluate(() => (window as unknown as { yaws: number[] }).yaws);
    await expect.poll(async () => (await yaws()).some((y) => Math.min(y, 360 - y) < 1), { timeout: 45_000 }).toBe(true);
    expect(errors).toEqual([]);
    return yaws();
  }
  const between = (yaws: number[]) => yaws.filter((y) => y > 10 && y < 130);

  it('glides the view to each spot', async () => {
    expect(between(await turnToFirstSpot('no-preference')).length).toBeGreaterThanOrEqual(2);
  });

  it('jumps there instead when the tourist asks for reduced motion', async () => {
    expect(between(await turnToFirstSpot('reduce'))).toEqual([]);
  });
});

describe('guided tour with sound', () => {
  it('started by the tourist’s press, plays the scene’s narration and waits for it before walking on', async () => {
    const { page, context, errors } = await openSharpScene(browser(), baseUrl, '/en/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    open.push(context);
    await page.locator('.psv-navbar .hg-guided-tour').click();
    await expect.poll(() => guideState(page)).toBe('playing');
    expect(await spotText(page)).toBe('Spot 4 of 7');
    await expect.poll(() => page.locator('hg-viewer .psv-container').getAttribute('data-narration'), { timeout: 15_000 }).toBe('playing');
    // The spot's own time (sequence.ts: 3 s + 45 ms a letter) is shorter than the 12 s narration;
    // well past it, the guide is still here, listening.
    const letters = ((await page.locator('.hg-guide-title').textContent()) ?? '').length + ((await page.locator('.hg-guide-text').textContent()) ?? '').length;
    const dwell = Math.max(4, 3 + letters * 0.045);
    expect(dwell).toBeLessThan(10);
    const narration = () => page.evaluate(() => (document.querySelector('hg-viewer')!.psv!.getPlugin('hg-narration') as unknown as { narration: HTMLAudioElement }).narration.currentTime);
    await expect.poll(narration, { timeout: 30_000 }).toBeGreaterThan(dwell + 1.5);
    expect(await page.evaluate(() => document.querySelector('hg-viewer')!.sceneId)).toBe('cot-co-lung-cu');
    expect(await guideState(page)).toBe('playing');
    expect(errors).toEqual([]);
  });
});

describe('tour music', () => {
  it('plays only once sound is turned on, and ducks under the narration', async () => {
    const { page, context, errors } = await openSharpScene(browser(), baseUrl, '/en/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    open.push(context);
    const music = () =>
      page.evaluate(() => {
        const { audio } = (document.querySelector('hg-viewer')!.psv!.getPlugin('hg-narration') as unknown as { music: { audio: HTMLAudioElement } }).music;
        return { paused: audio.paused, volume: audio.volume, time: audio.currentTime };
      });
    expect(await music()).toMatchObject({ paused: true });
    expect(await page.locator('hg-viewer .psv-container').getAttribute('data-music')).toBe('off');

    await page.getByRole('button', { name: 'Turn ambient sound on' }).click();
    await expect.poll(async () => (await music()).time, { timeout: 15_000 }).toBeGreaterThan(0.1);
    expect((await music()).volume).toBeCloseTo(0.5, 2);
    expect(await page.locator('hg-viewer .psv-container').getAttribute('data-music')).toBe('on');

    await page.locator('.hg-narration').click();
    await expect.poll(() => page.locator('hg-viewer .psv-container').getAttribute('data-narration')).toBe('playing');
    // Lower, and smoothly: it passes through volumes between the two.
    const heard = new Set<number>();
    await expect
      .poll(async () => {
        const { volume } = await music();
        heard.add(Math.round(volume * 1000));
        return volume;
      }, { interval: 30, timeout: 10_000 })
      .toBeCloseTo(0.125, 2);
    expect([...heard].some((v) => v > 125 && v < 500)).toBe(true);
    expect((await music()).paused).toBe(false);

    // Narration paused: the music comes back up.
    await page.locator('.hg-narration').click();
    await expect.poll(async () => (await music()).volume, { timeout: 10_000 }).toBeCloseTo(0.5, 2);
    expect(errors).toEqual([]);
  });
});
