import { z } from 'astro/zod';
import { GeoPoint } from './geo.ts';
import { InfoHotspot, SceneLink } from './hotspot.ts';
import { Ambience, Narration } from './media.ts';
import { SceneVariant } from './variant.ts';
import { PartialPanorama } from './partial-panorama.ts';
import { InitialView } from './view.ts';

/**
 * One panorama of a tour: `content/tours/<tour>/<scene>.mdx`, with its photo beside it.
 * The MDX body is the scene's description, rendered on the server so it reads without JavaScript.
 */
export const SceneSchema = z.object({
  /** Name of the place shown in this panorama, e.g. "Cột cờ Lũng Cú". */
  title: z.string({ error: 'is required: the name of the place' }).min(1, { error: 'must not be empty' }),
  /** One sentence used in lists, link previews and search results. */
  summary: z.string().min(1).optional(),
  /** The 360° photo (equirectangular, 2:1), a path relative to this file, e.g. "./lung-cu.jpg". */
  photo: z
    .string({ error: 'is required: the file name of the 360° photo next to this file, e.g. "./lung-cu.jpg"' })
    .regex(/^\.\/[^/]+\.(jpe?g|png|webp|avif|tiff?)$/i, {
      error: 'must be a file beside this MDX file, written like "./lung-cu.jpg" (JPEG, PNG, WebP, AVIF or TIFF)',
    }),
  /** Only for a photo that is not a full 360° sphere and carries no XMP GPano data: what it covers. */
  partial: PartialPanorama.optional(),
  /** True when the photo is a drawn illustration, not a photograph; the page says so. */
  illustration: z.boolean().default(false),
  /** Who took the photo or made the picture, shown under the viewer. */
  credit: z.string().min(1).optional(),
  /** Where the photo was taken. */
  location: GeoPoint,
  /** Direction and zoom the scene opens with. */
  view: InitialView.prefault({}),
  /** Arrows to other scenes of the same tour. */
  links: z.array(SceneLink).default([]),
  /** Points of interest with a short text. */
  hotspots: z.array(InfoHotspot).default([]),
  /** Spoken description, one track per language. */
  narration: Narration.optional(),
  /** A quiet sound loop behind the scene. */
  ambience: Ambience.optional(),
  /** Other photos of the same spot (seasons, day/night), switchable without losing the view. */
  variants: z.array(SceneVariant).default([]),
  /** Name of the main photo on the variant switcher, e.g. "Mùa lúa chín". */
  photoLabel: z.string().min(1).optional(),
  /** Position of the scene in the tour's lists; lower comes first. */
  order: z.number().int().default(0),
});
export type Scene = z.infer<typeof SceneSchema>;
