// Wires the editors' folders to the schemas. Nothing else belongs here: rules live in src/schemas/,
// queries in src/data/. https://docs.astro.build/en/guides/content-collections/
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SceneSchema } from './schemas/scene.ts';
import { TourSchema } from './schemas/tour.ts';
import { TranslationSchema } from './schemas/translation.ts';
import { ArticleSchema, ArticleTranslationSchema } from './schemas/article.ts';

// HG360_CONTENT_DIR points a build at another content folder (benchmarks, test fixture sites);
// HG360_ARTICLES_DIR does the same for articles.
const TOURS_DIR = process.env.HG360_CONTENT_DIR ?? './content/tours';
const ARTICLES_DIR = process.env.HG360_ARTICLES_DIR ?? './content/articles';

// Ids never contain dots, so `name.<lang>.mdx` is always a translation of `name.mdx`.
const TRANSLATION = '*.*.mdx';

/** `content/tours/<tour>/index.mdx` → id `<tour>`. */
const tours = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: TOURS_DIR, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: TourSchema,
});

/** `content/tours/<tour>/<scene>.mdx` → id `<tour>/<scene>`. */
const scenes = defineCollection({
  loader: glob({
    pattern: ['*/*.mdx', '!*/index.mdx', `!*/${TRANSLATION}`],
    base: TOURS_DIR,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: SceneSchema,
});

/** `content/tours/<tour>/<scene|index>.<lang>.mdx` → id `<tour>/<scene|index>.<lang>`. */
const tourTranslations = defineCollection({
  loader: glob({ pattern: `*/${TRANSLATION}`, base: TOURS_DIR, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: TranslationSchema,
});

/** `content/articles/<slug>.mdx` → id `<slug>`. */
const articles = defineCollection({
  loader: glob({ pattern: ['*.mdx', `!${TRANSLATION}`], base: ARTICLES_DIR, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: ArticleSchema,
});

/** `content/articles/<slug>.<lang>.mdx` → id `<slug>.<lang>`. */
const articleTranslations = defineCollection({
  loader: glob({ pattern: TRANSLATION, base: ARTICLES_DIR, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: ArticleTranslationSchema,
});

export const collections = { tours, scenes, tourTranslations, articles, articleTranslations };
