/**
 * Addresses per language. The default language has no prefix (`/tours/x/`), every other language
 * its code (`/en/tours/x/`); apart from that prefix the two addresses are the same, which is what lets
 * the language switcher keep the page — and the scene view in the query string — when it switches.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../config/languages.ts';
import { ui, type UiStrings } from './ui.ts';

/** `/tours/x/` in `lang`: `/tours/x/` or `/en/tours/x/`. */
export function localizedPath(path: string, lang: Lang): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANGUAGE ? clean : `/${lang}${clean}`;
}

/** The language an address belongs to, from its first path segment. */
export function pathLanguage(pathname: string): Lang {
  const first = pathname.split('/')[1];
  return (LANGUAGES as readonly string[]).includes(first ?? '') && first !== DEFAULT_LANGUAGE ? (first as Lang) : DEFAULT_LANGUAGE;
}

/** The same page in another language: `/en/tours/x/` ↔ `/tours/x/`. */
export function switchLanguage(pathname: string, target: Lang): string {
  const current = pathLanguage(pathname);
  const bare = current === DEFAULT_LANGUAGE ? pathname : pathname.slice(current.length + 1) || '/';
  return localizedPath(bare, target);
}

/** The `[...lang]` route parameter of a language: undefined for the default one (no prefix). */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANGUAGE ? undefined : lang;
}

/** The props of a page that exists once per language (`export const getStaticPaths = languagePaths`). */
export interface LanguagePageProps {
  lang: Lang;
  /** The site's words in `lang` (`ui(lang)`). */
  t: UiStrings;
}

/** Every language as `getStaticPaths` entries of a `[...lang]` route. */
export function languagePaths(): { params: { lang: string | undefined }; props: LanguagePageProps }[] {
  return LANGUAGES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang, t: ui(lang) } }));
}
