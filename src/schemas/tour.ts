import { z } from 'astro/zod';
import { TourCategory } from './category.ts';
import { GeoPoint, Region } from './geo.ts';
import { Slug } from './ids.ts';
import { TourMusic } from './media.ts';
import { PracticalInfo } from './practical.ts';

/**
 * A tour: `content/tours/<tour>/index.mdx`. Its scenes are the other MDX files of the folder.
 * The MDX body is the tour's introduction.
 */
export const TourSchema = z.strictObject({
  /** Name of the tour, e.g. "Cao nguyên đá Đồng Văn". */
  title: z.string({ error: 'is required: the name of the tour' }).min(1, { error: 'must not be empty' }),
  /** One or two sentences shown on cards and in link previews. */
  summary: z.string({ error: 'is required: one or two sentences about the tour' }).min(1, { error: 'must not be empty' }),
  /** Id of the scene the tour opens with: a file name in this folder without `.mdx`. */
  startScene: Slug,
  /** Where the tour is, for the map. */
  location: GeoPoint,
  /** Administrative place of the tour (today's province and the former one). */
  region: Region,
  /** What kind of tour this is. */
  category: TourCategory,
  /** How to get there, the best season, opening hours — only what is true and current. */
  practical: PracticalInfo.optional(),
  /**
   * The order of "Play the tour" (issue 17): scene ids (file names without `.mdx`), each shown in
   * turn. Leave it out to play every scene in the scenes' own `order`.
   */
  guide: z.array(Slug, { error: 'must be a list of scene ids, e.g. `guide: [cong-troi-quan-ba, nha-vuong]`' }).min(1, { error: 'must name at least one scene, or be left out' }).optional(),
  /** A quiet music loop for the whole tour, beside this file: `music: { src: ./nhac-nen.m4a, volume: 0.3 }`. */
  music: TourMusic.optional(),
  /** Position of the tour on the home page and in the index; lower comes first. */
  order: z.number().int().default(0),
});
export type Tour = z.infer<typeof TourSchema>;
