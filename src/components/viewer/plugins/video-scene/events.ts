import { TypedEvent } from '@photo-sphere-viewer/core';
import type { VideoScenePlugin } from './VideoScenePlugin.ts';

/** A video scene is on screen, its first frame drawn; `video` is the element its texture comes from. */
export class VideoSceneShownEvent extends TypedEvent<VideoScenePlugin> {
  static override readonly type = 'video-scene-shown';
  override type = 'video-scene-shown' as const;
  readonly video: HTMLVideoElement;
  constructor(video: HTMLVideoElement) {
    super(VideoSceneShownEvent.type);
    this.video = video;
  }
}

/** The video scene was left (for a photo scene) and its video stopped. */
export class VideoSceneLeftEvent extends TypedEvent<VideoScenePlugin> {
  static override readonly type = 'video-scene-left';
  override type = 'video-scene-left' as const;
  constructor() {
    super(VideoSceneLeftEvent.type);
  }
}

export type VideoSceneEvents = VideoSceneShownEvent | VideoSceneLeftEvent;
