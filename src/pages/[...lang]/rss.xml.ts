// RSS of the articles, one feed per language (`/rss.xml`, `/en/rss.xml`).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { languagePaths, localizedPath, type LanguagePageProps } from '../../i18n/paths.ts';
import { LANGUAGE_INFO } from '../../config/languages.ts';

export function getStaticPaths() {
  return languagePaths();
}

export async function GET(context: APIContext) {
  const { lang, t } = context.props as LanguagePageProps;
  const articles = await getArticles(lang);
  return rss({
    title: `${t.siteName} — ${t.articlesTitle}`,
    description: t.articlesDescription,
    site: new URL(localizedPath('/', lang), context.site),
    customData: `<language>${LANGUAGE_INFO[lang].htmlLang}</language>`,
    items: articles.map((article) => ({
      title: article.title,
      description: article.summary,
      pubDate: article.entry.data.date,
      link: article.url,
      categories: [t.articleCategories[article.entry.data.category]],
    })),
  });
}
