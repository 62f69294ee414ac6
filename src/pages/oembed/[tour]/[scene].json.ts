// oEmbed for one scene. See src/embed/oembed.ts.
import type { APIContext } from 'astro';
import { getTours, type SceneData, type TourData } from '../../../data/tours.ts';
import { oembedResponse } from '../../../embed/oembed.ts';

export async function getStaticPaths() {
  const tours = await getTours();
  return tours.flatMap((tour) => tour.scenes.map((scene) => ({ params: { tour: tour.id, scene: scene.id }, props: { tour, scene } })));
}

export function GET({ props, site }: APIContext<{ tour: TourData; scene: SceneData }>): Response {
  return oembedResponse(site ?? new URL('http://localhost:4321/'), props.tour, props.scene);
}
