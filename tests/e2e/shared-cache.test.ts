/**
 * Builds beyond one machine (issue 20), with real processes and no browser:
 * - `HG360_SHARD=i/2 npm run derive:panoramas` on two "CI machines" splits the photos, each into its own cache;
 * - a second checkout with both caches copied into its own builds the site deriving nothing;
 * - its `dist/_pano/manifest.json` lists exactly the files the pages refer to and the files published;
 * - `npm run publish:assets -- --dry-run` lists only what the asset store lacks;
 * - a bad HG360_SHARD stops with a sentence naming the variable and the fix.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencedFiles } from '../../src/integrations/publish-referenced.ts';
import type { PanoManifest } from '../../src/panorama/manifest.ts';
import { makePanorama, tempDir } from '../unit/panorama/fixtures.ts';
import { astroBuildOrThrow } from './support/astro-build.ts';

const SCENES = ['a', 'b', 'c', 'd', 'e', 'f'];
let work: string;

/** A one-tour site whose scenes each have a photo of their own (the same picture, other JPEG bytes). */
async function writeSite(root: string): Promise<void> {
  const tour = join(root, 'content/tours/chia-se');
  await mkdir(tour, { recursive: true });
  await mkdir(join(root, 'content/articles'), { recursive: true });
  const picture = await makePanorama(2048);
  await writeFile(
    join(tour, 'index.mdx'),
    `---\ntitle: Chia sẻ\nsummary: Six scenes.\nstartScene: a\nlocation: { lat: 22.8, lng: 104.9 }\nregion: { province: Tuyên Quang }\ncategory: landmarks\n---\n`,
  );
  for (const [i, id] of SCENES.entries()) {
    await sharp(picture).jpeg({ quality: 70 + i }).toFile(join(tour, `${id}.jpg`));
    const next = SCENES[(i + 1) % SCENES.length];
    await writeFile(
      join(tour, `${id}.mdx`),
      `---\ntitle: Cảnh ${id}\nphoto: ./${id}.jpg\nlocation: { lat: 22.8, lng: 104.9 }\nview: { yaw: 0, pitch: 0, zoom: 40 }\nlinks:\n  - { to: ${next}, yaw: 10, pitch: -5 }\n---\nCảnh ${id}.\n`,
    );
  }
}

const siteEnv = (root: string, cache: string) => ({
  HG360_CONTENT_DIR: join(root, 'content/tours'),
  HG360_ARTICLES_DIR: join(root, 'content/articles'),
  HG360_PANORAMA_CACHE: cache,
});

function run(script: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const hashFolders = async (dir: string) => (await readdir(dir)).filter((n) => /^[0-9a-f]{16}$/.test(n)).sort();

/**
 * Every derivative of the cache with its modification time. Left out: the digests publishing adds
 * (`.files.json`) and the records of which local file had which hash (`photos/`, known-photos.ts),
 * which describe this checkout's files, not derivatives.
 */
async function cacheState(dir: string): Promise<Map<string, number>> {
  const state = new Map<string, number>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '.files.json' || relative(dir, entry.parentPath) === 'photos') continue;
    const file = join(entry.parentPath, entry.name);
    state.set(relative(dir, file), (await stat(file)).mtimeMs);
  }
  return state;
}

