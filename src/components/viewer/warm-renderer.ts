/**
 * The renderer's first frames used to stop the main thread twice while the software GPU caught up
 * (bench:cpu --after, issue 13): compiling the viewer's shader programs (≈ 70 ms) and the first
 * anisotropy query (≈ 50 ms, asked when the first sharp tile arrives, behind every upload queued
 * before it). Both are asked here, as soon as the renderer exists and its queue is empty: the query
 * costs a round trip, and the program compiles in the GPU process (KHR_parallel_shader_compile)
 * while the page fetches the base image. three.js caches programs by their parameters, so PSV's own
 * materials find it made. Of PSV's two programs only the textured one is still drawn: the see-through
 * one served the pointing sphere (below) and the tiles' placeholders (tiles-adapter.ts).
 */
import type { Viewer } from '@photo-sphere-viewer/core';
import { whenIdle } from '../../util/idle.ts';
import { DataTexture, Mesh, MeshBasicMaterial, PerspectiveCamera, PlaneGeometry, Scene, type Material, type WebGLRenderer } from 'three';

/**
 * PSV keeps a see-through sphere in its scene only to find what the pointer is over (raycasting reads
 * its geometry, not its material): drawn, it was a blended pass over the whole view on every frame,
 * with a shader program of its own. three.js skips a mesh whose material is not `visible`; PSV's
 * pointing filters on the mesh's `visible`, which stays true.
 */
function skipPointingSphere(scene: Scene): void {
  for (const object of scene.children) {
    if ((object as Mesh).isMesh && object.userData?.photoSphereViewer) ((object as Mesh).material as Material).visible = false;
  }
}

export function warmRenderer(viewer: Viewer): void {
  const psvRenderer = viewer.renderer as unknown as { renderer?: WebGLRenderer; scene?: Scene };
  const renderer = psvRenderer.renderer;
  if (!renderer) return;
  if (psvRenderer.scene) skipPointingSphere(psvRenderer.scene);
  renderer.capabilities.getMaxAnisotropy();
  const geometry = new PlaneGeometry();
  // The one program left to draw: the panorama's textured material, the base image's and each tile's
  // (tiles-adapter.ts does not draw the placeholders of faces whose tile has not arrived).
  const materials = [new MeshBasicMaterial({ map: new DataTexture(new Uint8Array(4), 1, 1) })];
  const scene = new Scene().add(...materials.map((material) => new Mesh(geometry, material)));
  const camera = new PerspectiveCamera();
  // Without KHR_parallel_shader_compile (SwiftShader, some older phones) the GPU process still compiles
  // while the page goes on; the wait, if any is left, then falls into an idle moment rather than a frame.
  const compiled = renderer.extensions.has('KHR_parallel_shader_compile')
    ? renderer.compileAsync(scene, camera)
    : new Promise<void>((resolve) => {
        renderer.compile(scene, camera);
        whenIdle(resolve, 300);
      });
  void compiled.then(() => {
    // Compiled: reading their uniforms now is a quick round trip, not a wait in the first frames.
    // The materials are kept (never disposed): disposing them would delete the programs.
    for (const material of materials) (renderer.properties.get(material) as { currentProgram?: { getUniforms(): unknown } }).currentProgram?.getUniforms();
  });
}
