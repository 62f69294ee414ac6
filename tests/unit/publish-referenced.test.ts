import { mkdir, readdir, writeFile } from 'node:fs/promises';
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

    expect(await publishReferenced(dist, cache, base, '_pano')).toEqual({ panoramas: 1, files: 2 });
    expect(await readdir(join(dist, '_pano'))).toEqual([used]);
    expect((await readdir(join(dist, '_pano', used))).sort()).toEqual(['base.webp', 'poster-1-1280x720.webp', 'tiles']);
  });
});