beforeAll(async () => {
  work = await tempDir();
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('derivatives shared across machines', () => {
  let machineB: string;
  let dist: string;

  it('splits the photos between two CI machines, each photo made by exactly one', { timeout: 240_000 }, async () => {
    const checkout = join(work, 'ci');
    await writeSite(checkout);
    const made: string[][] = [];
    for (const shard of ['1/2', '2/2']) {
      const result = run('scripts/derive-panoramas.ts', { ...siteEnv(checkout, join(work, `cache-${shard[0]}`)), HG360_SHARD: shard });
      expect(result.code, result.err).toBe(0);
      expect(result.out).toMatch(new RegExp(`shard ${shard}: \\d+ of ${SCENES.length} pictures`));
      made.push(await hashFolders(join(work, `cache-${shard[0]}`)));
    }
    expect(made[0]!.filter((hash) => made[1]!.includes(hash))).toEqual([]);
    expect(made[0]!.length + made[1]!.length).toBe(SCENES.length);
  });

  it('builds a second checkout with the caches copied over without deriving anything', { timeout: 240_000 }, async () => {
    machineB = join(work, 'second-checkout');
    await writeSite(machineB);
    const cache = join(machineB, 'node_modules/.cache/hg360/panoramas');
    await mkdir(cache, { recursive: true });
    for (const shard of ['1', '2']) await cp(join(work, `cache-${shard}`), cache, { recursive: true });
    const before = await cacheState(cache);
    dist = join(machineB, 'dist');
    const timings = join(work, 'timings.jsonl');
    await astroBuildOrThrow({ ...siteEnv(machineB, cache), HG360_OUT_DIR: dist, HG360_CACHE_DIR: join(machineB, 'astro-cache'), HG360_BUILD_TIMINGS: timings });
    // Not a file of the cache was made or rewritten: every derivative came from the other machines.
    expect(await cacheState(cache)).toEqual(before);
    expect(await readFile(timings, 'utf8')).toContain('"step":"data photos"');
  });

  it('lists in dist/_pano/manifest.json every file the pages refer to, and nothing else', async () => {
    const manifest = JSON.parse(await readFile(join(dist, '_pano/manifest.json'), 'utf8')) as PanoManifest;
    const published = (await readdir(join(dist, '_pano'), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name !== 'manifest.json')
      .map((e) => relative(join(dist, '_pano'), join(e.parentPath, e.name)))
      .sort();
    expect(Object.keys(manifest.files)).toEqual(published);
    for (const [path, entry] of Object.entries(manifest.files)) expect((await stat(join(dist, '_pano', path))).size).toBe(entry.size);
    // What the pages name, the tile template standing for every tile of its panorama.
    const referenced = await referencedFiles(dist, '/_pano/');
    const expected = new Set<string>();
    for (const [hash, names] of referenced) {
      for (const name of names) if (!name.startsWith('tiles/')) expected.add(`${hash}/${name}`);
      if ([...names].some((n) => n.startsWith('tiles/'))) for (const path of published.filter((p) => p.startsWith(`${hash}/tiles/`))) expected.add(path);
    }
    expect([...expected].sort()).toEqual(published);
    expect(referenced.size).toBe(SCENES.length);
  });

  it('lists with publish:assets --dry-run only the files the asset store lacks', async () => {
    const store = join(work, 'bucket');
    await mkdir(store);
    const env = { PANORAMA_ASSETS_BASE: store };
    const total = Object.keys((JSON.parse(await readFile(join(dist, '_pano/manifest.json'), 'utf8')) as PanoManifest).files).length;
    const first = run('scripts/publish-assets/run.ts', env, ['--dry-run', '--dist', dist]);
    expect(first.code, first.err).toBe(0);
    expect(first.out.trim().split('\n')).toHaveLength(total);
    expect(first.err).toContain(`${total} of ${total} files`);
    expect(first.err).toContain('immutable');
    // Uploaded (into a folder standing for the bucket), then one file lost: only that one is listed.
    expect(run('scripts/publish-assets/run.ts', env, ['--dist', dist]).code).toBe(0);
    const lost = first.out.trim().split('\n')[0]!;
    await rm(join(store, lost));
    const manifest = JSON.parse(await readFile(join(store, 'manifest.json'), 'utf8')) as PanoManifest;
    delete manifest.files[lost];
    await writeFile(join(store, 'manifest.json'), JSON.stringify(manifest));
    const again = run('scripts/publish-assets/run.ts', env, ['--dry-run', '--dist', dist]);
    expect(again.out.trim()).toBe(lost);
    expect(again.err).toContain(`1 of ${total} files`);
  });

  it('says what to set when PANORAMA_ASSETS_BASE is missing', () => {
    const result = run('scripts/publish-assets/run.ts', { PANORAMA_ASSETS_BASE: '' }, ['--dry-run', '--dist', dist]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('PANORAMA_ASSETS_BASE is not set: set it to where the panoramas are published');
  });
});

describe('a bad HG360_SHARD', () => {
  for (const value of ['5/4', 'abc']) {
    it(`stops derive:panoramas on HG360_SHARD=${value} with the variable and the fix`, () => {
      const result = run('scripts/derive-panoramas.ts', { HG360_SHARD: value });
      expect(result.code).toBe(1);
      expect(result.err).toContain(`HG360_SHARD="${value}" cannot be used`);
      expect(result.err).toContain('Write it as HG360_SHARD=2/4');
    });
  }
});
