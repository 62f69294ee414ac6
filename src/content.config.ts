// Wires the editors' folders to the schemas. Nothing else belongs here: rules live in src/schemas/,
// queries in src/data/. https://docs.astro.build/en/guides/content-collections/
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SceneSchema } from './schemas/scene.ts';
import { TourSchema } from './schemas/tour.ts';

// HG360_CONTENT_DIR points a build at another content folder (benchmarks, test fixture sites).
const TOURS_DIR = process.env.HG360_CONTENT_DIR ?? './content/tours';

/** `content/tours/<tour>/index.mdx` → id `<tour>`. */
const tours = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: TOURS_DIR,
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: TourSchema,
});

/** `content/tours/<tour>/<scene>.mdx` → id `<tour>/<scene>`. */
const scenes = defineCollection({
  loader: glob({
    pattern: ['*/*.mdx', '!*/index.mdx'],
    base: TOURS_DIR,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: SceneSchema,
});

export const collections = { tours, scenes };
