/**
 * The only place pages query tour content: sorting, the tour graph, photo URLs. Pages get plain
 * objects and never touch the disk or the content API themselves.
 */
import { getCollection } from 'astro:content';
import type { SceneEntry, TourEntry } from './entries.ts';
import { prepareMedia, preparePanorama, prepareVideo } from 'virtual:hg360/panoramas';
import { fileBeside, resolveSceneMedia, type SceneMedia } from './scene-media.ts';
import type { PanoramaAssets } from '../panorama/public-assets.ts';
import { defaultConcurrency, mapBounded } from '../panorama/pool.ts';
import { ContentError, type ContentProblem } from '../validate/content-error.ts';
import { untranslatedReport, type Translations } from './translations.ts';
import { loadTranslations } from './load-translations.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../config/languages.ts';
import { localizedPath } from '../i18n/paths.ts';
import { tourGraphProblems } from '../validate/check-tour-graph.ts';
import { pipelineMessage } from '../validate/pipeline-message.ts';
import { failIfAsked } from '../config/test-faults.ts';
import { timed } from '../build/timings.ts';

export type { SceneEntry, TourEntry } from './entries.ts';

export interface SceneData {
  /** Scene id within the tour (file name without `.mdx`). */
  id: string;
  tourId: string;
  entry: SceneEntry;
  panorama: PanoramaAssets;
  /** Hotspot media, narration, ambience and variants, published. */
  media: SceneMedia;
  /** Page of the scene in the default language; `sceneUrl(tourId, id, lang)` for others. */
  url: string;
  translations: Translations;
}

export interface TourData {
  id: string;
  entry: TourEntry;
  /** Scenes sorted by `order`, then title. */
  scenes: SceneData[];
  startScene: SceneData;
  url: string;
  translations: Translations;
  /** The tour's music loop (`music:`), published. */
  music?: { url: string; volume: number };
}

export const tourUrl = (tourId: string, lang: Lang = DEFAULT_LANGUAGE) => localizedPath(`/tours/${tourId}/`, lang);
export const sceneUrl = (tourId: string, sceneId: string, lang: Lang = DEFAULT_LANGUAGE) => localizedPath(`/tours/${tourId}/${sceneId}/`, lang);

/** The scene's picture (its photo or its video), as the pipeline reads it. */
const photoKey = (scene: SceneEntry) => fileBeside(scene, (scene.data.video ?? scene.data.photo)!);

/** Runs the pipeline for a scene; a bad photo or video becomes a problem naming the scene's `photo` or `video` field. */
async function resolvePanorama(scene: SceneEntry, problems: ContentProblem[]): Promise<PanoramaAssets | undefined> {
  const { photo, video, partial, view } = scene.data;
  try {
    if (video) return await prepareVideo({ video: photoKey(scene), view, ...(partial ? { partial } : {}) });
    return await preparePanorama({ photo: photoKey(scene), view, ...(partial ? { partial } : {}) });
  } catch (error) {
    if ((error as Error).name !== 'PanoramaInputError') throw error;
    const field = video ? 'video' : 'photo';
    problems.push({ file: scene.filePath ?? scene.id, field, message: pipelineMessage(error as Error & { problem: string; hint: string }, (video ?? photo)!) });
    return undefined;
  }
}

/** The tour's `music:` through the media pipeline (copied under a content hash, like narration). */
async function resolveMusic(tour: TourEntry, problems: ContentProblem[]): Promise<TourData['music']> {
  const music = tour.data.music;
  if (!music) return undefined;
  try {
    return { url: await prepareMedia(fileBeside(tour, music.src)), volume: music.volume };
  } catch (error) {
    if ((error as Error).name !== 'PanoramaInputError') throw error;
    problems.push({ file: tour.filePath ?? tour.id, field: 'music.src', message: pipelineMessage(error as Error & { problem: string; hint: string }, music.src) });
    return undefined;
  }
}

let cache: Promise<TourData[]> | undefined;

