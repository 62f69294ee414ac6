import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import { VideoSceneLeftEvent, VideoSceneShownEvent, type VideoSceneEvents } from './events.ts';
import type { VideoSceneConfig } from './model.ts';
import { isVideoPanorama, type SceneAdapter } from './SceneAdapter.ts';

/** PSV VideoPlugin's navbar buttons, shown on video scenes only. */
const VIDEO_BUTTONS = ['videoPlay', 'videoVolume', 'videoTime'] as const;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The tour's rules for video scenes (issue 18), on top of PSV's VideoPlugin (play/pause, progress,
 * mute), which SceneAdapter loads with the first video scene:
 * - nothing plays with sound on its own; muted autoplay only when the browser allows it and never
 *   under `prefers-reduced-motion`;
 * - the video pauses when the page is hidden, and stops when its scene is left;
 * - the video buttons join the navbar on video scenes and hide on photo scenes;
 * - Space toggles play while the viewer has focus (not on a focused control, not autorotate too).
 */
export class VideoScenePlugin extends AbstractConfigurablePlugin<VideoSceneConfig, VideoSceneConfig, never, VideoSceneEvents> {
  static override readonly id = 'hg-video-scene';

  static withConfig(config: VideoSceneConfig): [typeof VideoScenePlugin, VideoSceneConfig] {
    return [VideoScenePlugin, config];
  }
  static override readonly configParser = utils.getConfigParser<VideoSceneConfig>({ autoplay: true });

  private buttonsAdded = false;
  private showing = false;

  constructor(viewer: Viewer, config: VideoSceneConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.viewer.addEventListener(events.PanoramaLoadedEvent.type, this);
    document.addEventListener('visibilitychange', this);
    // Capture on window: before PSV's own key handling (window, bubbling), where the autorotate
    // plugin would toggle on Space as well.
    window.addEventListener('keydown', this, { capture: true });
  }

  override destroy(): void {
    this.viewer.removeEventListener(events.PanoramaLoadedEvent.type, this);
    document.removeEventListener('visibilitychange', this);
    window.removeEventListener('keydown', this, { capture: true });
    super.destroy();
  }

  private get adapter(): SceneAdapter {
    return (this.viewer as unknown as { adapter: SceneAdapter }).adapter;
  }

  /** The video element of the scene on screen, if it is a video scene. */
  get video(): HTMLVideoElement | undefined {
    return this.adapter.videoElement;
  }

  handleEvent(e: Event): void {
    switch (e.type) {
      case events.PanoramaLoadedEvent.type:
        this.onPanorama();
        break;
      case 'keydown':
        this.onKey(e as KeyboardEvent);
        break;
      case 'visibilitychange':
        if (document.hidden) this.video?.pause();
        break;
    }
  }

  /**
   * Space plays or pauses while the viewer has focus, like the arrow keys (KeyboardPlugin), and
   * then neither scrolls the page nor toggles autorotate. On a focused control it is that
   * control's click; outside the viewer it is the page's.
   */
  private onKey(e: KeyboardEvent): void {
    const video = this.video;
    if (!video || e.key !== ' ' || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
    const host = this.viewer.container.closest('hg-viewer') ?? this.viewer.container;
    const focused = document.activeElement;
    if (!focused || !host.contains(focused) || focused.closest('button, [role="button"], a, input, select, textarea')) return;
    e.preventDefault();
    e.stopPropagation();
    if (video.paused) video.play().catch(() => undefined);
    else video.pause();
  }

  private onPanorama(): void {
    const video = this.video;
    if (!video || !isVideoPanorama(this.viewer.config.panorama)) {
      this.showButtons(false);
      if (this.showing) this.dispatchEvent(new VideoSceneLeftEvent());
      this.showing = false;
      return;
    }
    this.showing = true;
    this.showButtons(true, this.viewer.config.panorama.video.hasAudio);
    video.muted = true;
    if (this.config.autoplay && !reducedMotion() && !document.hidden) {
      // Rejected when the browser does not allow autoplay here: the big play button stays.
      video.play().catch(() => undefined);
    }
    this.dispatchEvent(new VideoSceneShownEvent(video));
  }

  private showButtons(show: boolean, sound = false): void {
    const navbar = this.viewer.navbar;
    if (!this.viewer.config.navbar) return;
    if (show && !this.buttonsAdded) {
      this.buttonsAdded = true;
      this.viewer.setOption('navbar', [...VIDEO_BUTTONS, ...(this.viewer.config.navbar as unknown[])] as never);
    }
    for (const id of VIDEO_BUTTONS) {
      const button = navbar.getButton(id, false);
      if (show && (id !== 'videoVolume' || sound)) button?.show();
      else button?.hide();
    }
  }
}
