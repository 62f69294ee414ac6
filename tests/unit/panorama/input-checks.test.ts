/** Every bad photo an editor can drop in gets a message naming the file and saying what to do. */
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparePanorama } from '../../../src/panorama/prepare.ts';
import { makePanorama, tempDir, writePhoto } from './fixtures.ts';

let root: string;

/** A tiny PNG whose header claims `width`×`height` pixels (beyond sharp's own pixel limit). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: '#888' } }).png().toBuffer());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29); // the IHDR chunk's CRC covers its type and data
  return png;
}
const view = { yaw: 0, pitch: 0, zoom: 50 };

async function messageFor(photo: string, extra: object = {}): Promise<string> {
  try {
    await preparePanorama({ photo, view, ...extra }, { root, cacheDir: join(root, 'cache') });
  } catch (error) {
    expect((error as Error).name).toBe('PanoramaInputError');
    return (error as Error).message;
  }
  throw new Error(`${photo} was accepted`);
}

beforeAll(async () => {
  root = await tempDir();
  const good = await makePanorama(2048);
  await writePhoto(root, 'empty.jpg', Buffer.alloc(0));
  await writePhoto(root, 'truncated.jpg', good.subarray(0, Math.floor(good.length / 2)));
  await writePhoto(root, 'not-an-image.jpg', 'Xin chào, tôi là một tệp văn bản.');
  await writePhoto(root, 'anim.gif', await sharp({ create: { width: 2048, height: 1024, channels: 3, background: '#888' } }).gif().toBuffer());
  await writePhoto(root, 'square.jpg', await sharp({ create: { width: 2048, height: 2048, channels: 3, background: '#888' } }).jpeg().toBuffer());
  await writePhoto(root, 'small.jpg', await makePanorama(1024));
  // A header claiming 20000×10000 pixels: refused before any pixel is decoded.
  await writePhoto(root, 'huge.png', await sharp({ create: { width: 20000, height: 10000, channels: 3, background: '#888' } }).png({ compressionLevel: 9 }).toBuffer());
  await writePhoto(root, 'giant-header.png', await pngClaiming(65000, 32500));
}, 60_000);

describe('photo input checks', () => {
  it('names a missing file', async () => {
    expect(await messageFor('nowhere.jpg')).toMatchInlineSnapshot(`"nowhere.jpg: The photo file does not exist. Check the file name (upper/lower case must match) and that the photo sits beside the scene file."`);
  });

  it('refuses an empty file', async () => {
    expect(await messageFor('empty.jpg')).toMatchInlineSnapshot(`"empty.jpg: The photo file is empty (0 bytes). Copy the photo again from the camera or computer."`);
  });

  it('refuses a file that is not an image', async () => {
    expect(await messageFor('not-an-image.jpg')).toMatchInlineSnapshot(`"not-an-image.jpg: The file is not an image that can be read (it may be damaged, or not a photo at all). Export the photo again as JPEG."`);
  });

  it('refuses a truncated photo whose header still reads', async () => {
    expect(await messageFor('truncated.jpg')).toMatch(/^truncated\.jpg: The photo could not be decoded \(.+\); it is probably truncated or damaged\. Copy the photo again/);
  });

  it('refuses unsupported formats', async () => {
    expect(await messageFor('anim.gif')).toMatchInlineSnapshot(`"anim.gif: The gif format is not supported for panoramas. Export the photo as JPEG (best), PNG, WebP or AVIF."`);
  });

  it('refuses a photo that is not 2:1 and has no GPano data', async () => {
    expect(await messageFor('square.jpg')).toMatchInlineSnapshot(`"square.jpg: The photo is 2048×2048 pixels, not a full 360° photo (its width must be twice its height) and it carries no XMP GPano data saying which part of the sphere it covers. Use the equirectangular (2:1) export of your 360° camera app, or describe a partial panorama in the scene with \`partial: { horizontalFov: …, verticalFov: … }\`."`);
  });

  it('refuses a photo too small to look around in', async () => {
    expect(await messageFor('small.jpg')).toMatchInlineSnapshot(`"small.jpg: The photo is only 1024×512 pixels; a full turn would be 1024 pixels wide and look blurry. Use a photo at least 2048×1024 pixels (4096×2048 or more is best)."`);
  });

  it('refuses an absurdly large photo before decoding it', async () => {
    expect(await messageFor('huge.png')).toMatchInlineSnapshot(`"huge.png: The photo is 20000×10000 pixels, larger than the 16384×8192 the site accepts. Resize it to 8192×4096 (plenty for any screen or headset) before adding it."`);
    // Beyond sharp's own pixel limit too: still "too large, shrink it", not "cannot be read".
    expect(await messageFor('giant-header.png')).toMatchInlineSnapshot(`"giant-header.png: The photo is 65000×32500 pixels, larger than the 16384×8192 the site accepts. Resize it to 8192×4096 (plenty for any screen or headset) before adding it."`);
  });
});
