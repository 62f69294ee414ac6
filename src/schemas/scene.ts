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
export const SceneSchema = z.strictObject({
  /** Name of the place shown in this panorama, e.g. "Cột cờ Lũng Cú". */
  title: z.string({ error: 'is required: the name of the place' }).min(1, { error: 'must not be empty' }),
  /** One sentence used in lists, link previews and search results. */
  summary: z.string().min(1).optional(),
  /** The 360° photo (equirectangular, 2:1), a path relative to this file, e.g. "./lung-cu.jpg". Either this or `video`. */
  photo: z
    .string({ error: 'must be the file name of the 360° photo next to this file, e.g. "./lung-cu.jpg"' })
    .regex(/^\.\/[^/]+\.(jpe?g|png|webp|avif|tiff?)$/i, {
      error: 'must be a file beside this MDX file, written like "./lung-cu.jpg" (JPEG, PNG, WebP, AVIF or TIFF)',
    })
    .optional(),
  /**
   * A 360° video instead of a photo (equirectangular MP4, MOV or WebM from a 360° camera, 2:1), e.g.
   * "./ma-pi-leng.mp4". The build re-encodes it for the web and takes its first frame as the poster.
   * Limits (src/video/settings.ts): 1920 to 8192 px wide, at most 3 minutes and 2 GB.
   */
  video: z
    .string({ error: 'must be the file name of the 360° video next to this file, e.g. "./ma-pi-leng.mp4"' })
    .regex(/^\.\/[^/]+\.(mp4|m4v|mov|webm)$/i, {
      error: 'must be a video file beside this MDX file, written like "./ma-pi-leng.mp4" (MP4, MOV or WebM)',
    })
    .optional(),
  /** Only for a photo or video that is not a full 360° sphere (and, for a photo, carries no XMP GPano data): what it covers. */
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
}).superRefine((scene, ctx) => {
  // One picture per scene: a photo or a video, never both, never neither.
  if (scene.photo === undefined && scene.video === undefined) {
    ctx.addIssue({ code: 'custom', path: ['photo'], message: 'is required: the file name of the 360° photo next to this file, e.g. "./lung-cu.jpg" (or `video:` for a 360° video)' });
  }
  if (scene.photo !== undefined && scene.video !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['video'], message: 'cannot be used together with `photo`: a scene shows one 360° picture. Keep the one you want and remove the other.' });
  }
  if (scene.video !== undefined && scene.variants.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['variants'], message: 'are photos of the same spot to switch between; a video scene cannot have them. Make the other photos scenes of their own, linked from this one.' });
  }
});
export type Scene = z.infer<typeof SceneSchema>;
