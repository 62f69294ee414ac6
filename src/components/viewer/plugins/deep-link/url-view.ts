/**
 * The view in the address: `?yaw=<deg>&pitch=<deg>&zoom=<0–100>&variant=<id>`, in the same
 * degrees editors write. Reading is strict: a value out of range or not a number is ignored
 * (with a reason), never passed on, so a shared or hostile link cannot break the viewer.
 */

export interface UrlView {
  yaw?: number;
  pitch?: number;
  zoom?: number;
  variant?: string;
}

const NUMBER = /^-?\d{1,3}(\.\d{1,4})?$/;

export function parseViewParams(search: string): { view: UrlView; ignored: string[] } {
  const params = new URLSearchParams(search);
  const view: UrlView = {};
  const ignored: string[] = [];
  const read = (name: 'yaw' | 'pitch' | 'zoom', min: number, max: number) => {
    const raw = params.get(name);
    if (raw === null) return;
    const value = NUMBER.test(raw) ? Number(raw) : NaN;
    if (Number.isFinite(value) && value >= min && value <= max) view[name] = value;
    else ignored.push(`${name}: expected a number from ${min} to ${max}`);
  };
  read('yaw', -360, 360);
  read('pitch', -90, 90);
  read('zoom', 0, 100);
  if (view.yaw !== undefined) view.yaw = ((view.yaw % 360) + 360) % 360;
  const variant = params.get('variant');
  if (variant !== null) {
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(variant) && variant.length <= 64) view.variant = variant;
    else ignored.push('variant: expected a variant id such as "mua-hoa"');
  }
  return { view, ignored };
}

/** Query string for a view; yaw in [0, 360), one decimal is ~2 cm at 10 m: precise enough. */
export function formatViewParams(view: { yaw: number; pitch: number; zoom: number; variant?: string | undefined }): string {
  const yaw = (((view.yaw % 360) + 360) % 360).toFixed(1);
  const params = new URLSearchParams({ yaw, pitch: view.pitch.toFixed(1), zoom: String(Math.round(view.zoom)) });
  if (view.variant) params.set('variant', view.variant);
  return `?${params.toString()}`;
}
