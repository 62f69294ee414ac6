/**
 * The "Exit VR" button: below and ahead of the head, found by looking down. It stays below
 * wherever the tourist faces: once the head has turned more than 90° away, it moves (out of
 * sight then, so nothing jumps in view).
 */
import { Group, type Vector3 } from 'three';
import { heading } from './angles.ts';
import { buttonCanvas, card, disposeTarget, setHover, type Target } from './targets.ts';

export class ExitButton {
  readonly group = new Group();
  readonly target: Target;
  private heading = Math.PI;

  constructor(label: string) {
    this.target = { kind: 'exit', id: 'exit', mesh: card(buttonCanvas(label), 0.45) };
    // 40° below the start's heading (−z), 1.7 m away.
    this.target.mesh.position.set(0, -1.1, -1.3);
    this.target.mesh.lookAt(0, 0, 0);
    setHover(this.target, false);
    this.group.add(this.target.mesh);
  }

  /** Once per frame, with the head's forward direction. */
  follow(forward: Vector3): void {
    if (Math.hypot(forward.x, forward.z) < 0.3) return; // looking straight up or down: no heading
    const now = heading(forward);
    const diff = Math.abs(Math.atan2(Math.sin(now - this.heading), Math.cos(now - this.heading)));
    if (diff < Math.PI / 2) return;
    this.heading = now;
    this.group.rotation.y = now - Math.PI;
  }

  dispose(): void {
    disposeTarget(this.target);
    this.group.removeFromParent();
  }
}
