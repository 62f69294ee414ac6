/**
 * A real `astro build` of a broken fixture site: the editor gets every problem in the terminal,
 * no stack trace, a failing exit code, and the previously published `dist/` is left exactly as it was.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../e2e/support/astro-build.ts';
import { fixtureSite, type FixtureSite } from '../fixtures/fixture-site.ts';

let site: FixtureSite;
let outDir: string;
let result: { code: number | null; output: string };

beforeAll(async () => {
  site = await fixtureSite('many-problems');
  // A site published earlier: the failed build must not empty or change it.
  outDir = join(site.root, 'dist');
  await mkdir(join(outDir, 'tours'), { recursive: true });
  await writeFile(join(outDir, 'index.html'), '<!doctype html><title>Published yesterday</title>');
  await writeFile(join(outDir, 'tours/marker.txt'), 'keep me');
  // Its own content store: other test files may be building or serving the real site meanwhile.
  result = await astroBuild({ HG360_CONTENT_DIR: site.toursDir, HG360_ARTICLES_DIR: site.articlesDir, HG360_OUT_DIR: outDir, HG360_CACHE_DIR: join(site.root, 'astro-cache') });
}, 120_000);

afterAll(async () => {
  await site?.remove();
});

describe('astro build on broken content', () => {
  it('fails with a non-zero exit code', () => {
    expect(result.code).not.toBe(0);
  });

  it('prints every problem at once, file by file', () => {
    expect(result.output).toContain('The content has 8 problems.');
    expect(result.output).toMatch(/content\/tours\/dong-van\/index\.mdx\n(?: {2}.*\n)* {2}startScene: there is no scene "khong-co" in this tour's folder/);
    expect(result.output).toContain('links[1].to: there is no scene "khong-co" in the tour "dong-van"');
    expect(result.output).toContain('content/articles/bai-viet.mdx\n  cover.src: The image file does not exist. (./khong-co.jpg)');
    expect(result.output).toContain('content/tours/dong-van/pho-co.fr.mdx\n  file name: "fr" is not a language of the site');
  });

  it('prints no stack trace', () => {
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.output).not.toContain('Stack trace');
  });

  it('leaves the previous dist/ exactly as it was', async () => {
    expect((await readdir(outDir, { recursive: true })).sort()).toEqual(['index.html', 'tours', 'tours/marker.txt']);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('<!doctype html><title>Published yesterday</title>');
  });
});
