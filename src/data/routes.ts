/**
 * `getStaticPaths` of the routes that exist once per tour or per scene, in every language, so that
 * the pages (site and embeds) list them one way. Each entry's props are typed: pages take them with
 * `InferGetStaticPropsType<typeof getStaticPaths>`, no casts.
 */
import type { Lang } from '../config/languages.ts';
import { languagePaths } from '../i18n/paths.ts';
import { getTours, type SceneData, type TourData } from './tours.ts';

/** One scene of a tour in one language: what the parts of a scene page take (ScenePanel, the embed layout). */
export interface SceneProps {
  lang: Lang;
  tour: TourData;
  scene: SceneData;
}

/** One page per tour and language: `/tours/<tour>/`, `/en/tours/<tour>/`, the embeds likewise. */
export async function tourPaths() {
  const tours = await getTours();
  return languagePaths().flatMap(({ params, props }) => tours.map((tour) => ({ params: { ...params, tour: tour.id }, props: { ...props, tour } })));
}

/** One page per scene and language: `/tours/<tour>/<scene>/` and its twins. */
export async function scenePaths() {
  const tours = await getTours();
  return languagePaths().flatMap(({ params, props }) =>
    tours.flatMap((tour) => tour.scenes.map((scene) => ({ params: { ...params, tour: tour.id, scene: scene.id }, props: { ...props, tour, scene } }))),
  );
}
