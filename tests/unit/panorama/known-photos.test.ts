import { open, readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePanorama } from '../../../src/panorama/prepare.ts';
import { makePanorama, tempDir, writePhoto } from './fixtures.ts';

const view = { yaw: 10, pitch: 0, zoom: 50 };

/** A whole second, so that putting the time back is exact. */
const WHEN = 1_700_000_000;

/** Overwrites the file's bytes in place (same inode, same size) and puts its old time back. */
async function scribbleKeepingStamp(file: string): Promise<void> {
  const { size } = await stat(file);
  const handle = await open(file, 'r+');
  await handle.write(Buffer.alloc(size, 0x55), 0, size, 0);
  await handle.close();
  await utimes(file, WHEN, WHEN);
}

describe('an unchanged photo on a rebuild', () => {
  it('is known by its size, time and inode: its bytes are not read again', async () => {
    const root = await tempDir();
    const cacheDir = join(root, 'cache');
    await writePhoto(root, 'p.jpg', await makePanorama(2048));
    await utimes(join(root, 'p.jpg'), WHEN, WHEN);
    const first = await preparePanorama({ photo: 'p.jpg', view }, { root, cacheDir });
    expect(await readdir(join(cacheDir, 'photos'))).toHaveLength(1);
    // The placeholder is kept beside the posters, so a rebuild does not render it again.
    expect((await readdir(join(cacheDir, first.hash))).filter((f) => f.startsWith('placeholder-'))).toHaveLength(1);

    // Had the bytes been read, they would not decode; the stamp says the photo is as it was.
    await scribbleKeepingStamp(join(root, 'p.jpg'));
    const again = await preparePanorama({ photo: 'p.jpg', view }, { root, cacheDir });
    expect(again).toEqual(first);

    // Any new time (a save, a copy, a checkout) and the photo is read again: here, found damaged.
    await utimes(join(root, 'p.jpg'), new Date(), new Date());
    await expect(preparePanorama({ photo: 'p.jpg', view }, { root, cacheDir })).rejects.toThrow(/not an image that can be read/);
  });
});
