/**
 * Articles in a language, newest first. A translation (`<slug>.<lang>.mdx`) replaces the headline,
 * summary and body; the date, section and image stay the original's. Untranslated articles are
 * listed in the original language with a notice on their page. Drafts exist only in `astro dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE, type Lang } from '../config/languages.ts';
import { localizedPath } from '../i18n/paths.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ArticleTranslationEntry = CollectionEntry<'articleTranslations'>;

export interface ArticleData {
  slug: string;
  entry: ArticleEntry;
  title: string;
  summary: string;
  coverAlt: string | undefined;
  /** The entry whose body is shown in this language. */
  body: ArticleEntry | ArticleTranslationEntry;
  /**
   * What this language shows in the original's words, as tours and scenes say it (`TourText.missing`):
   * empty when translated, `['(whole article)']` when there is no `<slug>.<lang>.mdx`, else the
   * fields a translation leaves out.
   */
  missing: string[];
  url: string;
}

export const articleUrl = (slug: string, lang: Lang = DEFAULT_LANGUAGE) => localizedPath(`/articles/${slug}/`, lang);

export async function getArticles(lang: Lang): Promise<ArticleData[]> {
  const [articles, translations] = await Promise.all([
    getCollection('articles', (a) => import.meta.env.DEV || !a.data.draft),
    getCollection('articleTranslations'),
  ]);
  const byId = new Map(translations.map((t) => [t.id, t]));
  return articles
    .map((entry) => {
      const translation = lang === DEFAULT_LANGUAGE ? undefined : byId.get(`${entry.id}.${lang}`);
      return {
        slug: entry.id,
        entry,
        title: translation?.data.title ?? entry.data.title,
        summary: translation?.data.summary ?? entry.data.summary,
        coverAlt: translation?.data.coverAlt ?? entry.data.cover?.alt,
        body: translation ?? entry,
        missing: missingWords(lang, translation),
        url: articleUrl(entry.id, lang),
      };
    })
    .sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.slug.localeCompare(b.slug));
}

function missingWords(lang: Lang, translation: ArticleTranslationEntry | undefined): string[] {
  if (lang === DEFAULT_LANGUAGE) return [];
  if (!translation) return ['(whole article)'];
  return translation.body?.trim() ? [] : ['(body)'];
}
