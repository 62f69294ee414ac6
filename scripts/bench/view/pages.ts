/**
 * The peers' benchmark pages. Each is the smallest page that shows the photo the way its tool ships it, in a
 * viewer filling a 1280×720 viewport, at the same initial view: yaw 0 (centre of the photo), pitch 0,
 * vertical FOV 60°. UI chrome (navbars, controls) is off so that screenshots of the peers line up; it is not
 * on the critical path of the first frame anyway. `?yaw=&pitch=` (degrees) override the initial direction so
 * that `--shots` can check the cube faces are oriented right.
 */

/** Vertical field of view of every contender's initial view, degrees. */
export const INITIAL_VFOV = 60;

/** Reads `?yaw=&pitch=` (degrees); shared by all pages so they agree on what the parameters mean. */
const READ_VIEW = `const q = new URLSearchParams(location.search);
  const yawDeg = Number(q.get('yaw') ?? 0);
  const pitchDeg = Number(q.get('pitch') ?? 0);`;

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>html, body { margin: 0; height: 100%; overflow: hidden; background: #000; } #viewer { position: fixed; inset: 0; }</style>
${head}
</head>
<body>
<div id="viewer"></div>
${body}
</body>
</html>
`;
}

export interface PsvPageOptions {
  /** URLs relative to the page. */
  three: string;
  psv: string;
  psvCss: string;
  panorama: string;
}

/**
 * Plain Photo Sphere Viewer with the single equirectangular JPEG. Loaded as native ES modules through an import
 * map, no bundler: that is what PSV's ESM build expects (`import … from "three"`). Zoom level 50 with PSV's
 * default minFov 30 / maxFov 90 is exactly a 60° vertical FOV.
 */
export function psvPage(o: PsvPageOptions): string {
  const importMap = JSON.stringify({ imports: { three: o.three, '@photo-sphere-viewer/core': o.psv } });
  return page(
    'PSV (single image)',
    `<link rel="stylesheet" href="${o.psvCss}">\n<script type="importmap">${importMap}</script>`,
    `<script type="module">
  import { Viewer } from '@photo-sphere-viewer/core';
  ${READ_VIEW}
  new Viewer({
    container: 'viewer',
    panorama: ${JSON.stringify(o.panorama)},
    defaultYaw: yawDeg + 'deg',
    defaultPitch: pitchDeg + 'deg',
    defaultZoomLvl: 50,
    navbar: false,
  });
</script>`,
  );
}

export interface MarzipanoPageOptions {
  marzipano: string;
  faceSize: number;
  levels: { tileSize: number; size: number; fallbackOnly?: boolean }[];
}

/**
 * Marzipano as Marzipano Tool exports a scene (app-files/index.js): ImageUrlSource.fromString with the tile
 * pattern and the preview strip, CubeGeometry(levels), pinFirstLevel so the preview stays loaded. Deliberate
 * differences, each needed for the common initial view:
 * - the tool's `scene.switchTo()` fades the first scene in over Marzipano's default 1000 ms; a decorative fade
 *   would only blur "first frame" and "sharp", so it is 0 here;
 * - the tool's `limit.traditional(faceSize, …)` also caps zoom at the face resolution, which for a 1024-px
 *   face in a 720-px viewport means a vertical FOV of at least 70°: the same limiter without that cap;
 * - Marzipano's positive pitch looks down in practice (its docs say up), so pitch is negated;
 * - yaw/pitch are nudged by 1e-4 rad (≈0.1 px): at exactly yaw 0 the side faces' edge vertices sit on the
 *   camera plane (w = 0; Marzipano's vertex shader overrides z, so there is no near clipping) and SwiftShader
 *   drops those tiles, leaving black bars.
 */
export function marzipanoPage(o: MarzipanoPageOptions): string {
  const data = JSON.stringify({ faceSize: o.faceSize, levels: o.levels });
  return page(
    'Marzipano (cube tiles)',
    `<script src="${o.marzipano}"></script>`,
    `<script>
  ${READ_VIEW}
  const data = ${data};
  const nudge = 1e-4;
  const viewer = new Marzipano.Viewer(document.getElementById('viewer'), { controls: { mouseViewMode: 'drag' } });
  const source = Marzipano.ImageUrlSource.fromString('tiles/{z}/{f}/{y}/{x}.jpg', { cubeMapPreviewUrl: 'preview.jpg' });
  const geometry = new Marzipano.CubeGeometry(data.levels);
  const limit = Marzipano.RectilinearView.limit;
  const limiter = Marzipano.util.compose(limit.vfov(0, 100 * Math.PI / 180), limit.hfov(0, 120 * Math.PI / 180), limit.pitch(-Math.PI / 2, Math.PI / 2));
  const view = new Marzipano.RectilinearView(
    { yaw: yawDeg * Math.PI / 180 + nudge, pitch: -pitchDeg * Math.PI / 180 + nudge, fov: ${INITIAL_VFOV} * Math.PI / 180 },
    limiter,
  );
  const scene = viewer.createScene({ source, geometry, view, pinFirstLevel: true });
  scene.switchTo({ transitionDuration: 0 });
</script>`,
  );
}

export interface PannellumPageOptions {
  pannellum: string;
  pannellumCss: string;
  multiRes: Record<string, unknown>;
}

/**
 * Pannellum with generate.py's multires config. Pannellum's `hfov` is horizontal, so it is derived from the
 * container's aspect to give the same 60° vertical FOV as the others (≈ 91.5° at 16:9).
 */
export function pannellumPage(o: PannellumPageOptions): string {
  return page(
    'Pannellum (multires)',
    `<link rel="stylesheet" href="${o.pannellumCss}">\n<script src="${o.pannellum}"></script>`,
    `<script>
  ${READ_VIEW}
  const el = document.getElementById('viewer');
  const hfov = 2 * Math.atan(Math.tan(${INITIAL_VFOV / 2} * Math.PI / 180) * el.clientWidth / el.clientHeight) * 180 / Math.PI;
  pannellum.viewer('viewer', {
    type: 'multires',
    multiRes: ${JSON.stringify(o.multiRes)},
    autoLoad: true,
    showControls: false,
    yaw: yawDeg,
    pitch: pitchDeg,
    hfov,
  });
</script>`,
  );
}

export interface FloorPageOptions {
  three: string;
  poster: string;
  base: string;
  /** PSV's ESM module and stylesheet: the viewer is PSV (its core alone) instead of three.js by hand. */
  psv?: { module: string; css: string };
}

/**
 * The floors: only what any live panorama page must do, in our scene page's order (issue 13). A header,
 * then a poster `<img>` of the view paints first; then the viewer's code is imported, one WebGL context
 * made, and one 512-px equirectangular image drawn on a sphere over the poster. No tiles, no controls,
 * no plugins.
 * - three.js by hand (no `psv`): whatever Lighthouse and bench:view measure on it, no live WebGL
 *   panorama page can do better on this machine.
 * - PSV's core (`psv`): the least a page built on Photo Sphere Viewer, the stack this project uses, can do.
 * Their view is not aligned with the reference (they are not compared pixel for pixel): any panorama
 * frame counts as their first.
 */
export function floorPage(o: FloorPageOptions): string {
  const importMap = JSON.stringify({ imports: { three: o.three, ...(o.psv ? { '@photo-sphere-viewer/core': o.psv.module } : {}) } });
  const draw = o.psv
    ? `const { Viewer } = await import('@photo-sphere-viewer/core');
  new Viewer({ container: 'viewer', panorama: ${JSON.stringify(o.base)}, defaultZoomLvl: 50, navbar: false });`
    : `const THREE = await import('three');
  const renderer = new THREE.WebGLRenderer({ alpha: true });
  renderer.setPixelRatio(devicePixelRatio);
  const box = document.getElementById('viewer');
  renderer.setSize(box.clientWidth, box.clientHeight);
  box.append(renderer.domElement);
  const texture = await new THREE.TextureLoader().loadAsync(${JSON.stringify(o.base)});
  texture.colorSpace = THREE.SRGBColorSpace;
  const sphere = new THREE.Mesh(new THREE.SphereGeometry(10, 32, 16).scale(-1, 1, 1), new THREE.MeshBasicMaterial({ map: texture }));
  const camera = new THREE.PerspectiveCamera(${INITIAL_VFOV}, box.clientWidth / box.clientHeight, 0.1, 100);
  // The canvas covers the poster (a poster removed before it was ever presented would not be the LCP).
  renderer.render(new THREE.Scene().add(sphere), camera);`;
  return page(
    o.psv ? 'PSV floor (poster, then PSV with one image)' : 'three.js floor (poster, then one textured sphere)',
    `${o.psv ? `<link rel="stylesheet" href="${o.psv.css}">\n` : ''}<script type="importmap">${importMap}</script>
<style>
  /* A header above the viewer, as on our scene page: Chrome does not count an image that fills the whole
     viewport as a Largest Contentful Paint (it treats it as a background), and then Lighthouse has no score. */
  header { position: fixed; inset: 0 0 auto; height: 56px; padding: 0 16px; color: #fff; font: 600 20px/56px system-ui, sans-serif; }
  #viewer, #poster { position: fixed; inset: 56px 0 0; width: 100%; height: calc(100% - 56px); object-fit: cover; }
  #viewer { z-index: 1; }
</style>`,
    `<header>Floor</header>
<img id="poster" src="${o.poster}" alt="" fetchpriority="high">
<script type="module">
  const poster = document.getElementById('poster');
  await poster.decode().catch(() => {});
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  ${draw}
</script>`,
  );
}
