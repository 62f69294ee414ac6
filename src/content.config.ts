// Wires the editors' folders to the schemas. Nothing else belongs here: rules live in src/schemas/,
// queries in src/data/. https://docs.astro.build/en/guides/content-collections/
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SceneSchema } from './schemas/scene.ts';
import { TourSchema } from './schemas/tour.ts';
import { TranslationSchema } from './schemas/translation.ts';
import { ArticleSchema, ArticleTranslationSchema } from './schemas/article.ts';

import { contentDirs, entryId, tourId, TRANSLATION_GLOB as TRANSLATION } from './collections/layout.ts';

// The folders and id rules are src/collections/layout.ts's, shared with the content checks.
const { tours: TOURS_DIR, articles: ARTICLES_DIR } = contentDirs();

/** `content/tours/<tour>/index.mdx` → id `<tour>`. */
const tours = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: TOURS_DIR, generateId: ({ entry }) => tourId(entry) }),
  schema: TourSchema,
});

/** `content/tours/<tour>/<scene>.mdx` → id `<tour>/<scene>`. */
const scenes = defineCollection({
  loader: glob({
    pattern: ['*/*.mdx', '!*/index.mdx', `!*/${TRANSLATION}`],
    base: TOURS_DIR,
    generateId: ({ entry }) => entryId(entry),
  }),
  schema: SceneSchema,
});

/** `content/tours/<tour>/<scene|index>.<lang>.mdx` → id `<tour>/<scene|index>.<lang>`. */
const tourTranslations = defineCollection({
  loader: glob({ pattern: `*/${TRANSLATION}`, base: TOURS_DIR, generateId: ({ entry }) => entryId(entry) }),
  schema: TranslationSchema,
});

/** `content/articles/<slug>.mdx` → id `<slug>`. */
const articles = defineCollection({
  loader: glob({ pattern: ['*.mdx', `!${TRANSLATION}`], base: ARTICLES_DIR, generateId: ({ entry }) => entryId(entry) }),
  schema: ArticleSchema,
});

/** `content/articles/<slug>.<lang>.mdx` → id `<slug>.<lang>`. */
const articleTranslations = defineCollection({
  loader: glob({ pattern: TRANSLATION, base: ARTICLES_DIR, generateId: ({ entry }) => entryId(entry) }),
  schema: ArticleTranslationSchema,
});

export const collections = { tours, scenes, tourTranslations, articles, articleTranslations };
