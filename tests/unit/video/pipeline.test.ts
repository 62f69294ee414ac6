import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRectilinear } from '../../../src/panorama/reproject.ts';
import { zoomToVerticalFov } from '../../../src/schemas/view.ts';
import { prepareVideo, type EncodeReport } from '../../../src/video/prepare-video.ts';
import { probeVideo } from '../../../src/video/probe.ts';
import { renditionWidths } from '../../../src/video/settings.ts';
import { loadRaw } from '../../e2e/support/compare-view.ts';
import { makePanorama, tempDir } from '../panorama/fixtures.ts';
import { makeSoundOnly, makeVideo } from './fixtures.ts';

describe('rendition widths', () => {
  it('2048 and 3840 for big sources, the source width instead of upscaling', () => {
    expect(renditionWidths(5760)).toEqual([2048, 3840]);
    expect(renditionWidths(3840)).toEqual([2048, 3840]);
    expect(renditionWidths(2560)).toEqual([2048, 2560]);
    expect(renditionWidths(2048)).toEqual([2048]);
    expect(renditionWidths(1920)).toEqual([1920]);
  });
});

/** Whether the MP4's index (moov) comes before its media data (mdat): "faststart". */
async function moovFirst(file: string): Promise<boolean> {
  const bytes = await readFile(file);
  const boxes: string[] = [];
  for (let at = 0; at + 8 <= bytes.length && boxes.length < 10; ) {
    const size = bytes.readUInt32BE(at);
    boxes.push(bytes.toString('latin1', at + 4, at + 8));
    if (size < 8) break;
    at += size;
  }
  return boxes.indexOf('moov') >= 0 && boxes.indexOf('moov') < boxes.indexOf('mdat');
}

describe('prepareVideo', () => {
  let root: string;
  let cacheDir: string;
  const view = { yaw: 90, pitch: 10, zoom: 50 };
  const reports: EncodeReport[] = [];
  const context = () => ({ root, cacheDir });
  const prepare = (video: string, v = view) => prepareVideo({ video, view: v }, context(), { onEncoded: (r) => reports.push(r), onStart: () => undefined });

  beforeAll(async () => {
    root = await tempDir();
    cacheDir = join(root, 'cache');
    await makeVideo(root, 'wide.mp4', { width: 2560, seconds: 1, audio: true });
    await makeVideo(root, 'plain.webm', { width: 2048, seconds: 1, format: 'webm' });
  }, 60_000);

  it('encodes H.264 renditions at 2048 px and the source width (never upscaled), with faststart and sound kept', async () => {
    const prepared = await prepare('wide.mp4');
    expect(prepared.renditions.map((r) => [r.width, r.height])).toEqual([
      [2048, 1024],
      [2560, 1280],
    ]);
    expect(prepared.hasAudio).toBe(true);
    expect(prepared.duration).toBeCloseTo(1, 0);
    for (const r of prepared.renditions) {
      const file = join(cacheDir, prepared.hash, r.file);
      const info = (await probeVideo(file))!;
      expect(info.video).toMatchObject({ codec: 'h264', width: r.width, height: r.height });
      expect(info.hasAudio).toBe(true);
      expect(await moovFirst(file)).toBe(true);
      expect((await stat(file)).size).toBe(r.bytes);
    }
    expect(reports.map((r) => r.width)).toEqual([2048, 2560]);
  }, 60_000);

  it('makes posters from the first frame: the poster equals the first frame’s view within tolerance', async () => {
    const prepared = await prepare('wide.mp4');
    const main = prepared.posters.landscape[0]!;
    const poster = await loadRaw(join(cacheDir, prepared.hash, main.file));
    const first = await loadRaw(await sharp(await makePanorama(2560, 1280, 'png')).png().toBuffer());
    const expected = renderRectilinear(first, { ...view, vFov: zoomToVerticalFov(view.zoom) }, main.width, main.height);
    let sum = 0;
    for (let i = 0; i < poster.data.length; i++) sum += Math.abs(poster.data[i]! - expected.data[i]!);
    expect(sum / poster.data.length).toBeLessThan(6);
    expect(prepared.posters.placeholder).toMatch(/^data:image\/webp;base64,/);
    for (const t of prepared.thumbnails) expect((await sharp(join(cacheDir, prepared.hash, t.file)).metadata()).width).toBe(t.width);
  }, 60_000);

  it('never encodes an unchanged video again; a new view only adds posters', async () => {
    const before = reports.length;
    const again = await prepare('wide.mp4', { yaw: -30, pitch: 0, zoom: 20 });
    expect(reports.length).toBe(before);
    expect(again.posters.landscape[0]!.file).not.toBe((await prepare('wide.mp4')).posters.landscape[0]!.file);
  }, 60_000);

  it('takes WebM sources and turns them into H.264 MP4', async () => {
    const prepared = await prepare('plain.webm');
    expect(prepared.renditions.map((r) => r.file)).toEqual(['video-2048.mp4']);
    expect(prepared.hasAudio).toBe(false);
    expect((await probeVideo(join(cacheDir, prepared.hash, 'video-2048.mp4')))!.video!.codec).toBe('h264');
  }, 60_000);

  describe('refuses bad inputs with the file named and what to do', () => {
    const refusal = (video: string) => prepare(video).then(() => '', (e: Error) => e.message);

    it('a web page named .mp4', async () => {
      await writeFile(join(root, 'page.mp4'), '<!doctype html><title>video</title>');
      expect(await refusal('page.mp4')).toMatch(/^page\.mp4: The file is named like MP4 video, but its content is not a sound or video file at all/);
    });

    it('a sound-only file', async () => {
      await makeSoundOnly(root, 'sound.mp4');
      expect(await refusal('sound.mp4')).toMatch(/^sound\.mp4: The file has no video stream \(only sound\)/);
    });

    it('not 2:1', async () => {
      await makeVideo(root, 'flat.mp4', { width: 2048, height: 1152 });
      expect(await refusal('flat.mp4')).toMatch(/^flat\.mp4: The video is 2048×1152 pixels, not a full 360° video .*partial:/);
    });

    it('too small', async () => {
      await makeVideo(root, 'small.mp4', { width: 1024 });
      expect(await refusal('small.mp4')).toMatch(/^small\.mp4: The video is only 1024×512 pixels and would look blurry\. Export it at least 1920×960/);
    });

    it('cut short (unreadable)', async () => {
      await makeVideo(root, 'cut.mp4', { width: 2048 });
      await truncate(join(root, 'cut.mp4'), 2000);
      expect(await refusal('cut.mp4')).toMatch(/^cut\.mp4: The (file is not a video that can be read|video could not be decoded|video has no length)/);
    });

    it('missing', async () => {
      expect(await refusal('nope.mp4')).toMatch(/^nope\.mp4: The video file does not exist/);
    });
  });
});
