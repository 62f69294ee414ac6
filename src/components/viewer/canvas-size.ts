/**
 * A canvas's drawing buffer is made anew each time its `width` or `height` is set, and on this
 * project's software GPU each remake of a WebGL canvas waits for the GPU process (issue 13).
 */

type Dimension = 'width' | 'height';
const DIMENSIONS: Dimension[] = ['width', 'height'];
const own = (dimension: Dimension) => Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, dimension)!;

/**
 * Sizes set during one task reach the drawing buffer once, at the task's end, and not at all when they
 * end where they began. Reads see the size last set. It shadows the prototype's accessors on this one
 * canvas.
 *
 * For the renderer's WebGL canvas, drawn in a later frame: inside PSV's `Viewer` constructor three.js
 * first sizes it for the pixel ratio applied twice (`setPixelRatio` takes the canvas's width, already
 * in device pixels, for CSS pixels: 1160 × 2103 at a phone's 1.75), then PSV's `setSize` puts it back
 * (663 × 1202). Two remakes, 36 ms of main thread in all at Lighthouse's phone size (instrumented),
 * are none. Not for a 2D canvas drawn in the same task: the late resize would clear the drawing.
 */
export function sizeOncePerTask(canvas: HTMLCanvasElement): void {
  const pending: Partial<Record<Dimension, number>> = {};
  const apply = () => {
    for (const dimension of DIMENSIONS) {
      const value = pending[dimension];
      delete pending[dimension];
      if (value !== undefined && value !== own(dimension).get!.call(canvas)) own(dimension).set!.call(canvas, value);
    }
  };
  for (const dimension of DIMENSIONS) {
    Object.defineProperty(canvas, dimension, {
      configurable: true,
      get: () => pending[dimension] ?? own(dimension).get!.call(canvas),
      set: (value: number) => {
        if (pending.width === undefined && pending.height === undefined) queueMicrotask(apply);
        pending[dimension] = Math.floor(value);
      },
    });
  }
}
