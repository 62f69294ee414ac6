// The mini map image of a tour (see src/data/tour-map.ts), one static file per tour.
import type { APIRoute } from 'astro';
import { getTours, type TourData } from '../../../data/tours.ts';
import { mapOfTour } from '../../../data/tour-map.ts';

export async function getStaticPaths() {
  return (await getTours()).map((tour) => ({ params: { tour: tour.id }, props: { tour } }));
}

export const GET: APIRoute<{ tour: TourData }> = ({ props }) =>
  new Response(mapOfTour(props.tour).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
