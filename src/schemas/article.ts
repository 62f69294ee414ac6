import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';

/** The sections of the articles list. */
export const ARTICLE_CATEGORIES = ['news', 'culture', 'guide'] as const;
export const ArticleCategory = z.enum(ARTICLE_CATEGORIES, { error: `must be one of: ${ARTICLE_CATEGORIES.join(', ')}` });
export type ArticleCategory = z.infer<typeof ArticleCategory>;

/**
 * An article: `content/articles/<slug>.mdx` in Vietnamese. Its image goes through `astro:assets`
 * (resized and converted at build), so it is written as a path relative to the file.
 */
export const ArticleSchema = ({ image }: SchemaContext) =>
  z.strictObject({
    /** Headline, e.g. "Thành phố Hà Giang và chính quyền số". */
    title: z.string({ error: 'is required: the headline' }).min(1, { error: 'must not be empty' }),
    /** One or two sentences shown in lists, link previews and the RSS feed. */
    summary: z.string({ error: 'is required: one or two sentences about the article' }).min(1, { error: 'must not be empty' }),
    /** Publication date, written YYYY-MM-DD. */
    date: z.coerce.date({ error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-28' }),
    /** Which section the article belongs to. */
    category: ArticleCategory,
    /** Lead image beside the file, e.g. "./ioc.jpg", and what it shows. */
    cover: z
      .strictObject({
        src: image(),
        /** What the image shows, for people who cannot see it. */
        alt: z.string({ error: 'is required: say in a few words what the image shows' }).min(1, { error: 'must not be empty' }),
        /** True when the image is a drawing or diagram, not a photograph. */
        illustration: z.boolean().default(false),
      })
      .optional(),
    /** Tours the article talks about, by folder name; shown as links under the article. */
    tours: z.array(z.string()).default([]),
    /** A draft is built in `astro dev` only, never published. */
    draft: z.boolean().default(false),
  });

/** An article's translation: `content/articles/<slug>.<lang>.mdx`; the image and date stay in the original. */
export const ArticleTranslationSchema = z.strictObject({
  title: z.string({ error: 'is required: the translated headline' }).min(1, { error: 'must not be empty' }),
  summary: z.string({ error: 'is required: the translated summary' }).min(1, { error: 'must not be empty' }),
  /** Translated alternative text of the cover image. */
  coverAlt: z.string().min(1, { error: 'must not be empty' }).optional(),
});
