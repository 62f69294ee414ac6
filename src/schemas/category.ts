import { z } from 'astro/zod';

/** The kinds of tour a tourism board publishes; the tours index filters by them. */
export const TOUR_CATEGORIES = ['landmarks', 'nature', 'culture', 'villages', 'food', 'stays'] as const;

/** What kind of tour this is; one of TOUR_CATEGORIES. */
export const TourCategory = z.enum(TOUR_CATEGORIES, {
  error: `must be one of: ${TOUR_CATEGORIES.join(', ')}`,
});
export type TourCategory = z.infer<typeof TourCategory>;
