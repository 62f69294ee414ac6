// oEmbed for a tour (opens on its start scene). See src/embed/oembed.ts.
import type { APIContext } from 'astro';
import { getTours, type TourData } from '../../data/tours.ts';
import { oembedResponse } from '../../embed/oembed.ts';

export async function getStaticPaths() {
  const tours = await getTours();
  return tours.map((tour) => ({ params: { tour: tour.id }, props: { tour } }));
}

export function GET({ props, site }: APIContext<{ tour: TourData }>): Response {
  return oembedResponse(site ?? new URL('http://localhost:4321/'), props.tour);
}
