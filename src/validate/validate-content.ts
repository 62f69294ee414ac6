/**
 * The content checks, all at once: every file's fields, file names, links between scenes, the
 * files content points at, translations against their originals. Runs without Astro, before it
 * (src/integrations/content-checks.ts, scripts/check-content.ts), so an editor sees every problem
 * in one go and a broken site never reaches `dist/`.
 */
import { resolve } from 'node:path';
import { contentDirs } from '../collections/layout.ts';
import type { ContentProblem } from './problem.ts';
import { TourSchema } from '../schemas/tour.ts';
import { loadContent, type ContentFile, type ContentFolders } from './load-content.ts';
import { checkNames } from './check-names.ts';
import { checkBody } from './check-body.ts';
import { checkScene, type SceneOutline } from './check-scene.ts';
import { checkArrivalViews } from './check-opening-view.ts';
import type { Scene } from '../schemas/scene.ts';
import { checkTranslation } from './check-translation.ts';
import { checkArticle, checkArticleTranslation } from './check-article.ts';
import { tourGraphProblems } from './check-tour-graph.ts';
import { checkSchema } from './schema-problems.ts';
import { checkMediaFile } from './check-media.ts';

export interface ContentReport {
  /** Problems that stop the build. */
  errors: ContentProblem[];
  /** Problems worth knowing about that do not stop it (a scene nobody can walk to). */
  warnings: ContentProblem[];
}

/** The folders the site reads, with the same environment overrides as src/content.config.ts. */
export function contentFolders(root: string, env: NodeJS.ProcessEnv = process.env): ContentFolders {
  return {
    root,
    toursDir: resolve(root, contentDirs(env).tours),
    articlesDir: resolve(root, contentDirs(env).articles),
  };
}

/** Problems sorted by file (so a file's problems read together), in the order found within a file. */
function byFile(problems: ContentProblem[]): ContentProblem[] {
  return problems.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : i - j)).map(([p]) => p);
}

/** Two tours with one title cannot be told apart in lists, the map and search results. */
function twinTitles(tours: readonly ContentFile[]): ContentProblem[] {
  const first = new Map<string, ContentFile>();
  return tours.flatMap((tour) => {
    const title = tour.data!.title;
    if (typeof title !== 'string' || title.trim() === '') return [];
    const key = title.trim().normalize('NFC').toLocaleLowerCase('vi');
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, tour);
      return [];
    }
    return [{ file: tour.path, field: 'title', message: `"${title}" is also the title of ${earlier.path}, so visitors could not tell the two tours apart in lists, on the map or in search results. Give each tour its own title.` }];
  });
}

export async function validateContent(folders: ContentFolders): Promise<ContentReport> {
  const { files, problems: errors } = await loadContent(folders);
  const warnings: ContentProblem[] = [];
  errors.push(...checkNames(files));
  // Every description and article body: text, formatting, pictures and safe links only (check-body.ts).
  for (const file of files) if (file.body) errors.push(...checkBody(file.body.text, file.body.line, file.path));
  const readable = files.filter((f) => f.data);
  const scenes = readable.filter((f) => f.kind === 'scene');

  // Scenes first: translations and the tour graph need their checked data.
  const outlines = new Map<ContentFile, SceneOutline>();
  const valid = new Set<ContentFile>();
  const checked = new Map<ContentFile, Scene>();
  for (const [scene, check] of await Promise.all(scenes.map(async (scene) => [scene, await checkScene(scene)] as const))) {
    outlines.set(scene, check.outline);
    if (check.data) {
      valid.add(scene);
      checked.set(scene, check.data);
    }
    errors.push(...check.errors);
    warnings.push(...check.warnings);
  }
  // An arrow's `arrive:` opens the next scene: that view must show its way on too.
  const byTourAndName = new Map([...checked].map(([file, data]) => [`${file.tour}/${file.name}`, data]));
  for (const [scene, data] of checked) warnings.push(...checkArrivalViews(data, scene.path, (id) => byTourAndName.get(`${scene.tour}/${id}`)));

  const tourIds = files.filter((f) => f.kind === 'tour').map((f) => f.tour!);
  for (const tour of readable.filter((f) => f.kind === 'tour')) {
    const parsed = checkSchema(TourSchema, tour.data, tour.path, 'of a tour file');
    errors.push(...parsed.problems);
    // Links are checked even when the tour file has other problems, so one save shows them all;
    // the start scene only when it is written as an id (otherwise the schema said why).
    const start = tour.data!.startScene;
    const startFlagged = parsed.problems.some((p) => p.field === 'startScene');
    // A scene with broken fields still exists: links to it are not broken, only the scene is.
    const own = files.filter((s) => s.kind === 'scene' && s.tour === tour.tour);
    const guide = tour.data!.guide;
    const guideFlagged = parsed.problems.some((p) => p.field.startsWith('guide'));
    const graph = tourGraphProblems({
      id: tour.tour!,
      file: tour.path,
      ...(typeof start === 'string' && !startFlagged ? { startScene: start } : {}),
      ...(Array.isArray(guide) && !guideFlagged ? { guide: guide as string[] } : {}),
      scenes: own.map((s) => ({ id: s.name, file: s.path, links: outlines.get(s)?.links ?? [] })),
    });
    errors.push(...graph.errors);
    const music = (tour.data!.music as { src?: unknown } | undefined)?.src;
    if (typeof music === 'string' && !parsed.problems.some((p) => p.field.startsWith('music'))) {
      const problem = await checkMediaFile(tour, music, 'music.src', 'the tour file (index.mdx)');
      if (problem) errors.push(problem);
    }
    // Only warn about reachability when every scene was read whole (a broken scene may hide links),
    // and not for a file already reported for its name.
    const named = new Set(errors.filter((p) => p.field === 'file name').map((p) => p.file));
    if (own.every((s) => valid.has(s))) warnings.push(...graph.warnings.filter((w) => !named.has(w.file)));
  }

  warnings.push(...twinTitles(readable.filter((f) => f.kind === 'tour')));

  for (const translation of readable.filter((f) => f.kind === 'tourTranslation')) {
    const original = files.find((f) => f.tour === translation.tour && f.lang === undefined && f.name === translation.name);
    const scene = original && outlines.get(original);
    errors.push(...checkTranslation(translation, original && { path: original.path, ...(scene ? { scene } : {}) }));
  }
  for (const article of readable.filter((f) => f.kind === 'article')) errors.push(...(await checkArticle(article, tourIds)));
  for (const translation of readable.filter((f) => f.kind === 'articleTranslation')) errors.push(...checkArticleTranslation(translation));

  return { errors: byFile(errors), warnings: byFile(warnings) };
}
