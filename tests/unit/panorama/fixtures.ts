/** Small photos made on the fly, so pipeline tests need no files in the repository. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'hg360-test-'));
}

/**
 * An equirectangular test photo: a colour wheel around the horizon (hue = yaw), lighter sky
 * above and darker ground below, so every direction looks different.
 */
export async function makePanorama(width = 2048, height = width / 2, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const hue = (x / width) * 6;
      const band = Math.floor(hue);
      const f = hue - band;
      const rgb = [
        [1, f, 0],
        [1 - f, 1, 0],
        [0, 1, f],
        [0, 1 - f, 1],
        [f, 0, 1],
        [1, 0, 1 - f],
      ][band % 6]!;
      const light = 0.35 + 0.65 * (1 - y / height);
      const i = (y * width + x) * 3;
      for (let k = 0; k < 3; k++) data[i + k] = Math.round(255 * rgb[k]! * light);
    }
  }
  const image = sharp(data, { raw: { width, height, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 90 }).toBuffer();
}

export async function writePhoto(dir: string, name: string, bytes: Buffer | string): Promise<string> {
  await writeFile(join(dir, name), bytes);
  return name;
}

export const RED = [220, 30, 30];
export const YELLOW = [230, 220, 30];
export const BLUE = [30, 40, 220];
export const GREEN = [30, 200, 60];

/** A 2:1 photo in four quadrants: sky red (left) and yellow (right), ground blue and green. */
export async function quadrants(width: number, height: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = y < height / 2 ? (x < width / 2 ? RED : YELLOW) : x < width / 2 ? BLUE : GREEN;
      data.set(colour, (y * width + x) * 3);
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

/**
 * The upright photo stored as a camera would with `orientation`: the pixels turned the other way,
 * and the tag saying how to turn them back (3: by 180°, 6: by 90° clockwise).
 */
export async function stored(upright: Buffer, orientation: 3 | 6): Promise<Buffer> {
  const turn = orientation === 3 ? 180 : 270;
  const pixels = await sharp(upright).rotate(turn).png().toBuffer();
  return sharp(pixels).jpeg({ quality: 92 }).withMetadata({ orientation }).toBuffer();
}

/** XMP for a full 2048×1024 equirectangular photo whose centre faces compass `heading` (GPano PoseHeadingDegrees). */
export function gpanoXmp(heading: number): string {
  return `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:GPano="http://ns.google.com/photos/1.0/panorama/" GPano:ProjectionType="equirectangular" GPano:FullPanoWidthPixels="2048" GPano:FullPanoHeightPixels="1024" GPano:CroppedAreaImageWidthPixels="2048" GPano:CroppedAreaImageHeightPixels="1024" GPano:CroppedAreaLeftPixels="0" GPano:CroppedAreaTopPixels="0" GPano:PoseHeadingDegrees="${heading}"/></rdf:RDF></x:xmpmeta>`;
}
