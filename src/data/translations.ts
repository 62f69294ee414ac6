/**
 * Text of tours and scenes in a language. Translations (`<scene>.<lang>.mdx`) hold words only; whatever
 * they leave out is taken from the Vietnamese original, and the page says so. Geometry (angles, links,
 * coordinates) is always the original's: it is written once.
 */
import type { CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE, type Lang } from '../config/languages.ts';
import type { PracticalInfo } from '../schemas/practical.ts';
import type { SceneEntry, TourEntry } from './entries.ts';

/** Just the parts of a tour the untranslated report reads (a TourData fits). */
interface TourForReport {
  id: string;
  entry: TourEntry;
  translations: Translations;
  scenes: { id: string; entry: SceneEntry; translations: Translations }[];
}

export type TranslationEntry = CollectionEntry<'tourTranslations'>;
/** Translations of one tour or scene, by language. */
export type Translations = Partial<Record<Lang, TranslationEntry>>;

export interface SceneText {
  title: string;
  summary: string | undefined;
  credit: string | undefined;
  photoLabel: string | undefined;
  hotspots: Record<string, { title: string; text: string; imageAlt: string | undefined }>;
  variants: Record<string, string>;
  /** The entry whose MDX body is the description in this language (the original when not translated). */
  body: SceneEntry | TranslationEntry;
  /** Fields shown in Vietnamese because the translation lacks them. */
  missing: string[];
}

export interface TourText {
  title: string;
  summary: string;
  area: string | undefined;
  practical: PracticalInfo | undefined;
  body: TourEntry | TranslationEntry;
  missing: string[];
}

/** Picks the translated value when there is one and notes the field otherwise. */
function picker(lang: Lang, missing: string[]) {
  return <T>(field: string, original: T, translated: T | undefined): T => {
    if (lang === DEFAULT_LANGUAGE || original === undefined) return original;
    if (translated === undefined) missing.push(field);
    return translated ?? original;
  };
}

/** A scene's words in `lang`, from the scene (`entry`) and its translation files. */
export function sceneText({ entry, translations }: { entry: SceneEntry; translations: Translations }, lang: Lang): SceneText {
  const missing: string[] = [];
  const t = translations[lang];
  if (lang !== DEFAULT_LANGUAGE && !t) missing.push('(whole scene)');
  const pick = picker(lang, t ? missing : []);
  const data = entry.data;
  const tr = t?.data;
  const hotspots: SceneText['hotspots'] = {};
  for (const h of data.hotspots) {
    const th = tr?.hotspots?.[h.id];
    hotspots[h.id] = {
      title: pick(`hotspots.${h.id}.title`, h.title, th?.title),
      text: pick(`hotspots.${h.id}.text`, h.text, th?.text),
      imageAlt: pick(`hotspots.${h.id}.imageAlt`, h.image?.alt, th?.imageAlt),
    };
  }
  const variants: Record<string, string> = {};
  for (const v of data.variants) variants[v.id] = pick(`variants.${v.id}`, v.label, tr?.variants?.[v.id]);
  return {
    title: pick('title', data.title, tr?.title),
    summary: pick('summary', data.summary, tr?.summary),
    credit: pick('credit', data.credit, tr?.credit),
    photoLabel: pick('photoLabel', data.photoLabel, tr?.photoLabel),
    hotspots,
    variants,
    body: t && t.body?.trim() ? t : entry,
    missing: t && !t.body?.trim() && lang !== DEFAULT_LANGUAGE ? [...missing, '(description)'] : missing,
  };
}

/** A tour's words in `lang`, from the tour (`entry`) and its translation files. */
export function tourText({ entry, translations }: { entry: TourEntry; translations: Translations }, lang: Lang): TourText {
  const missing: string[] = [];
  const t = translations[lang];
  if (lang !== DEFAULT_LANGUAGE && !t) missing.push('(whole tour)');
  const pick = picker(lang, t ? missing : []);
  const data = entry.data;
  const tr = t?.data;
  const practical = data.practical && {
    gettingThere: pick('practical.gettingThere', data.practical.gettingThere, tr?.practical?.gettingThere),
    bestSeason: pick('practical.bestSeason', data.practical.bestSeason, tr?.practical?.bestSeason),
    openingHours: pick('practical.openingHours', data.practical.openingHours, tr?.practical?.openingHours),
  };
  return {
    title: pick('title', data.title, tr?.title),
    summary: pick('summary', data.summary, tr?.summary),
    area: pick('area', data.region.area, tr?.area),
    practical,
    body: t && t.body?.trim() ? t : entry,
    missing: t && !t.body?.trim() && lang !== DEFAULT_LANGUAGE ? [...missing, '(description)'] : missing,
  };
}

/**
 * What is shown in the default language on `lang`'s pages, one line per file: the translators' to-do
 * list that the build prints.
 */
export function untranslatedReport(tours: TourForReport[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const tour of tours) {
    const missing = tourText(tour, lang).missing;
    if (missing.length) lines.push(`${tour.entry.filePath ?? tour.id}: ${missing.join(', ')}`);
    for (const scene of tour.scenes) {
      const sceneMissing = sceneText(scene, lang).missing;
      if (sceneMissing.length) lines.push(`${scene.entry.filePath ?? scene.id}: ${sceneMissing.join(', ')}`);
    }
  }
  return lines;
}
