import { z } from 'astro/zod';
import { Slug } from './ids.ts';

/**
 * Another photo of the same spot (a season, day and night): the tourist switches between them
 * and keeps looking the same way. Take it from the same place and facing the same way.
 */
export const SceneVariant = z.strictObject({
  /** Stable id used in links, e.g. "mua-hoa-tam-giac-mach". */
  id: Slug,
  /** Name on the switcher, e.g. "Mùa hoa tam giác mạch". */
  label: z.string({ error: 'is required: the name shown on the switcher' }).min(1),
  /** The 360° photo of this variant, beside the scene file. */
  photo: z
    .string({ error: 'is required: the file name of the variant photo, e.g. "./dong-van-mua-hoa.jpg"' })
    .regex(/^\.\/[^/]+\.(jpe?g|png|webp|avif|tiff?)$/i, { error: 'must be a file beside this MDX file, written like "./dong-van-mua-hoa.jpg"' }),
  /** True when this variant's photo is a drawn illustration. */
  illustration: z.boolean().default(false),
});
export type SceneVariant = z.infer<typeof SceneVariant>;
