import type { CollectionEntry } from 'astro:content';

/** A tour's `index.mdx` as Astro loads it. Its own module, so modules that only need the type import no data code. */
export type TourEntry = CollectionEntry<'tours'>;
/** A scene's MDX file as Astro loads it. */
export type SceneEntry = CollectionEntry<'scenes'>;
