import { describe, expect, it } from 'vitest';
import { pickRendition } from '../../../src/components/viewer/plugins/video-scene/rendition.ts';

const renditions = [
  { width: 2048, height: 1024, url: 'a/video-2048.mp4' },
  { width: 3840, height: 1920, url: 'a/video-3840.mp4' },
];

describe('pickRendition', () => {
  it('gives phones the 2048-px video and larger screens the 3840-px one', () => {
    expect(pickRendition(renditions, { maxTextureSize: 8192, screenShortSide: 390 }).width).toBe(2048);
    expect(pickRendition(renditions, { maxTextureSize: 16384, screenShortSide: 1080 }).width).toBe(3840);
  });

  it('never one wider than the GPU takes, and the smallest when none fits', () => {
    expect(pickRendition(renditions, { maxTextureSize: 2048, screenShortSide: 1080 }).width).toBe(2048);
    expect(pickRendition(renditions, { maxTextureSize: 1024, screenShortSide: 1080 }).width).toBe(2048);
    expect(pickRendition([renditions[0]!], { maxTextureSize: 16384, screenShortSide: 1080 }).width).toBe(2048);
  });
});
