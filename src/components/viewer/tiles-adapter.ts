/**
 * PSV's tiles adapter, drawn with fewer WebGL calls (issue 13).
 *
 * PSV cuts the sphere into `resolution` × `resolution / 2` faces (64 × 32 by default) and draws each
 * with a call of its own: 2,048 draw calls a frame, every frame, including the faces whose tile has
 * not arrived (they carry a see-through placeholder) and the ones behind the tourist. On this
 * machine's software GPU the first frames took 30–60 ms each, most of it three.js walking those
 * calls; on a phone each call is CPU time on every frame of a drag.
 *
 * - The placeholder is not drawn at all (`visible: false`): it draws nothing, and the base image
 *   under it shows either way. Only faces with a tile are drawn.
 * - 32 × 16 faces instead of 64 × 32, unless a tour has a level with more than 32 columns of tiles
 *   (PSV needs a face per tile column at least). Our widest level is 16384 px in 512-px tiles, 32
 *   columns (src/panorama/tiles.ts). A face then spans 11.25°; the flat face's picture differs from
 *   the sphere's by under 0.01° (a quarter of a pixel at the closest zoom on a 1280-px screen).
 */
import { EquirectangularTilesAdapter, type EquirectangularTilesAdapterConfig, type EquirectangularTilesPanoData } from '@photo-sphere-viewer/equirectangular-tiles-adapter';
import type { Group, Material, Mesh } from 'three';
import type { ViewerTour } from '../../data/viewer-config.ts';

export class TilesAdapter extends EquirectangularTilesAdapter {
  // PSV's own `withConfig` names its class, not `this`: without this one the viewer would get PSV's adapter.
  static override withConfig(config: EquirectangularTilesAdapterConfig): [typeof TilesAdapter, EquirectangularTilesAdapterConfig] {
    return [TilesAdapter, config];
  }

  override createMesh(panoData: EquirectangularTilesPanoData): Group {
    const group = super.createMesh(panoData);
    // PSV's group: the base image's sphere, then the tiles' sphere whose faces all share one placeholder.
    const tiles = group.children[1] as Mesh | undefined;
    for (const material of (tiles?.material ?? []) as Material[]) material.visible = false;
    return group;
  }
}

/** The fewest faces around the sphere that PSV accepts for every panorama of the tour (a power of two). */
export function tilesResolution(tour: ViewerTour): number {
  const panoramas = tour.scenes.flatMap((scene) => [scene.panorama, ...scene.variants.map((v) => v.panorama)]);
  const cols = Math.max(1, ...panoramas.flatMap((p) => p.levels.map((level) => level.cols)));
  return Math.max(32, 2 ** Math.ceil(Math.log2(cols)));
}

/**
 * The adapter's options: no red error tile (the base image stays instead), and no blur of the 512-px
 * base (PSV blurs it on a 2D canvas: 34 ms of main thread before the first frame).
 */
export function tilesConfig(tour: ViewerTour): EquirectangularTilesAdapterConfig {
  return { showErrorTile: false, baseBlur: false, resolution: tilesResolution(tour) };
}
