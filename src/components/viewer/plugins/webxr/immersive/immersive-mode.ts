/**
 * The immersive session: its own three.js renderer and scene (same three.js module as PSV, so
 * one copy in the bundle), driven by the XR session's frame loop while PSV draws nothing.
 * Its own renderer rather than PSV's: a context created for XR is never swapped under PSV's
 * feet (makeXRCompatible may lose and restore a context on multi-GPU machines), PSV's scene and
 * size are left untouched, and everything VR loaded is freed at once when the session ends.
 */
import { Group, LinearSRGBColorSpace, PerspectiveCamera, Quaternion, Scene, Vector3, WebGLRenderer, type Texture } from 'three';
import type { ViewerScene } from '../../../../../data/viewer-config.ts';
import type { ExitView, WebXrStrings } from '../model.ts';
import { heading, turnFor, yawOf } from './angles.ts';
import { areaOutline, disposeOutline, setOutlineLit } from './area-outline.ts';
import { areaCardPosition, areaHotspotOnRay } from './area-pick.ts';
import { ExitButton } from './exit-button.ts';
import { Fade } from './fade.ts';
import { openPanel, type Panel } from './panel.ts';
import { LevelStitcher, loadBase, panoramaSphere, pickLevel } from './panorama.ts';
import { Pointers } from './pointers.ts';
import { disposeTarget, hotspotTarget, linkTarget, setHover, type Target } from './targets.ts';
import { DEG } from '../../../../../util/angles.ts';

const orientation = new Quaternion();

export interface ImmersiveOptions {
  session: XRSession;
  scenes: ViewerScene[];
  strings: WebXrStrings;
  dwell: number;
  maxTextureWidth: number;
  sceneId: string;
  /** Variant photo on screen when VR started, if any. */
  variant: string | undefined;
  /** Yaw the page faced (PSV radians): it is straight ahead when the headset starts. */
  yaw: number;
  /** Pitch the page faced (PSV radians), given back on leaving if the scene is the same. */
  pitch: number;
  goTo: (sceneId: string) => void;
  onEnd: (view: ExitView) => void;
}

export class ImmersiveMode {
  static async start(options: ImmersiveOptions): Promise<ImmersiveMode> {
    const mode = new ImmersiveMode(options);
    try {
      await mode.begin();
    } catch (error) {
      // The session could not use this context: free it, the plugin ends the session.
      mode.renderer.dispose();
      throw error;
    }
    return mode;
  }

  /** No MSAA: the photo is a texture, with no edges to smooth; it would cost fill rate on mobile GPUs. */
  readonly renderer = new WebGLRenderer({ antialias: false, alpha: false });
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(70, 1, 0.05, 200);
  /** Panorama and its targets, turned about the vertical so the wanted yaw lies ahead. */
  private readonly world = new Group();
  private readonly sphere = panoramaSphere();
  private readonly fade = new Fade();
  private readonly exit: ExitButton;
  private readonly pointers: Pointers;
  private readonly head = new Vector3();
  private readonly headForward = new Vector3(0, 0, -1);
  private targets: Target[] = [];
  /** The scene's area hotspots' outlines, by hotspot id. */
  private outlines = new Map<string, ReturnType<typeof areaOutline>>();
  private litOutline: string | undefined;
  private panel: Panel | undefined;
  private loads = new AbortController();
  /** The sharp texture being filled for the scene on show, if any. */
  private stitcher: LevelStitcher | undefined;
  private changing = false;
  private lastTime = 0;
  private ended = false;
  /** A video scene chosen in VR: the session ends onto it (set just before ending). */
  private leftFor: string | undefined;
  private readonly startedAt = performance.now();
  private variant: string | undefined;

  sceneId: string;
  /** Width of the panorama texture shown: the 512-px base, then the stitched tile level. */
  resolution = 0;
  frames = 0;
  /** Milliseconds from the session's start to the first XR frame with the panorama. */
  firstFrameMs: number | undefined;
  /** Milliseconds from the session's start until the first scene's stitched texture showed. */
  sharpMs: number | undefined;

  private readonly options: ImmersiveOptions;

  private constructor(options: ImmersiveOptions) {
    this.options = options;
    this.sceneId = options.sceneId;
    this.variant = options.variant;
    // Same colour handling as PSV (it turns three's colour management off): photos show as on the page.
    this.renderer.outputColorSpace = LinearSRGBColorSpace;
    this.world.add(this.sphere);
    this.exit = new ExitButton(options.strings.exitVr);
    this.scene.add(this.world, this.exit.group, this.fade.mesh);
    this.pointers = new Pointers(this.scene, options.dwell, () => this.allTargets(), (t) => this.choose(t), (d) => this.areaTarget(d));
  }

