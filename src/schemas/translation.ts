import { z } from 'astro/zod';
import { Slug } from './ids.ts';
import { PracticalInfo } from './practical.ts';

/** Text of one hotspot in another language; the hotspot itself (id, yaw, pitch) stays in the scene file. */
export const HotspotTranslation = z.strictObject({
  /** Short name shown on the hotspot. */
  title: z.string().min(1, { error: 'must not be empty' }).optional(),
  /** The text shown when the hotspot opens. */
  text: z.string().min(1, { error: 'must not be empty' }).optional(),
  /** What the hotspot's image shows. */
  imageAlt: z.string().min(1, { error: 'must not be empty' }).optional(),
});

/**
 * A translation of a tour or scene: `content/tours/<tour>/<scene>.<lang>.mdx` (or `index.<lang>.mdx` for
 * the tour). Only words live here; anything not translated falls back to Vietnamese, with a notice on the
 * page. The MDX body is the translated description.
 */
export const TranslationSchema = z.strictObject({
  /** The translated name of the place or tour. */
  title: z.string({ error: 'is required: the translated name' }).min(1, { error: 'must not be empty' }),
  /** The translated one-sentence summary. */
  summary: z.string().min(1, { error: 'must not be empty' }).optional(),
  /** Translated hotspots, by the hotspot's `id` in the scene file, e.g. `la-co: { title: Flag, text: … }`. */
  hotspots: z.record(Slug, HotspotTranslation).optional(),
  /** Translated names of the photo variants, by variant `id`, e.g. `mua-hoa-tam-giac-mach: Buckwheat season`. */
  variants: z.record(Slug, z.string().min(1, { error: 'must not be empty' })).optional(),
  /** Translated name of the main photo on the variant switcher. */
  photoLabel: z.string().min(1, { error: 'must not be empty' }).optional(),
  /** Translated credit line of the photo. */
  credit: z.string().min(1, { error: 'must not be empty' }).optional(),
  /** Tour only: translated practical information. */
  practical: PracticalInfo.optional(),
  /** Tour only: the translated area name, e.g. "Dong Van". */
  area: z.string().min(1, { error: 'must not be empty' }).optional(),
});
export type Translation = z.infer<typeof TranslationSchema>;
