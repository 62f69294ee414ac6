/**
 * What the tourist can point at in VR: link discs (arrow and the target scene's title), info
 * discs, the panel's close button and the exit button. Each is a flat card drawn on a canvas and
 * turned to face the head; the whole card is the hit area, generous for gaze and hand rays.
 */
import { CanvasTexture, Mesh, MeshBasicMaterial, PlaneGeometry, type Object3D } from 'three';
import { direction } from './angles.ts';

export type TargetKind = 'link' | 'hotspot' | 'close' | 'exit' | 'panel';

export interface Target {
  kind: TargetKind;
  /** Scene id of a link, hotspot id of a hotspot or a panel. */
  id: string;
  mesh: Mesh<PlaneGeometry, MeshBasicMaterial>;
}

/** Distance of link and info cards from the head, in metres: near enough for stereo depth. */
export const TARGET_DISTANCE = 3;

const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Words wrapped to `width` pixels with the context's current font. */
export function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A card of `width` metres showing a canvas; pixels are square, so height follows the canvas. */
export function card(canvas: HTMLCanvasElement, width: number): Mesh<PlaneGeometry, MeshBasicMaterial> {
  const map = new CanvasTexture(canvas);
  const material = new MeshBasicMaterial({ map, transparent: true, depthTest: false, depthWrite: false });
  const mesh = new Mesh(new PlaneGeometry(width, (width * canvas.height) / canvas.width), material);
  // Drawn over the panorama and in the order added; never hidden by the sphere.
  mesh.renderOrder = 1;
  return mesh;
}

function pill(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, fill: string): void {
  context.fillStyle = fill;
  context.beginPath();
  context.roundRect(x, y, w, h, h / 2);
  context.fill();
}

/** Round icon (arrow or "i") with a title under it. */
function badge(icon: 'arrow' | 'info', title: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  const c = canvas.getContext('2d')!;
  c.fillStyle = 'rgba(0, 0, 0, 0.55)';
  c.beginPath();
  c.arc(320, 110, 100, 0, Math.PI * 2);
  c.fill();
  c.lineWidth = 10;
  c.strokeStyle = '#fff';
  c.stroke();
  c.fillStyle = '#fff';
  if (icon === 'arrow') {
    c.beginPath();
    c.moveTo(320, 40);
    c.lineTo(390, 125);
    c.lineTo(345, 125);
    c.lineTo(345, 180);
    c.lineTo(295, 180);
    c.lineTo(295, 125);
    c.lineTo(250, 125);
    c.closePath();
    c.fill();
  } else {
    c.font = `bold 130px Georgia, serif`;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    c.fillText('i', 320, 118);
  }
  c.font = `600 48px ${FONT}`;
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  const text = wrap(c, title, 580)[0] ?? '';
  const w = Math.min(620, c.measureText(text).width + 60);
  pill(c, 320 - w / 2, 250, w, 80, 'rgba(0, 0, 0, 0.7)');
  c.fillStyle = '#fff';
  c.fillText(text, 320, 291);
  return canvas;
}

/** A text button (close, exit VR). */
export function buttonCanvas(label: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 120;
  const c = canvas.getContext('2d')!;
  pill(c, 6, 6, 388, 108, 'rgba(20, 20, 20, 0.85)');
  c.lineWidth = 6;
  c.strokeStyle = '#fff';
  c.stroke();
  c.fillStyle = '#fff';
  c.font = `600 48px ${FONT}`;
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillText(label, 200, 62);
  return canvas;
}

/** Places a card on the sphere of targets at (yaw, pitch), facing the head. */
export function placeAt(object: Object3D, yaw: number, pitch: number, distance = TARGET_DISTANCE): void {
  direction(yaw, pitch, object.position).multiplyScalar(distance);
  object.lookAt(0, 0, 0);
}

export function linkTarget(sceneId: string, title: string, yaw: number, pitch: number): Target {
  // 1.4 m at 3 m: the title's letters stand ~1.7° tall, comfortable to read in a headset.
  const mesh = card(badge('arrow', title), 1.4);
  placeAt(mesh, yaw, pitch);
  return { kind: 'link', id: sceneId, mesh };
}

export function hotspotTarget(id: string, title: string, yaw: number, pitch: number): Target {
  const mesh = card(badge('info', title), 1.2);
  placeAt(mesh, yaw, pitch);
  return { kind: 'hotspot', id, mesh };
}

/** Lights a target up while a ray or the gaze rests on it. */
export function setHover(target: Target, on: boolean): void {
  target.mesh.scale.setScalar(on ? 1.12 : 1);
  target.mesh.material.color.setScalar(on ? 1 : 0.85);
}

export function disposeTarget(target: Target): void {
  target.mesh.removeFromParent();
  target.mesh.geometry.dispose();
  target.mesh.material.map?.dispose();
  target.mesh.material.dispose();
}
