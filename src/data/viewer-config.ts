/**
 * The JSON the viewer element receives. It is the viewer's whole world: URLs, angles and texts,
 * never a path on disk. Angles stay in the editors' degrees; the viewer converts them.
 */
import type { PanoramaAssets, VideoAssets } from '../panorama/public-assets.ts';
import type { TileLevel } from '../panorama/tiles.ts';
import type { HotspotMedia } from './scene-media.ts';
import { hotspotCentre } from '../schemas/hotspot.ts';
import { mapOfTour, tourMapUrl } from './tour-map.ts';
import { sceneUrl, type TourData } from './tours.ts';
import { sceneText, tourText } from './translations.ts';
import { DEFAULT_LANGUAGE, type Lang } from '../config/languages.ts';

export interface ViewerLink {
  to: string;
  yaw: number;
  pitch: number;
  /** The editor's arrival direction in the target scene (degrees), if given. */
  arrive?: { yaw: number; pitch?: number | undefined } | undefined;
}

export interface ViewerHotspot extends HotspotMedia {
  id: string;
  /** The hotspot's point, or the centre of its area (src/schemas/hotspot.ts hotspotCentre). */
  yaw: number;
  pitch: number;
  /** An area hotspot's outline: `[yaw, pitch]` corners in degrees (issue 17). */
  area?: [number, number][];
  title: string;
  text: string;
}

/** A tiled panorama in the shape of PSV's EquirectangularTilesAdapter (URL template, levels). */
export interface ViewerPanorama {
  baseUrl: string;
  tileUrl: string;
  levels: TileLevel[];
}

export interface ViewerVariant {
  id: string;
  label: string;
  panorama: ViewerPanorama;
}

export interface ViewerScene {
  id: string;
  title: string;
  /** Page of the scene, so the address bar can follow the tour. */
  url: string;
  panorama: ViewerPanorama;
  /** A 360° video scene (issue 18): the renditions the viewer picks from; `panorama` then has no tiles. */
  video?: VideoAssets;
  /** The scene's smallest poster (a view, not the whole sphere), for the gallery; the same for link previews. */
  thumbnail: string;
  preview: string;
  view: { yaw: number; pitch: number; zoom: number };
  /** Compass heading of the photo's centre (degrees), when known. */
  heading?: number;
  location: { lat: number; lng: number };
  links: ViewerLink[];
  hotspots: ViewerHotspot[];
  narration?: { vi?: string; en?: string; credit?: string };
  ambience?: { url: string; volume: number };
  /** Name of the main photo on the variant switcher, and the other photos of the spot. */
  photoLabel?: string;
  variants: ViewerVariant[];
  /** Where the scene sits on the tour's mini map, in map pixels. */
  mapPosition: { x: number; y: number };
}

export interface ViewerTour {
  tourId: string;
  tourTitle: string;
  startScene: string;
  scenes: ViewerScene[];
  /** The scenes "Play the tour" shows, in order (the tour's `guide:`, else every scene in order). */
  guide: string[];
  /** The tour's music loop, muted until the tourist turns sound on. */
  music?: { url: string; volume: number };
  /** The tour's drawn mini map. */
  map: { imageUrl: string; width: number; height: number };
}

function tiled(assets: PanoramaAssets): ViewerPanorama {
  return { baseUrl: assets.baseUrl, tileUrl: assets.tileUrl, levels: assets.levels };
}

/** The tour as the viewer sees it, with its words in `lang` (Vietnamese where untranslated). */
export function viewerTour(tour: TourData, startSceneId: string, lang: Lang = DEFAULT_LANGUAGE): ViewerTour {
  const map = mapOfTour(tour, lang);
  return {
    // The map's labels are scene names: one image per language.
    map: { imageUrl: tourMapUrl(tour.id, lang), width: map.width, height: map.height },
    tourId: tour.id,
    tourTitle: tourText(tour, lang).title,
    startScene: startSceneId,
    guide: tour.entry.data.guide ?? tour.scenes.map((s) => s.id),
    ...(tour.music ? { music: tour.music } : {}),
    scenes: tour.scenes.map(({ id, entry, panorama, media, translations }) => {
      const text = sceneText({ entry, translations }, lang);
      return {
        id,
        title: text.title,
        url: sceneUrl(tour.id, id, lang),
        panorama: tiled(panorama),
        ...(panorama.video ? { video: panorama.video } : {}),
        // The gallery shows a 16:9 view of each scene, its smallest poster: a whole-panorama strip
        // squashed into 160×90 read as nothing (issue 16).
        thumbnail: panorama.posters.landscape.at(-1)!.url,
        preview: panorama.posters.landscape.at(-1)!.url,
        view: entry.data.view,
        ...(panorama.poseHeading === undefined ? {} : { heading: panorama.poseHeading }),
        location: entry.data.location,
        links: entry.data.links,
        hotspots: entry.data.hotspots.map((hotspot) => {
          const { id: hotspotId, area } = hotspot;
          const words = text.hotspots[hotspotId]!;
          const hotspotMedia = media.hotspots[hotspotId];
          return {
            id: hotspotId,
            ...hotspotCentre(hotspot),
            ...(area ? { area: area.map(([yaw, pitch]) => [yaw!, pitch!] as [number, number]) } : {}),
            title: words.title,
            text: words.text,
            ...hotspotMedia,
            ...(hotspotMedia?.image ? { image: { ...hotspotMedia.image, alt: words.imageAlt ?? hotspotMedia.image.alt } } : {}),
          };
        }),
        ...(media.narration ? { narration: media.narration } : {}),
        ...(media.ambience ? { ambience: media.ambience } : {}),
        ...(text.photoLabel ? { photoLabel: text.photoLabel } : {}),
        variants: media.variants.map((v) => ({ id: v.id, label: text.variants[v.id] ?? v.label, panorama: tiled(v.panorama) })),
        mapPosition: map.points[id]!,
      };
    }),
  };
}
