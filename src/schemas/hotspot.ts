import { z } from 'astro/zod';
import { Pitch, Yaw } from './angles.ts';
import { areaCentre } from './area-geometry.ts';
import { Slug } from './ids.ts';
import { AudioFile, PanelImage, VideoFile } from './media.ts';

/**
 * An arrow that takes the tourist to another scene of the same tour. Geometry only: the
 * arrow's label is the target scene's title, so it is translated with that scene.
 */
export const SceneLink = z.strictObject({
  /** Id of the target scene in the same tour: its file name without `.mdx`. */
  to: Slug,
  /** Horizontal direction of the arrow in degrees (0 = centre of the photo). */
  yaw: Yaw,
  /** Vertical direction of the arrow in degrees; slightly below the horizon reads as "walk there". */
  pitch: Pitch.default(-10),
  /**
   * Which way the tourist faces on arriving through this arrow, in the target scene's degrees
   * (`yaw`, and `pitch`, else the target's opening pitch). Without it the target scene opens facing
   * the direction of travel when both photos know their heading (GPano), else with its own `view`.
   */
  arrive: z
    .strictObject({
      /** Horizontal direction in the target scene (0 = centre of its photo). */
      yaw: Yaw,
      /** Vertical direction in the target scene (0 = horizon). */
      pitch: Pitch.optional(),
    })
    .optional(),
});
export type SceneLink = z.infer<typeof SceneLink>;

/** Yaw range written into the messages: the same as a point hotspot's (src/schemas/angles.ts). */
const YAW_RANGE = { min: -180, max: 360 };

/**
 * One corner of an area hotspot: `[yaw, pitch]` in degrees. Checked as one pair so a problem is
 * reported at the corner (`hotspots[2].area[1]`), with the numbers the editor wrote.
 */
export const AreaCorner = z
  .array(z.number({ error: 'must be a number of degrees' }), { error: 'must be a corner written as [yaw, pitch], e.g. [12, -4]' })
  .length(2, { error: 'must be a corner written as two numbers [yaw, pitch], e.g. [12, -4]' })
  .superRefine(([yaw, pitch], ctx) => {
    if (yaw !== undefined && (yaw < YAW_RANGE.min || yaw > YAW_RANGE.max)) {
      const fix = yaw > YAW_RANGE.max ? yaw - 360 : yaw + 360;
      ctx.addIssue({ code: 'custom', message: `has yaw ${yaw}, outside ${YAW_RANGE.min}..${YAW_RANGE.max} degrees. A full turn is 360°: write ${fix} instead.` });
    }
    if (pitch !== undefined && (pitch < -90 || pitch > 90)) {
      ctx.addIssue({ code: 'custom', message: `has pitch ${pitch}, outside -90 (straight down)..90 (straight up) degrees. Measure it from the horizon; the picker (?edit) shows it.` });
    }
  });

/**
 * A point of interest in the panorama that opens a short text when chosen. It sits at one point
 * (`yaw`, `pitch`) or covers an area (`area`, a soft outline over a house or a tower): exactly one.
 */
export const InfoHotspot = z
  .strictObject({
    /** Stable id of the hotspot within the scene, used by translations and deep links. */
    id: Slug,
    /** Horizontal direction of the hotspot in degrees (0 = centre of the photo). Not with `area`. */
    yaw: Yaw.optional(),
    /** Vertical direction of the hotspot in degrees (0 = horizon, the default). Not with `area`. */
    pitch: Pitch.optional(),
    /**
     * The outline of an area hotspot, instead of `yaw`/`pitch`: at least 3 corners `[yaw, pitch]`
     * in degrees, in order round the outline (the last joins the first), e.g.
     * `[[-20, 5], [10, 5], [10, -8], [-20, -8]]`. The picker (`?edit`) draws one.
     */
    area: z.array(AreaCorner, { error: 'must be a list of corners [yaw, pitch], e.g. [[-20, 5], [10, 5], [10, -8]]' })
      .min(3, { error: 'needs at least 3 corners [yaw, pitch] to outline an area (the last joins the first). Add corners, or give the hotspot one point with `yaw` and `pitch` instead.' })
      .optional(),
    /** Short name shown on the hotspot, e.g. "Lá cờ". Plain text, never HTML. */
    title: z.string({ error: 'is required: a short name for the hotspot' }).min(1, { error: 'must not be empty' }),
    /** A few sentences shown when the hotspot is opened. Plain text, never HTML. */
    text: z.string({ error: 'is required: the text shown when the hotspot opens' }).min(1, { error: 'must not be empty' }),
    /** A photo shown above the text. */
    image: PanelImage.optional(),
    /** A sound played from the panel (never on its own). */
    audio: AudioFile.optional(),
    /** A short video played from the panel (never on its own). */
    video: VideoFile.optional(),
  })
  .superRefine((hotspot, ctx) => {
    // Exactly one of a point or an area: with both, which one the viewer shows would be a guess.
    if (hotspot.area !== undefined) {
      for (const key of ['yaw', 'pitch'] as const) {
        if (hotspot[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'cannot be used together with `area`: a hotspot is either one point (`yaw`, `pitch`) or an outlined area. Remove this line, or remove `area`.' });
        }
      }
    } else if (hotspot.yaw === undefined) {
      ctx.addIssue({ code: 'custom', path: ['yaw'], message: 'is required: where the hotspot sits, in degrees from the centre of the photo (e.g. `yaw: 45`), or give an outline with `area: [[yaw, pitch], …]` instead. The picker (?edit) shows both.' });
    }
  });
export type InfoHotspot = z.infer<typeof InfoHotspot>;

/**
 * Where a hotspot is, as one direction in degrees: its point, or the centre of its area (what
 * the viewer turns to, the VR card and deep links use).
 */
export function hotspotCentre(hotspot: Pick<InfoHotspot, 'yaw' | 'pitch' | 'area'>): { yaw: number; pitch: number } {
  if (hotspot.area) return areaCentre(hotspot.area as [number, number][]);
  return { yaw: hotspot.yaw ?? 0, pitch: hotspot.pitch ?? 0 };
}
