/**
 * Choosing things in VR, the same way for every kind of input:
 * - controllers and tracked hands (`tracked-pointer`, hands included) draw a ray; the session's
 *   `select` event (trigger, or pinch for hands) chooses what the ray touches;
 * - a transient pointer (look-and-pinch) or a gaze source's button chooses on `select` too, from its ray;
 * - with no controller and no hand, the head's gaze is the pointer: resting on a target for the
 *   dwell time chooses it, with a ring filling around the reticle.
 * `select` with nothing under the ray is reported too (it closes an open panel).
 */
import {
  BufferGeometry,
  Group,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshBasicMaterial,
  Quaternion,
  Raycaster,
  RingGeometry,
  Vector3,
  type Scene,
} from 'three';
import { setHover, type Target } from './targets.ts';

const forward = new Vector3();
const origin = new Vector3();
const orientation = new Quaternion();
const RETICLE_DISTANCE = 2;

interface Ray {
  line: Line;
}

export class Pointers {
  private readonly raycaster = new Raycaster();
  private readonly rays = new Map<XRInputSource, Ray>();
  private readonly reticle = new Group();
  private readonly ring: Mesh<RingGeometry, MeshBasicMaterial>;
  private hovered = new Set<Target>();
  private dwellTarget: Target | undefined;
  private dwellTime = 0;
  private dwellShown = -1;
  /** Whether the gaze is the pointer this frame (tests read it). */
  gazeMode = false;
  /** How far the dwell ring has filled, 0–1. */
  dwellProgress = 0;

  private readonly scene: Scene;
  private readonly dwell: number;
  private readonly targets: () => Target[];
  private readonly choose: (target: Target | undefined) => void;
  /** What a ray that touches no card points at on the panorama itself (an area hotspot's outline). */
  private readonly pickArea: (direction: Vector3) => Target | undefined;

  constructor(scene: Scene, dwell: number, targets: () => Target[], choose: (target: Target | undefined) => void, pickArea: (direction: Vector3) => Target | undefined = () => undefined) {
    this.scene = scene;
    this.pickArea = pickArea;
    this.dwell = dwell;
    this.targets = targets;
    this.choose = choose;
    const dot = new Mesh(new RingGeometry(0, 0.015, 24), new MeshBasicMaterial({ color: 0xffffff, depthTest: false, transparent: true }));
    const track = new Mesh(new RingGeometry(0.045, 0.06, 48), new MeshBasicMaterial({ color: 0xffffff, opacity: 0.35, transparent: true, depthTest: false }));
    this.ring = new Mesh(new RingGeometry(0.045, 0.06, 48, 1, Math.PI / 2, 0), new MeshBasicMaterial({ color: 0xffd54a, depthTest: false, transparent: true }));
    for (const m of [dot, track, this.ring]) m.renderOrder = 10;
    this.reticle.add(dot, track, this.ring);
    this.reticle.visible = false;
    scene.add(this.reticle);
  }

  /** Casts a ray from an XR pose; returns the nearest target hit. */
  private cast(pose: XRPose | XRViewerPose): Target | undefined {
    const { position: p, orientation: o } = pose.transform;
    origin.set(p.x, p.y, p.z);
    orientation.set(o.x, o.y, o.z, o.w);
    forward.set(0, 0, -1).applyQuaternion(orientation);
    this.raycaster.set(origin, forward);
    const list = this.targets();
    const hit = this.raycaster.intersectObjects(list.map((t) => t.mesh), false)[0];
    return (hit && list.find((t) => t.mesh === hit.object)) ?? this.pickArea(forward);
  }

  /** A `select` event of the session: trigger, pinch, transient pointer or screen tap. */
  onSelect(event: XRInputSourceEvent, space: XRReferenceSpace): void {
    // A gaze source's select (a Cardboard viewer's button) chooses what the gaze rests on,
    // without waiting for the dwell.
    const pose = event.frame.getPose(event.inputSource.targetRaySpace, space);
    if (pose) this.choose(this.cast(pose));
  }

