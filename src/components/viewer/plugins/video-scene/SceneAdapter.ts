/**
 * One adapter for a tour that mixes photo and video scenes. PSV fixes a viewer's adapter for its
 * life, and its video adapters neither fade between panoramas nor preload them, so this one hands
 * each panorama to PSV's EquirectangularTilesAdapter (photos) or EquirectangularVideoAdapter
 * (videos, loaded on the first video scene) and answers "no transition, no preload" whenever a
 * video is involved: the move between a video and a photo scene is a plain cut, both ways.
 * Its id contains "video" because PSV's VideoPlugin checks for that.
 */
import { AbstractAdapter, type PanoData, type TextureData, type Viewer } from '@photo-sphere-viewer/core';
import { TilesAdapter } from '../../tiles-adapter.ts';
import type { Mesh, Object3D, VideoTexture } from 'three';
import type { SceneAdapterConfig, VideoPanorama } from './model.ts';
import { pickRendition } from './rendition.ts';

type Kind = 'tiles' | 'video';
type AnyAdapter = AbstractAdapter<unknown, unknown, unknown, Object3D>;
type VideoPart = typeof import('./video-part.ts');

export const isVideoPanorama = (panorama: unknown): panorama is VideoPanorama => typeof panorama === 'object' && panorama !== null && 'video' in panorama;

export class SceneAdapter extends AbstractAdapter<unknown, unknown, unknown, Object3D> {
  static override readonly id = 'equirectangular-tiles-or-video';
  static override readonly supportsDownload = false;

  static withConfig(config: SceneAdapterConfig): [typeof SceneAdapter, SceneAdapterConfig] {
    return [SceneAdapter, config];
  }

  private readonly tiles: AnyAdapter;
  private video?: AnyAdapter & { video?: HTMLVideoElement };
  private part?: Promise<VideoPart>;
  private readonly kinds = new WeakMap<object, Kind>();
  /** What is on screen. */
  current: Kind = 'tiles';

  constructor(viewer: Viewer, config: SceneAdapterConfig = {}) {
    super(viewer);
    this.tiles = new TilesAdapter(viewer, config.tiles ?? {}) as unknown as AnyAdapter;
  }

  /** The video element of the scene on screen, if it is a video scene. */
  get videoElement(): HTMLVideoElement | undefined {
    return this.current === 'video' ? this.video?.video : undefined;
  }

  /** PosterSwapPlugin reads the tiles adapter's queue and state: a video's first frame is sharp at once. */
  get queue(): unknown {
    return this.current === 'tiles' ? (this.tiles as unknown as { queue: unknown }).queue : { tasks: {} };
  }
  get state(): unknown {
    return this.current === 'tiles' ? (this.tiles as unknown as { state: unknown }).state : { tiles: { video: true } };
  }

  override init(): void {
    super.init();
    this.tiles.init();
  }

  override destroy(): void {
    this.tiles.destroy();
    this.video?.destroy();
    super.destroy();
  }

  override supportsTransition(panorama: unknown): boolean {
    return this.current === 'tiles' && !isVideoPanorama(panorama) && this.tiles.supportsTransition(panorama);
  }

  override supportsPreload(panorama: unknown): boolean {
    return !isVideoPanorama(panorama) && this.tiles.supportsPreload(panorama);
  }

  private adapterOf(kind: Kind | undefined): AnyAdapter {
    return kind === 'video' && this.video ? this.video : this.tiles;
  }

  override textureCoordsToSphericalCoords(point: never, data: PanoData): never {
    return this.adapterOf(this.kinds.get(data)).textureCoordsToSphericalCoords(point, data) as never;
  }

  override sphericalCoordsToTextureCoords(position: never, data: PanoData): never {
    return this.adapterOf(this.kinds.get(data)).sphericalCoordsToTextureCoords(position, data) as never;
  }

  /** The video half, downloaded once; the VideoPlugin is registered before the first video loads. */
  private async videoAdapter(): Promise<AnyAdapter> {
    this.part ??= import('./video-part.ts');
    const part = await this.part;
    part.addVideoPlugin(this.viewer);
    this.video ??= new part.EquirectangularVideoAdapter(this.viewer, { autoplay: false, muted: true }) as unknown as AnyAdapter;
    return this.video;
  }

