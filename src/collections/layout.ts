/**
 * Where editors' content lives and how its file names become ids, in one place, so that Astro's
 * collections (src/content.config.ts), the content checks (src/validate/), the data layer, the
 * scaffolder and the tests can never disagree (Starlight's `utils/collection.ts` is the model).
 * Zod-free and Astro-free: the checks run before Astro starts.
 *
 *   content/tours/<tour>/index.mdx          a tour              id `<tour>`
 *   content/tours/<tour>/<scene>.mdx        a scene             id `<tour>/<scene>`
 *   content/tours/<tour>/<name>.<lang>.mdx  its translation     id `<tour>/<name>.<lang>`
 *   content/articles/<slug>.mdx             an article          id `<slug>`
 *   content/articles/<slug>.<lang>.mdx      its translation     id `<slug>.<lang>`
 */

/** The folders, relative to the project: HG360_CONTENT_DIR and HG360_ARTICLES_DIR point a build elsewhere (tests, benchmarks). */
export function contentDirs(env: Record<string, string | undefined> = process.env): { tours: string; articles: string } {
  return { tours: env.HG360_CONTENT_DIR ?? './content/tours', articles: env.HG360_ARTICLES_DIR ?? './content/articles' };
}

/** Ids are lowercase ASCII words joined by hyphens: they become parts of addresses. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids never contain dots, so `name.<lang>.mdx` is always a translation of `name.mdx`. */
export const TRANSLATION_GLOB = '*.*.mdx';

/** A translation's id, `<original>.<lang>`: the original's id and the language code. */
const TRANSLATION_ID = /^(.+)\.([a-z]{2,3}(?:-[a-z0-9]+)?)$/i;

export function splitTranslationId(id: string): { original: string; lang: string } | undefined {
  const match = TRANSLATION_ID.exec(id);
  return match ? { original: match[1]!, lang: match[2]! } : undefined;
}

/** `name.mdx` or `name.lang.mdx`; undefined for more dots, which cannot be told apart from a translation. */
export function splitFileName(fileName: string): { name: string; lang?: string } | undefined {
  const parts = fileName.replace(/\.mdx$/, '').split('.');
  if (parts.length === 1) return { name: parts[0]! };
  if (parts.length === 2) return { name: parts[0]!, lang: parts[1]! };
  return undefined;
}

/** The id of an entry from its path inside its collection's folder: the path without `.mdx`. */
export const entryId = (entry: string) => entry.replace(/\.mdx$/, '');
/** A tour's id is its folder's name: `<tour>/index.mdx` → `<tour>`. */
export const tourId = (entry: string) => entry.split('/')[0]!;
