import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishReferenced } from '../../src/integrations/publish-referenced.ts';
import { tempDir } from './panorama/fixtures.ts';

async function fakeCache(cacheDir: string, hash: string, files: string[]) {
  await mkdir(join(cacheDir, hash, 'tiles/0'), { recursive: true });
  await writeFile(join(cacheDir, hash, 'tiles/0/0_0.webp'), 'tile');
  for (const file of files) await writeFile(join(cacheDir, hash, file), file);
}

describe('publishing derivatives', () => {
  it('publishes only what the pages refer to, with a CDN asset base', async () => {
    const root = await tempDir();
    const [dist, cache] = [join(root, 'dist'), join(root, 'cache')];
    const used = 'aaaaaaaaaaaaaaaa';
    const stale = 'bbbbbbbbbbbbbbbb';
    await fakeCache(cache, used, ['base.webp', 'poster-1-1280x720.webp', 'poster-old-1280x720.webp']);
    await fakeCache(cache, stale, ['base.webp']);
    await mkdir(join(dist, 'tours/x'), { recursive: true });
    const base = 'https://cdn.example.org/pano/';
    await writeFile(
      join(dist, 'tours/x/index.html'),
      `<img src="${base}${used}/poster-1-1280x720.webp"><script type="application/json">{"baseUrl":"${base}${used}/base.webp","tileUrl":"${base}${used}/tiles/{level}/{col}_{row}.webp"}</script>`,
    );

    expect(await publishReferenced(dist, cache, base, '_pano')).toEqual({ panoramas: 1, files: 2, published: 3 });
    expect((await readdir(join(dist, '_pano'))).sort()).toEqual([used, 'manifest.json']);
    expect((await readdir(join(dist, '_pano', used))).sort()).toEqual(['base.webp', 'poster-1-1280x720.webp', 'tiles']);

    // The manifest lists exactly what was published, with each file's size and SHA-256.
    const manifest = JSON.parse(await readFile(join(dist, '_pano/manifest.json'), 'utf8'));
    expect(manifest).toEqual({
      version: 1,
      files: {
        [`${used}/base.webp`]: { size: 9, sha256: createHash('sha256').update('base.webp').digest('hex') },
        [`${used}/poster-1-1280x720.webp`]: { size: 22, sha256: createHash('sha256').update('poster-1-1280x720.webp').digest('hex') },
        [`${used}/tiles/0/0_0.webp`]: { size: 4, sha256: createHash('sha256').update('tile').digest('hex') },
      },
    });
  });

  it('links the files rather than copying them, and hashes each file once', async () => {
    const root = await tempDir();
    const [dist, cache] = [join(root, 'dist'), join(root, 'cache')];
    const hash = 'cccccccccccccccc';
    await fakeCache(cache, hash, ['base.webp']);
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, 'index.html'), `<img src="/_pano/${hash}/base.webp"><i data-t="/_pano/${hash}/tiles/{level}/{col}_{row}.webp">`);
    await publishReferenced(dist, cache, '/_pano/', '_pano');
    expect((await stat(join(dist, '_pano', hash, 'tiles/0/0_0.webp'))).nlink).toBe(2);
    // The digests stay with the cache folder: the next build reads them instead of hashing again.
    const digests = JSON.parse(await readFile(join(cache, hash, '.files.json'), 'utf8'));
    expect(Object.keys(digests).sort()).toEqual(['base.webp', 'tiles/0/0_0.webp']);
  });
});
