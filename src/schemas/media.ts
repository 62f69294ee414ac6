import { z } from 'astro/zod';

/** A file beside the scene's MDX file, written like "./lung-cu-flag.jpg". */
function localFile(kinds: string, extensions: string, example: string) {
  return z
    .string({ error: `must be the file name of ${kinds} beside this MDX file, e.g. "${example}"` })
    .regex(new RegExp(`^\\./[^/]+\\.(${extensions})$`, 'i'), {
      error: `must be ${kinds} beside this MDX file, written like "${example}" (${extensions.split('|').join(', ')})`,
    });
}

/** A photo shown inside a hotspot's panel. */
export const PanelImage = z.strictObject({
  /** The image file beside the scene, e.g. "./la-co.jpg". */
  src: localFile('an image', 'jpe?g|png|webp|avif', './la-co.jpg'),
  /** What the image shows, for people who cannot see it. Required: an image without it is unreadable to screen readers. */
  alt: z.string({ error: 'is required: say in a few words what the image shows' }).min(1, { error: 'must not be empty' }),
});

/** A sound file (narration, ambience, hotspot audio). */
export const AudioFile = localFile('a sound file', 'mp3|m4a|aac|ogg|opus|wav', './thuyet-minh.m4a');

/** A short video shown in a hotspot's panel. */
export const VideoFile = localFile('a video file', 'mp4|webm', './clip.mp4');

/**
 * Narration of the scene, one track per language ("vi" first). Nothing plays until the tourist
 * presses play; the track follows the tourist to the next scene if it has one.
 */
export const Narration = z
  .strictObject({
    /** Vietnamese narration. */
    vi: AudioFile.optional(),
    /** English narration. */
    en: AudioFile.optional(),
    /** Who is speaking, e.g. "Giọng đọc tổng hợp (máy đọc)". Shown beside the player. */
    credit: z.string().min(1).optional(),
    /**
     * What each track says, word for word, by language (`vi:` for the Vietnamese track). Shown on
     * the page under the scene's text, for deaf visitors, screen readers and anyone without sound.
     */
    transcript: z
      .strictObject({
        /** Text of the Vietnamese track. */
        vi: z.string().min(1).optional(),
        /** Text of the English track. */
        en: z.string().min(1).optional(),
      })
      .optional(),
  })
  .refine((n) => n.vi || n.en, { error: 'needs at least one track, e.g. `vi: ./thuyet-minh.m4a`' });

/** A quiet sound loop behind the scene (wind, a market, a river). Muted until the tourist turns sound on. */
export const Ambience = z.strictObject({
  /** The loop, beside the scene file. */
  src: AudioFile,
  /** Loudness from 0 to 1, relative to narration (default 0.4). */
  volume: z.number().min(0).max(1).default(0.4),
});

/**
 * A music loop behind a whole tour (issue 17), beside the tour's `index.mdx`. Muted until the
 * tourist turns sound on (the same toggle as the scenes' ambient sound), and quieter while a
 * narration speaks.
 */
export const TourMusic = z.strictObject({
  /** The loop, beside the tour file, e.g. "./nhac-nen.m4a". */
  src: AudioFile,
  /** Loudness from 0 to 1 (default 0.3); under narration it drops to a quarter of this. */
  volume: z.number().min(0).max(1).default(0.3),
});
