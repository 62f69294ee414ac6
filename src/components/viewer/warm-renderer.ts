/**
 * The renderer's first frames used to stop the main thread twice while the software GPU caught up
 * (bench:cpu --after, issue 13): compiling the viewer's two shader programs (≈ 70 ms; the panorama's
 * textured material and the tiles' see-through placeholder) and the first anisotropy query (≈ 50 ms,
 * asked when the first sharp tile arrives, behind every upload queued before it). Both are asked
 * here, as soon as the renderer exists and its queue is empty: the query costs a round trip, and
 * the programs compile in the GPU process (KHR_parallel_shader_compile) while the page fetches the
 * base image. three.js caches programs by their parameters, so PSV's own materials find them made.
 */
import type { Viewer } from '@photo-sphere-viewer/core';
import { whenIdle } from './idle.ts';
import { DataTexture, Mesh, MeshBasicMaterial, PerspectiveCamera, PlaneGeometry, Scene, type WebGLRenderer } from 'three';

export function warmRenderer(viewer: Viewer): void {
  const renderer = (viewer.renderer as unknown as { renderer?: WebGLRenderer }).renderer;
  if (!renderer) return;
  renderer.capabilities.getMaxAnisotropy();
  const geometry = new PlaneGeometry();
  const materials = [
    // The equirectangular adapter's panorama (and each tile) …
    new MeshBasicMaterial({ map: new DataTexture(new Uint8Array(4), 1, 1) }),
    // … and the tiles adapter's placeholder for faces whose tile has not arrived.
    new MeshBasicMaterial({ opacity: 0, transparent: true, depthTest: false, depthWrite: false }),
  ];
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
