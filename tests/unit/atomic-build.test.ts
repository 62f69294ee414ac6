/**
 * A build is all or nothing (issue 14): a fixture site is built once for real, then broken at each
 * stage of the build in turn. Every failing build must exit non-zero, say why without a stack trace,
 * and leave the published folder byte for byte as it was, with no half-written folder beside it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type AstroBuildResult } from '../e2e/support/astro-build.ts';
import { fixtureSite, type FixtureSite } from '../fixtures/fixture-site.ts';

let site: FixtureSite;
let outDir: string;
let env: Record<string, string>;
let first: AstroBuildResult;
let published: Map<string, string>;

/** Every file under `dir` with the hash of its bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return files;
}

const leftovers = async () => (await readdir(site.root)).filter((name) => name.startsWith('.dist.'));

beforeAll(async () => {
  site = await fixtureSite('valid-site');
  outDir = join(site.root, 'dist');
  env = { HG360_CONTENT_DIR: site.toursDir, HG360_ARTICLES_DIR: site.articlesDir, HG360_OUT_DIR: outDir, HG360_CACHE_DIR: join(site.root, 'astro-cache') };
  first = await astroBuild(env);
  published = await snapshot(outDir);
}, 180_000);

afterAll(async () => {
  await site?.remove();
});

describe('a successful build', () => {
  it('publishes the whole site into the output folder and leaves nothing beside it', async () => {
    expect(first.code, first.output).toBe(0);
    expect(published.has('tours/dong-van/cot-co/index.html')).toBe(true);
    expect([...published.keys()].some((path) => path.startsWith('_pano/'))).toBe(true);
    expect([...published.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(await leftovers()).toEqual([]);
  });
});

/** Runs a build broken by `breakIt`, undoing the damage afterwards; returns what the editor saw. */
async function failingBuild(breakIt: () => Promise<() => Promise<void>>, extraEnv: Record<string, string> = {}): Promise<AstroBuildResult> {
  const repair = await breakIt();
  try {
    return await astroBuild({ ...env, ...extraEnv });
  } finally {
    await repair();
  }
}

const nothingToBreak = async () => async () => {};

/** Replaces a file's text for one build. */
const rewrite = (path: string, change: (text: string) => string) => async () => {
  const before = await readFile(path);
  await writeFile(path, change(before.toString('utf8')));
  return () => writeFile(path, before);
};

/** Cuts a photo after its header: the checks (header only) pass, decoding fails mid-way. */
const truncatePhoto = (path: string) => async () => {
  const before = await readFile(path);
  await writeFile(path, before.subarray(0, Math.floor(before.length * 0.4)));
  return () => writeFile(path, before);
};

/** Editors' mistakes (the first two) are told without a stack trace; the staged failures stand for bugs. */
const stages: { stage: string; breakIt: () => Promise<() => Promise<void>>; env?: Record<string, string>; says: RegExp; editorsMistake?: true }[] = [
  {
    stage: 'the content checks',
    breakIt: () => rewrite(join(site.toursDir, 'dong-van/index.mdx'), (text) => text.replace('startScene: cot-co', 'startScene: khong-co'))(),
    says: /startScene: there is no scene "khong-co"/,
    editorsMistake: true,
  },
  {
    stage: 'an MDX body that imports a missing file',
    breakIt: () => rewrite(join(site.toursDir, 'dong-van/pho-co.mdx'), (text) => text.replace('Mô tả cảnh.', "import Map from './khong-co.astro';\n\nMô tả cảnh."))(),
    says: /pho-co\.mdx\n\s+body, line \d+: an `import` or `export` line is MDX code/,
    editorsMistake: true,
  },
  {
    stage: 'decoding a photo whose data is cut short',
    breakIt: () => truncatePhoto(join(site.toursDir, 'dong-van/pho-co.jpg'))(),
    says: /photo: .*pho-co\.jpg/,
    editorsMistake: true,
  },
  { stage: 'rendering a page', breakIt: nothingToBreak, env: { HG360_FAIL_AT: 'render' }, says: /the render step failed on purpose/ },
  { stage: 'copying the panorama files', breakIt: nothingToBreak, env: { HG360_FAIL_AT: 'publish' }, says: /the publish step failed on purpose/ },
  { stage: 'building the search index', breakIt: nothingToBreak, env: { HG360_FAIL_AT: 'search' }, says: /the search step failed on purpose/ },
  { stage: 'the very last step, before the swap', breakIt: nothingToBreak, env: { HG360_FAIL_AT: 'swap' }, says: /the swap step failed on purpose/ },
];

describe.each(stages)('a build that fails at $stage', ({ breakIt, env: extraEnv, says, editorsMistake }) => {
  let result: AstroBuildResult;
  beforeAll(async () => {
    result = await failingBuild(breakIt, extraEnv);
  }, 180_000);

  it('exits non-zero and says why', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(says);
    if (editorsMistake) expect(result.output).not.toMatch(/^\s+at /m);
  });

  it('leaves the published site byte for byte as it was, with nothing half-written beside it', async () => {
    expect(await snapshot(outDir)).toEqual(published);
    expect(await leftovers()).toEqual([]);
  });
});

describe('a photo that cannot be decoded', () => {
  it('is reported once, on its photo field, not again as a missing start scene or link target', async () => {
    const result = await failingBuild(truncatePhoto(join(site.toursDir, 'dong-van/cot-co.jpg')));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/cot-co\.mdx\n\s+photo: /);
    expect(result.output).not.toContain('there is no scene');
  }, 180_000);
});
