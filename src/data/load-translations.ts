import { getCollection } from 'astro:content';
import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../config/languages.ts';
import type { Translations } from './translations.ts';
import { splitTranslationId } from '../collections/layout.ts';

/** `<tour>/<name>.<lang>` → translations of `<tour>/<name>` (`index` for the tour itself). */
export async function loadTranslations(): Promise<Map<string, Translations>> {
  const byOriginal = new Map<string, Translations>();
  for (const entry of await getCollection('tourTranslations')) {
    const id = splitTranslationId(entry.id);
    // Unknown languages and translations of nothing are reported by the content checks; skip them here.
    if (!id || id.lang === DEFAULT_LANGUAGE || !(LANGUAGES as readonly string[]).includes(id.lang)) continue;
    const translations = byOriginal.get(id.original) ?? {};
    translations[id.lang as Lang] = entry;
    byOriginal.set(id.original, translations);
  }
  return byOriginal;
}

