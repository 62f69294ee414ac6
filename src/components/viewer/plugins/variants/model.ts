import type { ViewerPanorama } from '../../../../data/viewer-config.ts';

export interface VariantChoice {
  id: string;
  label: string;
  panorama: ViewerPanorama;
}

export interface VariantsConfig {
  /** Per scene: the main photo's label and panorama, then its variants. */
  scenes: Record<string, { mainLabel: string; main: ViewerPanorama; variants: VariantChoice[] }>;
  /** Variant to show first (from the address), if the start scene has it. */
  initial?: string | undefined;
  /** Name of the switcher group. */
  label: string;
  /** PSV panorama config for a tiled panorama. */
  toPanorama: (panorama: ViewerPanorama) => unknown;
}
