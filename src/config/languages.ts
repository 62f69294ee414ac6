/**
 * The site's languages. Vietnamese is the default and lives at `/`; every other language gets a
 * prefix (`/en/`). Content is written in the default language; other languages are translation
 * files beside it (`<scene>.en.mdx`) that hold text only — never angles, links or coordinates.
 */
export const DEFAULT_LANGUAGE = 'vi';
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** How each language names itself (on the language switcher) and its BCP 47 / Open Graph locale. */
export const LANGUAGE_INFO: Record<Lang, { name: string; htmlLang: string; ogLocale: string }> = {
  vi: { name: 'Tiếng Việt', htmlLang: 'vi', ogLocale: 'vi_VN' },
  en: { name: 'English', htmlLang: 'en', ogLocale: 'en_US' },
};

export function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}
