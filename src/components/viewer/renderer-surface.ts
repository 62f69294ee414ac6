/**
 * The renderer's canvas and WebGL context, made a task before PSV's `Viewer` (issue 13), which then
 * hands them to three.js (`rendererParameters.canvas` and `.context`). Made inside the Viewer's
 * constructor, the context and then the resize of its drawing buffer to the viewer's size were
 * ≈ 25 ms of its one long task (bench:cpu); here the canvas has the viewer's size before its
 * context exists, so the buffer is made once and three.js's own resize finds nothing to change.
 * PSV's system check asks the same context its questions instead of making a probe context of its own.
 */
import { SYSTEM } from '@photo-sphere-viewer/core';
import { sizeOncePerTask } from './canvas-size.ts';

/**
 * What three.js asks of a context it makes itself (WebGLRenderer: `alpha` is always asked for and
 * handled in the clear colour), with our renderer's choices: no multisampling (a sphere seen from
 * inside has no edges to smooth).
 */
const ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'default',
  failIfMajorPerformanceCaveat: false,
};

export interface RendererSurface {
  canvas?: HTMLCanvasElement;
  context?: WebGL2RenderingContext;
}

/**
 * A canvas the size PSV will give it (`mount`'s box at the device's pixel ratio) and its WebGL 2
 * context. Without WebGL 2 it returns nothing: PSV's check (`loadSystem`) then fails with the error
 * the viewer reports as "no WebGL".
 */
export function rendererSurface(mount: HTMLElement): RendererSurface {
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(mount.clientWidth * ratio);
  canvas.height = Math.floor(mount.clientHeight * ratio);
  // Inside the Viewer's constructor three.js sizes the canvas twice, ending where it began (canvas-size.ts).
  sizeOncePerTask(canvas);
  const context = canvas.getContext('webgl2', ATTRIBUTES);
  return context ? { canvas, context } : {};
}

/**
 * PSV's `SYSTEM.load()` makes a WebGL 2 context only to read the largest texture size (≈ 20 ms on this
 * machine's software GPU, bench:cpu, and a second context for the GPU process to keep): it reads it
 * from the renderer's context instead. Without one, PSV's check finds no WebGL 2 and throws, which the
 * viewer reports as "no WebGL". Then, PSV's largest-canvas probe fills canvases from MAX_TEXTURE_SIZE
 * down (250 ms, BENCHMARKS.md "First view trace") only to shrink images wider than it; our bases are
 * 512 px (src/panorama/settings.ts), and 4096 is a width every browser allows (iOS Safari: 4096×4096).
 */
export function loadSystem(surface: RendererSurface): void {
  const getContext = HTMLCanvasElement.prototype.getContext;
  // PSV's probe is `document.createElement('canvas').getContext('webgl2')`, asked once, here.
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return type === 'webgl2' ? (surface.context ?? null) : (getContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof getContext;
  try {
    SYSTEM.load();
  } finally {
    HTMLCanvasElement.prototype.getContext = getContext;
  }
  SYSTEM.__maxCanvasWidth ??= Math.min(4096, SYSTEM.maxTextureWidth);
}
