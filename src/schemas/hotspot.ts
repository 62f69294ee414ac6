import { z } from 'astro/zod';
import { Pitch, Yaw } from './angles.ts';
import { Slug } from './ids.ts';
import { AudioFile, PanelImage, VideoFile } from './media.ts';

/**
 * An arrow that takes the tourist to another scene of the same tour. Geometry only: the
 * arrow's label is the target scene's title, so it is translated with that scene.
 */
export const SceneLink = z.object({
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
    .object({
      /** Horizontal direction in the target scene (0 = centre of its photo). */
      yaw: Yaw,
      /** Vertical direction in the target scene (0 = horizon). */
      pitch: Pitch.optional(),
    })
    .optional(),
});
export type SceneLink = z.infer<typeof SceneLink>;

/** A point of interest in the panorama that opens a short text when chosen. */
export const InfoHotspot = z.object({
  /** Stable id of the hotspot within the scene, used by translations and deep links. */
  id: Slug,
  /** Horizontal direction of the hotspot in degrees (0 = centre of the photo). */
  yaw: Yaw,
  /** Vertical direction of the hotspot in degrees (0 = horizon). */
  pitch: Pitch.default(0),
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
});
export type InfoHotspot = z.infer<typeof InfoHotspot>;
