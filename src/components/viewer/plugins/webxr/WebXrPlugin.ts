/// <reference types="webxr" />
import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { AutorotatePlugin } from '@photo-sphere-viewer/autorotate-plugin';
import type { StereoPlugin } from '@photo-sphere-viewer/stereo-plugin';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { ImmersiveMode } from './immersive/index.ts';
import { VrEndEvent, type WebXrEvents } from './events.ts';
import type { ExitView, WebXrConfig } from './model.ts';
import { NEVER } from '../reduced-motion/model.ts';

/** Navbar button id of "Enter VR" (VrButton, hidden until the browser answers). */
export const VR_BUTTON = 'hg-vr';

/** PSV's autorotate takes `null` for "never start on its own"; its types only say number. */

/**
 * Immersive WebXR mode for headsets. This part is tiny and always loaded: it asks the browser
 * whether `immersive-vr` sessions exist and shows the Enter VR button only then. The VR scene
 * itself (immersive/, a few dozen KiB) is imported when the tourist presses the button.
 * Scene changes in VR go through the virtual tour plugin, so narration, the address and the
 * page text follow as they do on screen; leaving VR lands on the same scene, facing where the
 * head last looked. State is mirrored on the viewer container (`data-vr`: none, available,
 * starting, presenting) for styles and tests.
 */
export class WebXrPlugin extends AbstractConfigurablePlugin<WebXrConfig, WebXrConfig, never, WebXrEvents> {
  static override readonly id = 'hg-webxr';
  static override readonly configParser = utils.getConfigParser<WebXrConfig>({ scenes: [], strings: null as never, dwell: 1.5, maxTextureWidth: 8192 });
  static override readonly readonlyOptions = ['scenes', 'strings'];

  /** Whether the browser offers immersive VR; false until it has answered. */
  supported = false;
  /** The running immersive mode, while in VR (tests read its state). */
  immersive: ImmersiveMode | undefined;
  private starting = false;
  /** The scene change asked for in VR, so leaving VR waits for it before turning the view. */
  private pendingScene: Promise<unknown> = Promise.resolve();
  private savedAutorotate?: { autostartDelay: number; autostartOnIdle: boolean };

  constructor(viewer: Viewer, config: WebXrConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.setState('none');
    // Not with the button's `visible: false`: PSV's navbar then fails on narrow screens (it
    // folds buttons into a menu that does not exist yet). Plugins start before the first paint.
    this.viewer.navbar.getButton(VR_BUTTON, false)?.hide();
    navigator.xr?.addEventListener('devicechange', this);
    void this.probe();
  }

  override destroy(): void {
    navigator.xr?.removeEventListener('devicechange', this);
    void this.immersive?.end();
    super.destroy();
  }

  handleEvent(e: Event): void {
    // A headset plugged in (or out) after the page loaded: ask again.
    if (e.type === 'devicechange') void this.probe();
  }

  private async probe(): Promise<void> {
    const supported = (await navigator.xr?.isSessionSupported('immersive-vr').catch(() => false)) ?? false;
    this.supported = supported;
    if (!this.immersive && !this.starting) this.setState(supported ? 'available' : 'none');
    const button = this.viewer.navbar.getButton(VR_BUTTON, false);
    if (supported) button?.show();
    else button?.hide();
  }

  private setState(state: 'none' | 'available' | 'starting' | 'presenting'): void {
    this.viewer.container.dataset.vr = state;
  }

  private get tour(): VirtualTourPlugin | undefined {
    return this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
  }

