/**
 * `astro dev` on a fixture site (port 4397): an editor's broken save shows the problem in the
 * terminal and in place of the page (Astro's error overlay), a fixing save brings the page back,
 * and a warning is printed once, not on every check. In the e2e project (one file at a time) because
 * Astro allows one dev server per project folder, and dev-server.test.ts runs one too.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useDevServer } from './support/dev-server.ts';
import { fixtureSite, type FixtureSite } from '../fixtures/fixture-site.ts';
import { openPage, useBrowser } from './support/browser.ts';

const browser = useBrowser();
let site: FixtureSite;
const PAGE = '/tours/dong-van/cot-co/';
/** The warning about nha-vuong (while cot-co's link is broken, pho-co gets one too). */
const UNREACHABLE = 'Add a link to "nha-vuong" in the `links` of a scene that visitors reach.';

const page = async () => {
  const response = await fetch(`${dev.url}${PAGE}`, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
};

const reloads = () => dev.output.split('Reloaded data from dong-van/cot-co.mdx').length - 1;

/** Asks again every half second until `done` holds (content sync and rechecks take a moment). */
async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, seconds = 60): Promise<T> {
  let value = await probe();
  for (let i = 0; i < seconds * 2 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await probe();
  }
  return value;
}

/**
 * In dev Astro keeps its content store in the project's `.astro/` (not in cacheDir), keyed by entry
 * id and content digest: a fixture copied to a new folder would reuse entries pointing at the last
 * copy. Removing the store (before and after) makes both the fixture and the real site sync afresh.
 */
const dropDevStore = () => rm('.astro/data-store.json', { force: true });

const dev = useDevServer(4397, {
  prepare: async () => {
    await dropDevStore();
    site = await fixtureSite('valid-site');
    // A scene nobody links to: a warning that must be printed once.
    const scene = await readFile(join(site.toursDir, 'dong-van/pho-co.mdx'), 'utf8');
    await writeFile(join(site.toursDir, 'dong-van/nha-vuong.mdx'), scene.replace('Phố cổ Đồng Văn', 'Dinh thự họ Vương'));
    // Tours only: articles' covers go through astro:assets, which is not what this test is about.
    await rm(site.articlesDir, { recursive: true });
    await mkdir(site.articlesDir);
    return { HG360_CONTENT_DIR: site.toursDir, HG360_ARTICLES_DIR: site.articlesDir, HG360_CACHE_DIR: join(site.root, 'astro-cache') };
  },
  cleanUp: async () => {
    await site?.remove();
    await dropDevStore();
  },
});

describe('content checks in astro dev', () => {
  it('shows a broken save in the terminal and instead of the page, and recovers on the fixing save', async () => {
    const first = await until(page, (p) => p.status === 200);
    expect(first.status, `${dev.output}\n${first.html.slice(0, 2000)}`).toBe(200);

    const file = join(site.toursDir, 'dong-van/cot-co.mdx');
    const original = await readFile(file, 'utf8');
    // A failed attempt must not leave the broken save behind for the retry (CI retries browser tests once).
    onTestFinished(() => writeFile(file, original));
    const reloadsBefore = reloads();
    await writeFile(file, original.replace('to: pho-co', 'to: khong-co'));
    // writeFile empties the file before it writes: a busy machine's watcher may read it empty first and
    // report a missing frontmatter for a moment (correctly). Wait for the report of the save itself.
    const broken = await until(page, (p) => p.status === 500 && p.html.includes('links[0].to: there is no scene "khong-co"'));
    expect(broken.status, dev.output).toBe(500);
    expect(broken.html).toContain('links[0].to: there is no scene "khong-co" in the tour "dong-van"');
    expect(broken.html).toContain('/@vite/client'); // Astro's overlay shows the same report
    expect(dev.output).toContain('links[0].to: there is no scene "khong-co" in the tour "dong-van"');
    // What the editor sees in the browser: Astro's error overlay with the same report, field in bold.
    const { page: tab, context } = await openPage(browser());
    await tab.goto(`${dev.url}${PAGE}`);
    const overlay = tab.locator('vite-error-overlay #message-content');
    await expect.poll(() => overlay.textContent(), { timeout: 15_000 }).toContain('links[0].to: there is no scene "khong-co" in the tour "dong-van"');
    // The overlay fills in its text first and formats it a moment later: wait for the bold field.
    await expect.poll(() => overlay.locator('b', { hasText: 'links[0].to' }).count(), { timeout: 10_000 }).toBe(1);
    // For a person to look at, not a check: a busy machine's slow screenshot must not fail the test.
    await tab.screenshot({ path: 'tests/.artifacts/content-checks-overlay.png', timeout: 10_000 }).catch(() => undefined);
    await context.close();

    // Astro's content layer must have taken the broken save in before the fixing one (two reloads of
    // one file in flight can finish in either order), and the file watcher drops a second change to
    // the same file within a moment: save again a second later, as a person would.
    await until(async () => reloads(), (n) => n > reloadsBefore);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const reloadsBeforeFix = reloads();
    await writeFile(file, original.replace('title: Cột cờ Lũng Cú', 'title: Cột cờ Lũng Cú (đã sửa)'));
    // A page asked for while Astro swaps its content module can keep the old content (seen in about
    // one run in eight): ask once Astro has reloaded the file, as a person looking at the page would.
    await until(async () => reloads(), (n) => n > reloadsBeforeFix);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const fixed = await until(page, (p) => p.status === 200);
    expect(fixed.status, `${dev.output}\n${fixed.html.slice(0, 2000)}`).toBe(200);
    expect(fixed.html).toContain('<h1 data-pagefind-body>Cột cờ Lũng Cú (đã sửa)</h1>');
    expect(dev.output).toContain('content problems fixed');
  }, 120_000);

  it('prints a warning once and never a stack trace', () => {
    expect(dev.output.split(UNREACHABLE).length - 1).toBe(1);
    expect(dev.output).not.toMatch(/^\s+at /m);
  });
});