  /** Once per XR frame, before rendering. */
  update(frame: XRFrame, space: XRReferenceSpace, head: XRViewerPose | undefined, dt: number): void {
    const hovered = new Set<Target>();
    const pointers = [...frame.session.inputSources].filter((s) => s.targetRayMode === 'tracked-pointer');
    for (const [source, ray] of this.rays) {
      if (!pointers.includes(source)) {
        ray.line.removeFromParent();
        ray.line.geometry.dispose();
        (ray.line.material as LineBasicMaterial).dispose();
        this.rays.delete(source);
      }
    }
    for (const source of pointers) {
      const pose = frame.getPose(source.targetRaySpace, space);
      const ray = this.ray(source);
      ray.line.visible = !!pose;
      if (!pose) continue;
      const target = this.cast(pose);
      if (target) hovered.add(target);
      ray.line.position.copy(origin);
      ray.line.quaternion.copy(orientation);
      const hit = target && this.raycaster.intersectObject(target.mesh, false)[0];
      ray.line.scale.z = hit ? hit.distance : 5;
    }
    this.gazeMode = pointers.length === 0 && !!head;
    this.reticle.visible = this.gazeMode;
    if (this.gazeMode && head) {
      const target = this.cast(head);
      this.reticle.position.copy(origin).addScaledVector(forward, RETICLE_DISTANCE);
      this.reticle.quaternion.copy(orientation);
      if (target) hovered.add(target);
      this.updateDwell(target && target.kind !== 'panel' ? target : undefined, dt);
    } else {
      this.updateDwell(undefined, 0);
    }
    for (const t of this.hovered) if (!hovered.has(t)) setHover(t, false);
    for (const t of hovered) setHover(t, true);
    this.hovered = hovered;
  }

  /** What the rays and the gaze are on in this frame. */
  get hoveredTargets(): ReadonlySet<Target> {
    return this.hovered;
  }

  /** Forgets targets that are gone (scene changed, panel closed). */
  reset(): void {
    this.hovered.clear();
    this.dwellTarget = undefined;
    this.dwellTime = 0;
    this.dwellProgress = 0;
    this.drawRing(0);
  }

  private updateDwell(target: Target | undefined, dt: number): void {
    if (target !== this.dwellTarget) {
      this.dwellTarget = target;
      this.dwellTime = 0;
    } else if (target && this.dwellTime >= 0) {
      this.dwellTime += dt;
      if (this.dwellTime >= this.dwell) {
        // Chosen once; the gaze has to leave and come back to choose it again.
        this.dwellTime = -1;
        this.choose(target);
      }
    }
    this.dwellProgress = this.dwellTime > 0 ? Math.min(1, this.dwellTime / this.dwell) : 0;
    this.drawRing(this.dwellProgress);
  }

  private drawRing(progress: number): void {
    // 48 steps are smooth enough and keep geometry rebuilds rare.
    const step = Math.round(progress * 48);
    if (step === this.dwellShown) return;
    this.dwellShown = step;
    this.ring.geometry.dispose();
    // Clockwise from the top, keeping the front face towards the eye.
    const angle = (step / 48) * Math.PI * 2;
    this.ring.geometry = new RingGeometry(0.045, 0.06, 48, 1, Math.PI / 2 - angle, angle);
  }

  private ray(source: XRInputSource): Ray {
    let ray = this.rays.get(source);
    if (!ray) {
      const geometry = new BufferGeometry().setFromPoints([new Vector3(0, 0, 0), new Vector3(0, 0, -1)]);
      const line = new Line(geometry, new LineBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.8, depthTest: false }));
      line.renderOrder = 10;
      this.scene.add(line);
      ray = { line };
      this.rays.set(source, ray);
    }
    return ray;
  }

  dispose(): void {
    for (const ray of this.rays.values()) {
      ray.line.geometry.dispose();
      (ray.line.material as LineBasicMaterial).dispose();
    }
    this.rays.clear();
    this.reticle.traverse((o) => {
      if (o instanceof Mesh) {
        o.geometry.dispose();
        (o.material as MeshBasicMaterial).dispose();
      }
    });
    this.reticle.removeFromParent();
  }
}
