/**
 * What pages and the viewer see of a prepared panorama: URLs under the asset base, never a
 * path on disk. Isomorphic (no Node imports).
 */
import type { PreparedPanorama } from './prepare.ts';
import type { TileLevel } from './tiles.ts';

export interface ImageUrl {
  width: number;
  height: number;
  url: string;
}

export interface PanoramaAssets {
  /** Low-resolution whole panorama shown while tiles load. */
  baseUrl: string;
  /** Tile URL with `{level}`, `{col}` and `{row}` placeholders. */
  tileUrl: string;
  levels: TileLevel[];
  /** Full width of the sphere at the top level. */
  width: number;
  thumbnails: ImageUrl[];
  posters: { landscape: ImageUrl[]; portrait: ImageUrl[]; openGraph: ImageUrl; placeholder: string };
  poseHeading?: number;
  /** A 360° video scene (issue 18): its H.264 renditions, smallest first. Tiles are then empty. */
  video?: VideoAssets;
}

export interface VideoAssets {
  renditions: ImageUrl[];
  /** Seconds. */
  duration: number;
  hasAudio: boolean;
  /** A cropped video: where it sits on the sphere (PSV's panoData). */
  coverage?: import('./coverage.ts').Coverage;
}

export function publicAssets(prepared: PreparedPanorama, assetsBase: string): PanoramaAssets {
  const url = (file: string) => `${assetsBase}${prepared.hash}/${file}`;
  const image = (p: { width: number; height: number; file: string }) => ({ width: p.width, height: p.height, url: url(p.file) });
  return {
    baseUrl: url(prepared.base),
    tileUrl: url(prepared.tiles),
    levels: prepared.levels,
    width: prepared.width,
    thumbnails: prepared.thumbnails.map((t) => ({ width: t.width, height: t.width / 2, url: url(t.file) })),
    posters: {
      landscape: prepared.posters.landscape.map(image),
      portrait: prepared.posters.portrait.map(image),
      openGraph: image(prepared.posters.openGraph),
      placeholder: prepared.posters.placeholder,
    },
    ...(prepared.poseHeading === undefined ? {} : { poseHeading: prepared.poseHeading }),
  };
}
