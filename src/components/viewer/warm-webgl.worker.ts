/** See warm-webgl.ts: makes one WebGL2 context, says so, and is terminated. */
const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
gl?.getExtension('WEBGL_lose_context')?.loseContext();
postMessage(!!gl);