  private async begin(): Promise<void> {
    const { session } = this.options;
    const xr = this.renderer.xr;
    xr.enabled = true;
    xr.setReferenceSpaceType('local');
    await xr.setSession(session);
    session.addEventListener('select', this.onSelect);
    session.addEventListener('end', this.onEnd);
    this.renderer.setAnimationLoop((time, frame) => this.onFrame(time, frame));
    void this.showScene(this.sceneId, this.options.yaw)
      .catch(() => undefined)
      .then(() => this.fade.to(0));
  }

  /** Ends the session (exit target, or the plugin going away); cleanup follows its `end` event. */
  async end(): Promise<void> {
    if (!this.ended) await this.options.session.end().catch(() => undefined);
  }

  /** A summary for tests: where the targets are (unit vectors from the head's start), what shows. */
  state() {
    const position = new Vector3();
    return {
      sceneId: this.sceneId,
      resolution: this.resolution,
      frames: this.frames,
      firstFrameMs: this.firstFrameMs,
      sharpMs: this.sharpMs,
      gazeMode: this.pointers.gazeMode,
      dwell: this.pointers.dwellProgress,
      panel: this.panel?.hotspotId ?? null,
      /** Area hotspots drawn as outlines, and the one a ray points into. */
      outlines: [...this.outlines.keys()],
      litOutline: this.litOutline ?? null,
      fade: this.fade.opacity,
      changing: this.changing,
      /** The panorama's turn about the vertical (radians): tests point at places of the photo through it. */
      turn: this.world.rotation.y,
      targets: this.allTargets().map((t) => {
        t.mesh.getWorldPosition(position).normalize();
        return { kind: t.kind, id: t.id, direction: position.toArray() };
      }),
    };
  }

  private allTargets(): Target[] {
    return [...this.targets, ...(this.panel?.targets ?? []), this.exit.target];
  }

  /** The info card of the area hotspot a ray points into (the card lights up as if hit). */
  private areaTarget(direction: Vector3): Target | undefined {
    const id = areaHotspotOnRay(this.sceneById(this.sceneId).hotspots, direction, this.world.rotation.y);
    return id === undefined ? undefined : this.targets.find((t) => t.kind === 'hotspot' && t.id === id);
  }

  /** An area's outline lights while a ray (or the gaze) is on its card or inside it: any pointer, not the last one. */
  private lightOutlines(): void {
    const lit = [...this.pointers.hoveredTargets].find((t) => t.kind === 'hotspot' && this.outlines.has(t.id))?.id;
    if (lit === this.litOutline) return;
    for (const [id, line] of this.outlines) setOutlineLit(line, id === lit);
    this.litOutline = lit;
  }

  private sceneById(id: string): ViewerScene {
    return this.options.scenes.find((s) => s.id === id) ?? this.options.scenes[0]!;
  }

  /** Shows a scene with `yaw` (PSV radians) where the head faces now; sharpens it afterwards. */
  private async showScene(id: string, yaw: number): Promise<void> {
    if (this.ended) return; // a scene change that was fading when the session ended
    const scene = this.sceneById(id);
    const panorama = scene.variants.find((v) => v.id === this.variant)?.panorama ?? scene.panorama;
    this.loads.abort();
    this.loads = new AbortController();
    // The previous scene's sharp texture must never land on this one.
    this.stitcher?.dispose();
    this.stitcher = undefined;
    const { signal } = this.loads;
    const base = await loadBase(panorama, signal);
    if (signal.aborted || this.ended) return void base.dispose();
    this.setTexture(base);
    this.sceneId = scene.id;
    for (const target of this.targets) disposeTarget(target);
    this.targets = [
      ...scene.links.map((link) => linkTarget(link.to, this.sceneById(link.to).title, link.yaw * DEG, link.pitch * DEG)),
      ...scene.hotspots.map((h) => {
        const at = h.area ? areaCardPosition(h.area, h) : h;
        return hotspotTarget(h.id, h.title, at.yaw * DEG, at.pitch * DEG);
      }),
    ];
    for (const target of this.targets) {
      setHover(target, false);
      this.world.add(target.mesh);
    }
    for (const line of this.outlines.values()) disposeOutline(line);
    this.outlines = new Map(scene.hotspots.flatMap((h) => (h.area ? [[h.id, areaOutline(h.area)] as const] : [])));
    this.litOutline = undefined;
    for (const line of this.outlines.values()) this.world.add(line);
    this.world.rotation.y = turnFor(yaw, heading(this.headForward));
    this.pointers.reset();
    const level = pickLevel(panorama.levels, Math.min(this.options.maxTextureWidth, this.renderer.capabilities.maxTextureSize));
    this.stitcher = level < 0 ? undefined : new LevelStitcher(panorama, level, signal);
  }

  /** Fills the sharp texture a little each frame; swaps it in once whole. */
  private sharpen(): void {
    const stitcher = this.stitcher;
    if (!stitcher) return;
    if (stitcher.broken) {
      stitcher.dispose();
      this.stitcher = undefined;
    } else if (stitcher.step(this.renderer)) {
      this.stitcher = undefined;
      this.setTexture(stitcher.texture);
      this.sharpMs ??= Math.round(performance.now() - this.startedAt);
    }
  }

