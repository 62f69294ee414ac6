/**
 * The JSON the viewer element receives. It is the viewer's whole world: URLs, angles and texts,
 * never a path on disk. Angles stay in the editors' degrees; the viewer converts them.
 */
import type { PanoramaAssets } from '../panorama/public-assets.ts';
import type { TileLevel } from '../panorama/tiles.ts';
import type { TourData } from './tours.ts';

export interface ViewerLink {
  to: string;
  yaw: number;
  pitch: number;
}

export interface ViewerHotspot {
  id: string;
  yaw: number;
  pitch: number;
  title: string;
  text: string;
}

export interface ViewerScene {
  id: string;
  title: string;
  /** Page of the scene, so the address bar can follow the tour. */
  url: string;
  /** Tiled panorama, in the shape of PSV's EquirectangularTilesAdapter (URL template, levels). */
  panorama: { baseUrl: string; tileUrl: string; levels: TileLevel[] };
  /** Small whole-panorama image for tooltips and galleries. */
  thumbnail: string;
  view: { yaw: number; pitch: number; zoom: number };
  links: ViewerLink[];
  hotspots: ViewerHotspot[];
}

export interface ViewerTour {
  tourId: string;
  tourTitle: string;
  startScene: string;
  scenes: ViewerScene[];
}

export function viewerTour(tour: TourData, startSceneId: string): ViewerTour {
  return {
    tourId: tour.id,
    tourTitle: tour.entry.data.title,
    startScene: startSceneId,
    scenes: tour.scenes.map((scene) => ({
      id: scene.id,
      title: scene.entry.data.title,
      url: scene.url,
      panorama: tiledPanorama(scene.panorama),
      thumbnail: scene.panorama.thumbnails[0]!.url,
      view: scene.entry.data.view,
      links: scene.entry.data.links,
      hotspots: scene.entry.data.hotspots,
    })),
  };
}

function tiledPanorama(assets: PanoramaAssets): ViewerScene['panorama'] {
  return { baseUrl: assets.baseUrl, tileUrl: assets.tileUrl, levels: assets.levels };
}

/** JSON safe to put inside a `<script type="application/json">`: no `</script>` can close it early. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