  override async loadTexture(panorama: unknown, loader?: boolean, newPanoData?: never, useXmp?: boolean): Promise<TextureData<unknown, unknown, unknown>> {
    if (!isVideoPanorama(panorama)) {
      const data = await this.tiles.loadTexture(panorama, loader, newPanoData, useXmp);
      this.kinds.set(data.panoData as object, 'tiles');
      return data;
    }
    const adapter = await this.videoAdapter();
    const gl = (this.viewer.renderer as unknown as { renderer: { capabilities: { maxTextureSize: number } } }).renderer.capabilities;
    const rendition = pickRendition(panorama.video.renditions, { maxTextureSize: gl.maxTextureSize, screenShortSide: Math.min(screen.width, screen.height) });
    const element = document.createElement('video');
    element.crossOrigin = 'anonymous';
    element.loop = true;
    element.playsInline = true;
    // Nothing plays with sound on its own: muted until the tourist turns the sound on.
    element.muted = true;
    element.preload = 'auto';
    element.src = rendition.url;
    // The first frame must be decoded before the poster makes way, or the sphere would be black.
    const frame = new Promise<void>((resolve, reject) => {
      element.addEventListener('loadeddata', () => resolve(), { once: true });
      element.addEventListener('error', () => reject(element.error ?? new Error('video error')), { once: true });
    });
    // Reported by the adapter below if the video cannot load; this copy must not go unhandled.
    frame.catch(() => undefined);
    // A cropped video's coverage is in source pixels; the rendition is scaled.
    const source = panorama.video.coverage;
    const scale = source ? rendition.width / source.croppedWidth : 1;
    const coverage = source && Object.fromEntries(Object.entries(source).map(([key, value]) => [key, Math.round(value * scale)]));
    const data = await adapter.loadTexture({ source: element, ...(coverage ? { data: coverage } : {}) }, loader);
    await frame;
    this.kinds.set(data.panoData as object, 'video');
    // The core checks that the texture belongs to the panorama it asked for.
    return { ...data, panorama };
  }

  override createMesh(panoData: PanoData): Object3D {
    const kind = this.kinds.get(panoData) ?? 'tiles';
    const mesh = this.adapterOf(kind).createMesh(panoData);
    this.kinds.set(mesh, kind);
    return mesh;
  }

  override setTexture(mesh: Object3D, textureData: TextureData<unknown, unknown, unknown>, transition: boolean): void {
    const kind = this.kinds.get(mesh) ?? 'tiles';
    if (kind === 'video') {
      // The tiles adapter must not fetch tiles for a panorama that has none.
      Object.assign((this.tiles as unknown as { state: object }).state, { geom: null, tiles: {}, faces: {}, materials: [] });
      (this.tiles as unknown as { queue: { clear(): void } }).queue.clear();
      this.video!.setTexture(mesh, textureData, transition);
      // three uploads a paused video's frame only when told (requestVideoFrameCallback fires on new frames).
      (textureData.texture as VideoTexture).needsUpdate = true;
      this.viewer.needsContinuousUpdate(true);
    } else {
      if (this.current === 'video') this.stopVideo();
      this.tiles.setTexture(mesh, textureData, transition);
    }
    this.current = kind;
  }

  /** Leaving a video scene: the video stops and is let go (the next video scene makes its own). */
  private stopVideo(): void {
    (this.video as unknown as { __removeVideo?: () => void } | undefined)?.__removeVideo?.();
    this.viewer.needsContinuousUpdate(false);
  }

  override setTextureOpacity(mesh: Object3D, opacity: number): void {
    this.adapterOf(this.kinds.get(mesh)).setTextureOpacity(mesh, opacity);
  }

  override disposeTexture(textureData: TextureData<unknown, unknown, unknown>): void {
    const video = isVideoPanorama(textureData.panorama);
    this.adapterOf(video ? 'video' : 'tiles').disposeTexture(textureData);
    // A video left (or superseded while loading) stops downloading too.
    const element = (textureData.texture as { image?: unknown } | undefined)?.image;
    if (video && element instanceof HTMLVideoElement) {
      element.pause();
      element.removeAttribute('src');
      element.load();
    }
  }

  override disposeMesh(mesh: Object3D): void {
    this.adapterOf(this.kinds.get(mesh)).disposeMesh(mesh as Mesh);
  }
}
