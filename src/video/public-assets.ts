/**
 * What pages and the viewer see of a prepared video: URLs under the asset base, never a path on
 * disk. Shaped like a photo's PanoramaAssets (posters, thumbnails) plus `video`, so pages, cards,
 * search and Open Graph treat both scenes alike. Isomorphic (no Node imports).
 */
import type { PanoramaAssets } from '../panorama/public-assets.ts';
import type { PreparedVideo } from './prepare-video.ts';

export function publicVideoAssets(prepared: PreparedVideo, assetsBase: string): PanoramaAssets {
  const url = (file: string) => `${assetsBase}${prepared.hash}/${file}`;
  const image = (p: { width: number; height: number; file: string }) => ({ width: p.width, height: p.height, url: url(p.file) });
  const thumbnails = prepared.thumbnails.map((t) => ({ width: t.width, height: t.width / 2, url: url(t.file) }));
  return {
    // No tiles: the largest thumbnail stands in for the low-resolution whole panorama.
    baseUrl: thumbnails.at(-1)!.url,
    tileUrl: '',
    levels: [],
    width: prepared.renditions.at(-1)!.width,
    thumbnails,
    posters: {
      landscape: prepared.posters.landscape.map(image),
      portrait: prepared.posters.portrait.map(image),
      openGraph: image(prepared.posters.openGraph),
      placeholder: prepared.posters.placeholder,
    },
    video: {
      renditions: prepared.renditions.map((r) => ({ width: r.width, height: r.height, url: url(r.file) })),
      duration: prepared.duration,
      hasAudio: prepared.hasAudio,
      ...(prepared.coverage ? { coverage: prepared.coverage } : {}),
    },
  };
}
