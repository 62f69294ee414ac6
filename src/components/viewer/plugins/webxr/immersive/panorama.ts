/**
 * The panorama in the headset: one equirectangular texture on one sphere. The 512-px base image
 * shows at once (it is usually cached already), then the tiles of the widest level the GPU takes
 * are stitched into a single canvas and swapped in. One texture, not a sphere of tiles: one draw
 * call per eye, no seams between tiles, and the same sphere mesh PSV uses, so angles agree.
 */
import { CanvasTexture, LinearFilter, Mesh, MeshBasicMaterial, SphereGeometry, type Texture } from 'three';
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

/** All tiles of one level drawn into one canvas, six downloads at a time. */
export async function loadLevel(panorama: ViewerPanorama, index: number, signal: AbortSignal): Promise<Texture> {
  const level = panorama.levels[index]!;
  const canvas = document.createElement('canvas');
  canvas.width = level.width;
  canvas.height = level.width / 2;
  const context = canvas.getContext('2d')!;
  const tileWidth = level.width / level.cols;
  const tileHeight = level.width / 2 / level.rows;
  const jobs: [number, number][] = [];
  for (let row = 0; row < level.rows; row++) for (let col = 0; col < level.cols; col++) jobs.push([col, row]);
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const [col, row] = job;
      const url = panorama.tileUrl.replace('{level}', String(index)).replace('{col}', String(col)).replace('{row}', String(row));
      const image = await bitmap(url, signal);
      context.drawImage(image, col * tileWidth, row * tileHeight, tileWidth, tileHeight);
      image.close();
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return texture(canvas);
}