  private setTexture(texture: Texture): void {
    const material = this.sphere.material;
    const old = material.map;
    material.map = texture;
    material.needsUpdate = true;
    old?.dispose();
    this.resolution = (texture.image as { width: number }).width;
  }

  private choose(target: Target | undefined): void {
    if (this.changing) return;
    if (!target) return this.closePanel();
    // A 360° video scene cannot be drawn here (VR draws from tiles): leave VR onto it, where it plays.
    if (target.kind === 'link' && this.sceneById(target.id).video) void this.leaveFor(target.id);
    else if (target.kind === 'link') void this.goTo(target.id);
    else if (target.kind === 'hotspot') this.openPanel(target.id);
    else if (target.kind === 'close') this.closePanel();
    else if (target.kind === 'exit') void this.end();
  }

  /** Fade to black, change scene (the page's tour follows), fade back: no camera motion. */
  private async goTo(id: string): Promise<void> {
    this.changing = true;
    this.closePanel();
    this.options.goTo(id);
    await this.fade.to(1);
    // Variants belong to one scene: the next one opens on its main photo, as on the page.
    this.variant = undefined;
    await this.showScene(id, this.sceneById(id).view.yaw * DEG).catch(() => undefined);
    await this.fade.to(0);
    this.changing = false;
  }

  /** Fade to black and end the session; the page then opens `id`, facing its own opening view. */
  private async leaveFor(id: string): Promise<void> {
    this.changing = true;
    this.closePanel();
    await this.fade.to(1);
    this.leftFor = id;
    await this.end();
  }

  private openPanel(hotspotId: string): void {
    const hotspot = this.sceneById(this.sceneId).hotspots.find((h) => h.id === hotspotId);
    if (!hotspot) return;
    this.closePanel();
    this.panel = openPanel(hotspot, this.options.strings.close, hotspot.yaw * DEG, hotspot.pitch * DEG);
    this.world.add(this.panel.group);
  }

  private closePanel(): void {
    this.panel?.dispose();
    this.panel = undefined;
    this.pointers.reset();
  }

  private readonly onSelect = (event: XRInputSourceEvent): void => {
    const space = this.renderer.xr.getReferenceSpace();
    if (space) this.pointers.onSelect(event, space);
  };

  private onFrame(time: number, frame: XRFrame | undefined): void {
    const space = this.renderer.xr.getReferenceSpace();
    if (!frame || !space) return;
    // Real seconds (dwell is a promise in seconds), but no jump after the session was paused.
    const dt = this.lastTime ? Math.min(0.5, (time - this.lastTime) / 1000) : 0;
    this.lastTime = time;
    const pose = frame.getViewerPose(space) ?? undefined;
    if (pose) {
      const { position: p, orientation: o } = pose.transform;
      this.head.set(p.x, p.y, p.z);
      this.headForward.set(0, 0, -1).applyQuaternion(orientation.set(o.x, o.y, o.z, o.w));
    }
    this.exit.follow(this.headForward);
    this.fade.step(dt, this.head);
    this.scene.updateMatrixWorld();
    this.pointers.update(frame, space, pose, dt);
    this.lightOutlines();
    this.sharpen();
    this.renderer.render(this.scene, this.camera);
    this.frames++;
    if (this.firstFrameMs === undefined && this.resolution) this.firstFrameMs = Math.round(performance.now() - this.startedAt);
  }

  /** The session is over, whoever ended it: free everything and hand the view back to the page. */
  private readonly onEnd = (): void => {
    if (this.ended) return;
    this.ended = true;
    // The head's last heading, in the panorama's frame, in PSV's yaw convention. Not its pitch:
    // the tourist looks down at the exit button; the page keeps a comfortable pitch instead.
    const v = this.headForward.clone().applyAxisAngle(new Vector3(0, 1, 0), -this.world.rotation.y);
    const view: ExitView = this.leftFor ? { sceneId: this.leftFor, yaw: this.sceneById(this.leftFor).view.yaw * DEG, pitch: this.sceneById(this.leftFor).view.pitch * DEG } : {
      sceneId: this.sceneId,
      yaw: yawOf(v),
      pitch: this.sceneId === this.options.sceneId ? this.options.pitch : this.sceneById(this.sceneId).view.pitch * DEG,
    };
    const { session } = this.options;
    session.removeEventListener('select', this.onSelect);
    session.removeEventListener('end', this.onEnd);
    this.renderer.setAnimationLoop(null);
    this.loads.abort();
    this.stitcher?.dispose();
    this.closePanel();
    this.pointers.dispose();
    for (const target of this.targets) disposeTarget(target);
    for (const line of this.outlines.values()) disposeOutline(line);
    this.exit.dispose();
    this.sphere.material.map?.dispose();
    this.sphere.geometry.dispose();
    this.sphere.material.dispose();
    this.fade.dispose();
    this.renderer.dispose();
    this.options.onEnd(view);
  };
}
