/**
 * The YAML lines the picker copies, in the editors' convention (src/schemas/angles.ts): degrees,
 * yaw 0 = centre of the photo growing to the right, pitch 0 = horizon. PSV works in radians with
 * yaw in [0, 2π); our tiles put the photo's centre at PSV's yaw 0 (tour-nodes.ts multiplies by
 * DEG and nothing more), so the conversion is a unit change plus a friendlier range.
 */
import { DEG } from '../../../../util/angles.ts';


/** Half a degree: finer than anyone places an arrow by eye, coarse enough to read. */
const roundHalf = (degrees: number) => Math.round(degrees * 2) / 2;

/** A PSV yaw (radians) as editors write it: degrees in (-180, 180], so left of centre is negative. */
export function editorYaw(radians: number): number {
  const yaw = roundHalf(radians / DEG);
  const wrapped = ((((yaw + 180) % 360) + 360) % 360) - 180;
  // -0 would print as "0" anyway, but `Object.is` in tests and YAML round trips prefer a plain 0.
  return wrapped === -180 ? 180 : wrapped === 0 ? 0 : wrapped;
}

/** A PSV pitch (radians) as editors write it: degrees, 0 = horizon, up is positive. */
export function editorPitch(radians: number): number {
  const pitch = roundHalf(radians / DEG);
  return Math.max(-90, Math.min(90, pitch)) || 0;
}

export interface EditorPoint {
  yaw: number;
  pitch: number;
}

/** A PSV position converted once, so every snippet shows the same numbers. */
export function toEditorPoint(position: { yaw: number; pitch: number }): EditorPoint {
  return { yaw: editorYaw(position.yaw), pitch: editorPitch(position.pitch) };
}

/**
 * One item for `links:` (scene files indent list items by two spaces), with the direction the
 * tourist faces on arriving in the target scene when the editor set one.
 */
export function linkSnippet(to: string, point: EditorPoint, arrive?: EditorPoint): string {
  const arrival = arrive ? `, arrive: { yaw: ${arrive.yaw}, pitch: ${arrive.pitch} }` : '';
  return `  - { to: ${to}, yaw: ${point.yaw}, pitch: ${point.pitch}${arrival} }`;
}

/** One item for `hotspots:`, with place-holder words the editor replaces. */
export function hotspotSnippet(id: string, point: EditorPoint, title = 'Tên điểm', text = 'Vài câu giới thiệu điểm này.'): string {
  return [`  - id: ${id}`, `    yaw: ${point.yaw}`, `    pitch: ${point.pitch}`, `    title: ${title}`, `    text: ${text}`].join('\n');
}

/**
 * One item for `hotspots:` outlined as an area (issue 17): its corners in the order they were
 * clicked, on one line so the outline reads as one thing.
 */
export function areaHotspotSnippet(id: string, corners: readonly EditorPoint[], title = 'Tên điểm', text = 'Vài câu giới thiệu điểm này.'): string {
  const area = corners.map((c) => `[${c.yaw}, ${c.pitch}]`).join(', ');
  return [`  - id: ${id}`, `    area: [${area}]`, `    title: ${title}`, `    text: ${text}`].join('\n');
}

/** The new position of a hotspot that was dragged: the two lines to replace in its entry. */
export function movedHotspotSnippet(id: string, point: EditorPoint): string {
  return [`  # hotspots → ${id}`, `    yaw: ${point.yaw}`, `    pitch: ${point.pitch}`].join('\n');
}

/** The `view:` line of the scene for what is on screen now. */
export function viewSnippet(position: { yaw: number; pitch: number }, zoom: number): string {
  const p = toEditorPoint(position);
  return `view: { yaw: ${p.yaw}, pitch: ${p.pitch}, zoom: ${Math.round(zoom)} }`;
}

/** A hotspot id not used yet in the scene: "diem-moi", then "diem-moi-2", … */
export function freeHotspotId(taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has('diem-moi')) return 'diem-moi';
  let n = 2;
  while (used.has(`diem-moi-${n}`)) n++;
  return `diem-moi-${n}`;
}
