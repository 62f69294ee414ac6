/**
 * The fade to black between scenes: a small black sphere around the head, drawn over everything.
 * Only opacity changes; the camera never moves (no motion sickness).
 */
import { BackSide, Mesh, MeshBasicMaterial, SphereGeometry, type Vector3 } from 'three';

/** Seconds of each half of the fade: short enough not to feel like waiting. */
const DURATION = 0.25;

export class Fade {
  readonly mesh = new Mesh(new SphereGeometry(0.3, 16, 8), new MeshBasicMaterial({ color: 0x000000, side: BackSide, transparent: true, depthTest: false, depthWrite: false }));
  /** Black until the first panorama is in. */
  private target = 1;
  private done: (() => void) | undefined;

  constructor() {
    this.mesh.material.opacity = 1;
    this.mesh.renderOrder = 100;
  }

  get opacity(): number {
    return this.mesh.material.opacity;
  }

  /** Resolves when the opacity is reached (or when a newer fade replaces this one). */
  to(opacity: number): Promise<void> {
    this.done?.();
    this.target = opacity;
    return new Promise((resolve) => (this.done = resolve));
  }

  /** Once per frame, centred on the head. */
  step(dt: number, head: Vector3): void {
    const material = this.mesh.material;
    const step = dt / DURATION;
    material.opacity = material.opacity < this.target ? Math.min(this.target, material.opacity + step) : Math.max(this.target, material.opacity - step);
    this.mesh.visible = material.opacity > 0;
    this.mesh.position.copy(head);
    if (material.opacity === this.target) this.release();
  }

  /** Lets anyone waiting go on (the fade reached its target, or the session ended). */
  release(): void {
    const done = this.done;
    this.done = undefined;
    done?.();
  }

  dispose(): void {
    this.release();
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }
}