/**
 * Every tour with its scenes, checked as a whole. Throws a ContentError listing all problems.
 * Kept for the whole build; in `astro dev` worked out per request, so an editor's save shows at once
 * (the photos themselves stay cached on disk).
 */
export function getTours(): Promise<TourData[]> {
  if (import.meta.env.DEV) return loadTours();
  cache ??= loadTours();
  return cache;
}

async function loadTours(): Promise<TourData[]> {
  failIfAsked('render');
  const [tourEntries, sceneEntries, translations] = await Promise.all([getCollection('tours'), getCollection('scenes'), loadTranslations()]);
  const problems: ContentProblem[] = [];
  const tours: TourData[] = [];

  // The photos are the slow part (first build only; then cached): one per core, with progress
  // for the ones that take long enough to be worth a line.
  let done = 0;
  const panoramas = new Map(
    await timed('data photos', () => mapBounded(sceneEntries, defaultConcurrency(), async (scene) => {
      const started = performance.now();
      const panorama = await resolvePanorama(scene, problems);
      const media = await resolveSceneMedia(scene, problems);
      const ms = performance.now() - started;
      done++;
      if (ms > 300) console.info(`[hg360:panoramas] ${done}/${sceneEntries.length} ${photoKey(scene)} prepared in ${(ms / 1000).toFixed(1)} s`);
      return [scene.id, panorama && { panorama, media }] as const;
    })),
  );

  for (const entry of tourEntries) {
    const file = entry.filePath ?? entry.id;
    const scenes: SceneData[] = [];
    const entries = sceneEntries.filter((s) => s.id.startsWith(`${entry.id}/`));
    const sceneId = (scene: SceneEntry) => scene.id.slice(entry.id.length + 1);
    for (const scene of entries) {
      const prepared = panoramas.get(scene.id);
      const id = sceneId(scene);
      if (prepared) scenes.push({ id, tourId: entry.id, entry: scene, ...prepared, url: sceneUrl(entry.id, id), translations: translations.get(scene.id) ?? {} });
    }
    scenes.sort((a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title, 'vi'));

    // The same cross checks as the standalone validator (src/validate/), so the words are identical;
    // its warnings (unreachable scenes) were already printed by the content-checks integration.
    const graph = tourGraphProblems({
      id: entry.id,
      file,
      startScene: entry.data.startScene,
      ...(entry.data.guide ? { guide: entry.data.guide } : {}),
      // Every scene file, including one whose photo failed: that problem is reported once, on its
      // photo, not again as a start scene or link target that "does not exist".
      scenes: entries.map((s) => ({ id: sceneId(s), file: s.filePath ?? s.id, links: s.data.links.map((l) => l.to) })),
    });
    problems.push(...graph.errors);
    const music = await resolveMusic(entry, problems);
    const startScene = scenes.find((s) => s.id === entry.data.startScene);
    if (!startScene) continue;
    tours.push({ id: entry.id, entry, scenes, startScene, url: tourUrl(entry.id), translations: translations.get(`${entry.id}/index`) ?? {}, ...(music ? { music } : {}) });
  }
  if (problems.length > 0) throw new ContentError(problems);
  reportUntranslated(tours);
  return tours.sort((a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title, 'vi'));
}

export async function getTour(id: string): Promise<TourData | undefined> {
  return (await getTours()).find((tour) => tour.id === id);
}

let reported = false;

/**
 * Prints, once per build (and once per dev server), what is shown in Vietnamese on other languages'
 * pages, so translators get a to-do list. Not an error: a page falls back and says so.
 */
function reportUntranslated(tours: TourData[]): void {
  if (reported) return;
  reported = true;
  for (const lang of LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE)) {
    const lines = untranslatedReport(tours, lang);
    if (lines.length === 0) console.info(`[hg360:i18n] Everything is translated into "${lang}".`);
    else console.info(`[hg360:i18n] Not translated into "${lang}" yet (shown in ${DEFAULT_LANGUAGE} with a notice; add <name>.${lang}.mdx beside the file):\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
}
