/**
 * Which rendition a device plays: phones (a short screen side under 600 CSS px) get ≤ 2048 px,
 * whose texture fits every mobile GPU; larger screens the widest rendition their GPU's
 * MAX_TEXTURE_SIZE takes (3840 for desktops and headsets). Never one wider than the GPU takes.
 */
export interface Rendition {
  width: number;
  height: number;
  url: string;
}

export function pickRendition<T extends Rendition>(renditions: readonly T[], device: { maxTextureSize: number; screenShortSide: number }): T {
  const limit = Math.min(device.maxTextureSize, device.screenShortSide < 600 ? 2048 : Infinity);
  const fitting = renditions.filter((r) => r.width <= limit);
  return fitting.at(-1) ?? renditions[0]!;
}
