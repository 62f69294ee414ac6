// The mini map image of a tour in the other languages (map.svg is the main language's): the
// labels are scene names, in the page's language (issue 16).
import type { APIRoute } from 'astro';
import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../../../config/languages.ts';
import { getTours, type TourData } from '../../../data/tours.ts';
import { mapOfTour } from '../../../data/tour-map.ts';

export async function getStaticPaths() {
  const tours = await getTours();
  return LANGUAGES.filter((lang) => lang !== DEFAULT_LANGUAGE).flatMap((lang) => tours.map((tour) => ({ params: { tour: tour.id, lang }, props: { tour, lang } })));
}

export const GET: APIRoute<{ tour: TourData; lang: Lang }> = ({ props }) =>
  new Response(mapOfTour(props.tour, props.lang).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
