/**
 * `video:` in a scene (issue 18) is checked by the content checks like a photo, before anything is
 * encoded: each bad video is refused with the scene file, the field and what to do.
 */
import { copyFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../../src/video/ffmpeg.ts';
import { validateContent } from '../../../src/validate/validate-content.ts';
import { fixtureSite, type FixtureSite } from '../../fixtures/fixture-site.ts';
import { makeSoundOnly, makeVideo } from './fixtures.ts';

let site: FixtureSite;
const dir = () => join(site.toursDir, 'dong-van');

const scene = (name: string, picture: string) =>
  writeFile(
    join(dir(), `${name}.mdx`),
    ['---', `title: Cảnh ${name}`, picture, 'location: { lat: 23.36, lng: 105.31 }', 'links:', '  - { to: pho-co, yaw: 0 }', '---', '', 'Mô tả.', ''].join('\n'),
  );

beforeAll(async () => {
  site = await fixtureSite('valid-site');
  await makeVideo(dir(), 'good.mp4', { width: 2048 });
  await makeVideo(dir(), 'flat.mp4', { width: 2048, height: 1152 });
  await makeVideo(dir(), 'small.webm', { width: 1024, format: 'webm' });
  await makeSoundOnly(dir(), 'sound.mp4');
  await writeFile(join(dir(), 'page.mov'), '<!doctype html><title>not a video</title>');
  await makeVideo(dir(), 'cut.mp4', { width: 2048 });
  await truncate(join(dir(), 'cut.mp4'), 1500);
  // 3 min 1 s of a still picture: tiny to encode, one second too long.
  const long = await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'color=c=gray:s=1920x960:r=1:d=181', '-c:v', 'libx264', '-preset', 'ultrafast', join(dir(), 'long.mp4')]);
  if (long.code !== 0) throw new Error(long.stderr);
  // A real MP4 header on a 2.1 GB sparse file: larger than the limit without using the disk.
  await copyFile(join(dir(), 'good.mp4'), join(dir(), 'huge.mp4'));
  await truncate(join(dir(), 'huge.mp4'), Math.round(2.1 * 1024 ** 3));
  for (const name of ['good', 'flat', 'small', 'sound', 'page', 'cut', 'long', 'huge']) {
    await scene(`v-${name}`, `video: ./${name}.${name === 'small' ? 'webm' : name === 'page' ? 'mov' : 'mp4'}`);
  }
  await scene('both', 'photo: ./pho-co.jpg\nvideo: ./good.mp4');
  await scene('neither', '');
  await scene('v-not-video-name', 'video: ./clip.avi');
}, 120_000);

afterAll(async () => {
  await site?.remove();
});

describe('video scenes in the content checks', () => {
  it('refuse each bad video with the file, the field and what to do; a good video passes', async () => {
    const { errors } = await validateContent(site);
    const byFile = Object.fromEntries(errors.map((p) => [p.file.replace('content/tours/dong-van/', ''), `${p.field}: ${p.message}`]));
    expect(byFile).toEqual({
      'v-flat.mdx': expect.stringMatching(/^video: The video is 2048×1152 pixels, not a full 360° video \(its width must be twice its height\)\. \(\.\/flat\.mp4\) Use the equirectangular \(2:1\) export .* `partial: /),
      'v-small.mdx': expect.stringMatching(/^video: The video is only 1024×512 pixels and would look blurry\. \(\.\/small\.webm\) Export it at least 1920×960 pixels/),
      'v-sound.mdx': expect.stringMatching(/^video: The file has no video stream \(only sound\)\. \(\.\/sound\.mp4\) Use the video itself/),
      'v-page.mdx': expect.stringMatching(/^video: The file is named like QuickTime \(MOV\) video, but its content is not a sound or video file at all/),
      'v-cut.mdx': expect.stringMatching(/^video: The (file is not a video that can be read|video has no length)/),
      'v-long.mdx': expect.stringMatching(/^video: The video lasts 181 s, longer than the 180 s a scene may play\. \(\.\/long\.mp4\) Cut it to at most 3 minutes/),
      'v-huge.mdx': expect.stringMatching(/^video: The video is 2\.1 GB, larger than the 2 GB the site accepts\./),
      'both.mdx': expect.stringMatching(/^video: cannot be used together with `photo`/),
      'neither.mdx': expect.stringMatching(/^photo: is required: .*\(or `video:` for a 360° video\)/),
      'v-not-video-name.mdx': expect.stringMatching(/^video: must be a video file beside this MDX file, written like "\.\/ma-pi-leng\.mp4" \(MP4, MOV or WebM\)/),
    });
    expect(errors.some((p) => p.file.endsWith('v-good.mdx'))).toBe(false);
  }, 60_000);
});
