/**
 * Articles: their fields, the cover image on disk, and the tours they list. In Astro the cover
 * goes through `image()` (astro:assets); here a string plus a file check stands in for it, so the
 * validator needs no Astro.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { ContentProblem } from './problem.ts';
import { ArticleSchema, ArticleTranslationSchema } from '../schemas/article.ts';
import { checkSchema } from './schema-problems.ts';
import { checkImageFile } from './check-media.ts';
import type { ContentFile } from './load-content.ts';

const CoverPath = z.string({ error: 'is required: the image file beside the article, e.g. "./anh-bia.jpg"' }).min(1, { error: 'must not be empty' });
const ArticleFields = ArticleSchema({ image: () => CoverPath } as unknown as SchemaContext);

export async function checkArticle(article: ContentFile, tourIds: readonly string[]): Promise<ContentProblem[]> {
  const file = article.path;
  const parsed = checkSchema(ArticleFields, article.data, file, 'of an article');
  const problems = [...parsed.problems];
  // Read from the raw frontmatter, so a wrong category does not hide a missing cover.
  const raw = article.data!;
  const flagged = new Set(problems.map((p) => p.field));
  const cover = raw.cover && typeof raw.cover === 'object' ? (raw.cover as Record<string, unknown>).src : undefined;
  if (typeof cover === 'string' && cover !== '' && !flagged.has('cover.src')) {
    const missing = await checkImageFile(article, cover, 'cover.src', 'the article file');
    if (missing) problems.push(missing);
  }
  (Array.isArray(raw.tours) ? raw.tours : []).forEach((tour: unknown, index) => {
    if (typeof tour !== 'string' || tourIds.includes(tour)) return;
    problems.push({
      file,
      field: `tours[${index}]`,
      message: `there is no tour "${tour}", so the link under the article would lead nowhere. Use the name of a folder in content/tours (tours: ${tourIds.join(', ') || 'none yet'}).`,
    });
  });
  return problems;
}

export function checkArticleTranslation(translation: ContentFile): ContentProblem[] {
  return checkSchema(ArticleTranslationSchema, translation.data, translation.path, 'of an article translation', ' The date, category, cover image and tours stay in the original article.').problems;
}
