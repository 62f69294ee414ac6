/** Every tour and scene as a point for the map page, with its words in the page's language. */
import type { Lang } from '../config/languages.ts';
import type { TourCategory } from '../schemas/category.ts';
import { sceneUrl, tourUrl, type TourData } from './tours.ts';
import { sceneText, tourText } from './translations.ts';

export interface MapPoint {
  id: string;
  kind: 'tour' | 'scene';
  /** The tour the point is (or belongs to). */
  tourId: string;
  category: TourCategory;
  title: string;
  /** The tour's name, for a scene. */
  tour?: string;
  summary?: string | undefined;
  url: string;
  lat: number;
  lng: number;
  /** A small flat picture for the popup and the list. */
  image: { url: string; width: number; height: number };
}

export function mapPoints(tours: TourData[], lang: Lang): MapPoint[] {
  return tours.flatMap((tour) => {
    const tourWords = tourText(tour, lang);
    const picture = (poster: { url: string; width: number; height: number }) => ({ url: poster.url, width: poster.width, height: poster.height });
    const tourPoint: MapPoint = {
      id: `tour-${tour.id}`,
      kind: 'tour',
      tourId: tour.id,
      category: tour.entry.data.category,
      title: tourWords.title,
      summary: tourWords.summary,
      url: tourUrl(tour.id, lang),
      ...tour.entry.data.location,
      image: picture(tour.startScene.panorama.posters.landscape.at(-1)!),
    };
    const scenes = tour.scenes.map((scene): MapPoint => {
      const words = sceneText(scene, lang);
      return {
        id: `scene-${tour.id}-${scene.id}`,
        kind: 'scene',
        tourId: tour.id,
        category: tour.entry.data.category,
        title: words.title,
        tour: tourWords.title,
        summary: words.summary,
        url: sceneUrl(tour.id, scene.id, lang),
        ...scene.entry.data.location,
        image: picture(scene.panorama.posters.landscape.at(-1)!),
      };
    });
    return [tourPoint, ...scenes];
  });
}