  /** Starts VR on the scene on screen. Must run inside the click (browsers ask for a user gesture). */
  async enter(): Promise<void> {
    const xr = navigator.xr;
    if (!xr || this.starting || this.immersive) return;
    // VR draws scenes from their tiles; a 360° video scene has none (issue 18): say so plainly.
    const current = this.tour?.getCurrentNode()?.id;
    if (this.config.scenes.find((s) => s.id === current)?.video) {
      this.viewer.notification.show({ id: 'hg-vr-video', content: this.config.strings.videoVrUnsupported, timeout: 6000 });
      return;
    }
    this.starting = true;
    this.setState('starting');
    // Both start within the click: requestSession needs its user activation, and the VR code
    // downloads while the headset switches to immersive mode.
    const code = import('./immersive/index.ts');
    // If the session is refused first, a failed download must not surface as an unhandled rejection.
    code.catch(() => undefined);
    let session: XRSession | undefined;
    let ended = false;
    try {
      session = await xr.requestSession('immersive-vr', { optionalFeatures: ['hand-tracking'] });
      const { ImmersiveMode } = await code;
      const sceneId = this.tour?.getCurrentNode()?.id ?? this.config.scenes[0]!.id;
      const { yaw, pitch } = this.viewer.getPosition();
      this.pauseViewer();
      const mode = await ImmersiveMode.start({
        session,
        scenes: this.config.scenes,
        strings: this.config.strings,
        dwell: this.config.dwell!,
        maxTextureWidth: this.config.maxTextureWidth!,
        sceneId,
        variant: (this.viewer.getPlugin('hg-variants') as { current?: string } | undefined)?.current,
        yaw,
        pitch,
        goTo: (id) => this.goTo(id),
        onEnd: (view) => {
          ended = true;
          void this.restore(view);
        },
      });
      // A session can end as soon as it starts (headset taken off): then the page is back already.
      if (!ended) {
        this.immersive = mode;
        this.setState('presenting');
      }
    } catch (error) {
      // Refused by the tourist or the browser, or the headset went away: back to the page.
      console.warn('[hg-webxr] could not start VR', error);
      await session?.end().catch(() => undefined);
      this.immersive = undefined;
      this.resumeViewer();
      this.setState(this.supported ? 'available' : 'none');
    } finally {
      this.starting = false;
    }
  }

  /** Moves the page's tour to a scene chosen in VR: narration, address and page text follow. */
  private goTo(sceneId: string): void {
    const tour = this.tour;
    if (!tour) return;
    // No fade or loader on the hidden page: VR shows its own fade.
    this.pendingScene = tour.setCurrentNode(sceneId, { effect: 'none', showLoader: false, rotation: false }).catch(() => undefined);
  }

  /** Nothing draws on the hidden page while in VR; autorotate and the Cardboard mode stop. */
  private pauseViewer(): void {
    const autorotate = this.viewer.getPlugin<AutorotatePlugin>('autorotate');
    if (autorotate) {
      autorotate.stop();
      const { autostartDelay, autostartOnIdle } = autorotate.config;
      this.savedAutorotate = { autostartDelay: autostartDelay!, autostartOnIdle: autostartOnIdle! };
      autorotate.setOptions({ autostartDelay: NEVER, autostartOnIdle: false });
    }
    const stereo = this.viewer.getPlugin<StereoPlugin>('stereo');
    if (stereo?.isEnabled()) stereo.stop();
    // PSV's loop keeps its timing but draws nothing: the XR loop owns the GPU until VR ends.
    this.viewer.renderer.setCustomRenderer(() => ({ render: () => undefined }));
  }

  private resumeViewer(): void {
    this.viewer.renderer.setCustomRenderer(null);
    const autorotate = this.viewer.getPlugin<AutorotatePlugin>('autorotate');
    if (autorotate && this.savedAutorotate) autorotate.setOptions(this.savedAutorotate);
    this.savedAutorotate = undefined;
    this.viewer.needsUpdate();
  }

  /** VR ended (exit target, headset menu, or the browser): same scene, facing where the head looked. */
  private async restore(view: ExitView): Promise<void> {
    this.immersive = undefined;
    await this.pendingScene;
    if (this.tour && this.tour.getCurrentNode()?.id !== view.sceneId) this.goTo(view.sceneId);
    await this.pendingScene;
    this.resumeViewer();
    this.viewer.rotate({ yaw: view.yaw, pitch: view.pitch });
    this.setState(this.supported ? 'available' : 'none');
    this.viewer.navbar.getButton(VR_BUTTON, false)?.container.focus({ preventScroll: true });
    // Left VR for a 360° video scene (an arrow chosen in the headset): say why the headset let go.
    if (this.config.scenes.find((s) => s.id === view.sceneId)?.video) {
      this.viewer.notification.show({ id: 'hg-vr-video', content: this.config.strings.videoVrUnsupported, timeout: 6000 });
    }
    this.dispatchEvent(new VrEndEvent(view));
  }
}
