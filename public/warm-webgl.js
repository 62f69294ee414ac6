// The GPU's start-up for the panorama viewer, off the page's main thread (src/components/viewer/warm-webgl.ts):
// one WebGL 2 context, made and let go, then a word to the page. A classic worker file outside the bundle:
// the page starts it from an inline script while it is still being read, before any module has run.
const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
gl?.getExtension('WEBGL_lose_context')?.loseContext();
postMessage(!!gl);
