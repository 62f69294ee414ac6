/**
 * The panorama in the headset: one equirectangular texture on one sphere. The 512-px base image
 * shows at once (it is usually cached already), then the tiles of the widest level the GPU takes
 * are stitched straight into one GPU texture and swapped in when complete. One texture, not a
 * sphere of tiles: one draw call per eye, no seams between tiles, and the same sphere mesh PSV
 * uses, so angles agree.
 */
import { CanvasTexture, DataTexture, LinearFilter, Mesh, MeshBasicMaterial, SphereGeometry, Vector2, type Texture, type WebGLRenderer } from 'three';
import type { ViewerPanorama } from '../../../../../data/viewer-config.ts';

/** Far enough that both eyes see the photo at infinity (no stereo depth on a flat photo). */
export const SPHERE_RADIUS = 50;

/** PSV's own sphere: seam behind, yaw 0 at the image centre, inside-out. */
export function panoramaSphere(): Mesh<SphereGeometry, MeshBasicMaterial> {
  const geometry = new SphereGeometry(SPHERE_RADIUS, 96, 48, -Math.PI / 2).scale(-1, 1, 1);
  const material = new MeshBasicMaterial({ depthWrite: false });
  const mesh = new Mesh(geometry, material);
  mesh.renderOrder = -1;
  return mesh;
}

/**
 * Index of the widest tile level no wider than `maxWidth`, or -1 if none fits (then the base
 * image is all the headset gets).
 */
export function pickLevel(levels: ViewerPanorama['levels'], maxWidth: number): number {
  let best = -1;
  levels.forEach((level, i) => {
    if (level.width <= maxWidth && (best < 0 || level.width > levels[best]!.width)) best = i;
  });
  return best;
}

function texture(canvas: HTMLCanvasElement): Texture {
  const t = new CanvasTexture(canvas);
  // About one texel per headset pixel: mipmaps would cost a third more memory and a slow
  // generation pass on an 8192-px texture for no visible gain.
  t.generateMipmaps = false;
  t.minFilter = LinearFilter;
  t.magFilter = LinearFilter;
  return t;
}

async function bitmap(url: string, signal: AbortSignal): Promise<ImageBitmap> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return createImageBitmap(await response.blob());
}

/** The 512-px base image as a texture. */
export async function loadBase(panorama: ViewerPanorama, signal: AbortSignal): Promise<Texture> {
  const image = await bitmap(panorama.baseUrl, signal);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  canvas.getContext('2d')!.drawImage(image, 0, 0);
  image.close();
  return texture(canvas);
}

/** Pixels uploaded per XR frame: ~1 ms of copying, so no frame is ever dropped for it. */
const UPLOAD_BUDGET = 512 * 512;

/**
 * All tiles of one level copied into one texture, a few per frame. Tiles are downloaded eight at
 * a time and decoded off the main thread (createImageBitmap), then read as plain pixels; each
 * frame copies a budget of them into the GPU texture from memory (texSubImage2D from an array:
 * the fast path everywhere, where uploading bitmaps one by one was 4× slower in SwiftShader).
 * A single 8192-px upload (128 MiB) would stall the headset for several frames, and a stitching
 * canvas would hold another 128 MiB in memory.
 */
export class LevelStitcher {
  readonly texture: DataTexture;
  readonly width: number;
  private readonly ready: { tile: DataTexture; x: number; y: number }[] = [];
  private left: number;
  private failed = false;

  constructor(panorama: ViewerPanorama, index: number, signal: AbortSignal) {
    const level = panorama.levels[index]!;
    this.width = level.width;
    const height = level.width / 2;
    this.texture = new DataTexture(null, level.width, height);
    // Allocated on the GPU only; the tiles fill it.
    this.texture.source.dataReady = false;
    this.texture.needsUpdate = true;
    this.texture.minFilter = LinearFilter;
    this.texture.magFilter = LinearFilter;
    const tileWidth = level.width / level.cols;
    const tileHeight = height / level.rows;
    const jobs: [number, number][] = [];
    for (let row = 0; row < level.rows; row++) for (let col = 0; col < level.cols; col++) jobs.push([col, row]);
    this.left = jobs.length;
    const canvas = document.createElement('canvas');
    canvas.width = tileWidth;
    canvas.height = tileHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const worker = async () => {
      for (let job = jobs.shift(); job && !signal.aborted; job = jobs.shift()) {
        const [col, row] = job;
        const url = panorama.tileUrl.replace('{level}', String(index)).replace('{col}', String(col)).replace('{row}', String(row));
        const response = await fetch(url, { signal });
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        // Flipped and placed bottom-up, as three lays out an image texture (row 0 at the bottom).
        const image = await createImageBitmap(await response.blob(), { imageOrientation: 'flipY' });
        context.drawImage(image, 0, 0, tileWidth, tileHeight);
        image.close();
        const pixels = new Uint8Array(context.getImageData(0, 0, tileWidth, tileHeight).data.buffer);
        if (!signal.aborted) this.ready.push({ tile: new DataTexture(pixels, tileWidth, tileHeight), x: col * tileWidth, y: height - (row + 1) * tileHeight });
      }
    };
    Promise.all(Array.from({ length: 8 }, worker)).catch(() => (this.failed = true));
  }

  /** Copies the tiles that arrived, within the frame's budget; true once the texture is whole. */
  step(renderer: WebGLRenderer): boolean {
    let budget = UPLOAD_BUDGET;
    while (budget > 0 && this.ready.length) {
      const { tile, x, y } = this.ready.shift()!;
      renderer.copyTextureToTexture(tile, this.texture, null, new Vector2(x, y));
      budget -= tile.image.width * tile.image.height;
      this.left--;
    }
    return this.left === 0;
  }

  /** A tile could not be downloaded: the base image stays. */
  get broken(): boolean {
    return this.failed;
  }

  dispose(): void {
    this.ready.length = 0;
    this.texture.dispose();
  }
}
