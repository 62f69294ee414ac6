import { getCollection } from 'astro:content';
import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../config/languages.ts';
import type { Translations } from './translations.ts';

/** `<tour>/<name>.<lang>` → translations of `<tour>/<name>` (`index` for the tour itself). */
export async function loadTranslations(): Promise<Map<string, Translations>> {
  const byOriginal = new Map<string, Translations>();
  for (const entry of await getCollection('tourTranslations')) {
    const match = /^(.+)\.([a-z]{2,3}(?:-[a-z0-9]+)?)$/i.exec(entry.id);
    // Unknown languages and translations of nothing are reported by the content checks; skip them here.
    if (!match || match[2] === DEFAULT_LANGUAGE || !(LANGUAGES as readonly string[]).includes(match[2]!)) continue;
    const translations = byOriginal.get(match[1]!) ?? {};
    translations[match[2] as Lang] = entry;
    byOriginal.set(match[1]!, translations);
  }
  return byOriginal;
}

