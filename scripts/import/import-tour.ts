/**
 * `npm run import -- <path-or-folder> [--tour <id>]`
 *
 * Brings a krpano, Pannellum or Marzipano tour into content/tours/<id>/: one scene file per scene with
 * its photo beside it (cube faces and tiles are stitched into one equirectangular photo), an index.mdx,
 * and a report of what could not be carried over, file by file. Everything is written into a temporary
 * folder, checked with the site's own content checks, and moved into place only when the tour is valid:
 * on any problem nothing is written. Nothing existing is ever overwritten.
 * `HG360_CONTENT_DIR` points it at another tours folder, like the site.
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { PanoramaProblem, writeEquirect } from '../../src/import/cube-to-equirect.ts';
import { readTour } from '../../src/import/detect.ts';
import { jpegWithHeading } from '../../src/import/heading.ts';
import { ImportError, type ImportNote } from '../../src/import/model.ts';
import { PanoramaInputError } from '../../src/panorama/errors.ts';
import { forTerminal } from '../../src/validate/format-report.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { readPhotoFacts } from '../new/photo-facts.ts';
import { isSlug, listTours, nextOrder, readFrontmatter, roundCoordinate, ScaffoldError, shownPath, slugify, splitArgs, toursRoot } from '../new/scaffold.ts';
import { sceneMdx } from '../new/scene-template.ts';
import { HA_GIANG_CENTRE, tourMdx } from '../new/tour-template.ts';
import { planScenes, type PlannedScene } from './plan.ts';
import { failureReport, successReport } from './report.ts';

export const USAGE = 'Cách dùng [Usage]: npm run import -- <tour.xml | data.js | pannellum.json | thư mục/folder> [--tour <tour-id>]';

export interface ImportOptions {
  /** The tour file or the folder holding it. */
  source: string;
  tour?: string | undefined;
  /** The tours folder (default: `HG360_CONTENT_DIR` or content/tours). */
  root?: string;
  /** Told as each scene's photo is made: stitching a large tour takes minutes. */
  progress?: (line: string) => void;
}

export type ImportResult = { ok: true; tourDir: string; report: string } | { ok: false; report: string };

/** Photo formats the scene schema accepts as they are; anything else is re-encoded as JPEG. */
const KEEP = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.tif', '.tiff']);

async function writePhoto(scene: PlannedScene, dir: string, notes: ImportNote[]): Promise<string> {
  const panorama = scene.source.panorama;
  if (panorama.kind === 'equirect') {
    if (!existsSync(panorama.file)) throw new PanoramaProblem(`its photo ${panorama.file} is missing`);
    const ext = extname(panorama.file).toLowerCase();
    if (KEEP.has(ext)) {
      const name = `${scene.id}${ext}`;
      // The source's heading goes into the photo without re-encoding it, when the photo has no XMP yet.
      const withHeading = scene.source.heading === undefined ? undefined : jpegWithHeading(await readFile(panorama.file), scene.source.heading);
      if (withHeading) await writeFile(join(dir, name), withHeading, { flag: 'wx' });
      else await copyFile(panorama.file, join(dir, name), constants.COPYFILE_EXCL);
      return name;
    }
    const name = `${scene.id}.jpg`;
    await sharp(panorama.file).jpeg({ quality: 90, mozjpeg: true }).toFile(join(dir, name)).catch(() => {
      throw new PanoramaProblem(`its photo ${panorama.file} is not an image this importer can read`);
    });
    return name;
  }
  const name = `${scene.id}.jpg`;
  for (const line of await writeEquirect(panorama, join(dir, name), scene.source.heading)) notes.push({ file: scene.source.file, message: `scene "${scene.source.sourceId}": ${line}.` });
  return name;
}

function tourIdFor(options: ImportOptions, title: string | undefined, source: string): string {
  if (options.tour !== undefined) {
    if (!isSlug(options.tour)) {
      throw new ScaffoldError(`"${options.tour}" không dùng được làm tên tour [is not usable as a tour id]: lowercase letters a–z, digits and single hyphens, e.g. --tour ${slugify(options.tour) || 'ten-tour'}.`);
    }
    return options.tour;
  }
  const folder = basename(dirname(resolve(source)));
  return slugify(title ?? '') || slugify(folder) || 'tour-nhap';
}

export async function importTour(options: ImportOptions): Promise<ImportResult> {
  const root = options.root ?? toursRoot();
  if (options.tour !== undefined) tourIdFor(options, undefined, options.source); // a bad --tour is said before anything is read
  const tour = await readTour(options.source);
  const tourId = tourIdFor(options, tour.title, tour.file);
  const tourDir = join(root, tourId);
  if (existsSync(tourDir)) {
    throw new ScaffoldError(`${shownPath(tourDir)} đã có; không ghi đè [already exists; nothing was overwritten]. Choose another id with --tour <id>.`);
  }
  const notes = [...tour.notes];
  const scenes = planScenes(tour, notes);
  const problems: ImportNote[] = [];

  // A sibling of the tours folder: same disk (so the final rename is atomic) and outside what the site reads.
  const work = join(dirname(root), `.import-${tourId}-${process.pid}`);
  const workTours = join(work, 'tours');
  const workDir = join(workTours, tourId);
  await rm(work, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  try {
    const files: string[] = [];
    const todo: string[] = [];
    const written: { scene: PlannedScene; photo: string; location?: { lat: number; lng: number }; heading?: number; partialNeeded: boolean }[] = [];
    for (const [i, scene] of scenes.entries()) {
      options.progress?.(`  ${i + 1}/${scenes.length} ${scene.id} …`);
      try {
        const photo = await writePhoto(scene, workDir, notes);
        const facts = await readPhotoFacts(join(workDir, photo), shownPath(join(tourDir, photo)));
        const location = scene.source.location ?? facts.location;
        const heading = scene.source.heading ?? facts.heading;
        written.push({ scene, photo, ...(location ? { location } : {}), ...(heading !== undefined ? { heading } : {}), partialNeeded: Boolean(facts.partialNeeded) && !scene.source.partial });
      } catch (error) {
        if (error instanceof PanoramaProblem || error instanceof PanoramaInputError) {
          problems.push({ file: scene.source.file, message: `scene "${scene.source.sourceId}": ${error instanceof PanoramaInputError ? `${error.problem} ${error.hint}` : error.message}.` });
        } else throw error;
      }
    }
    if (problems.length) return { ok: false, report: failureReport(problems, notes) };

    const located = written.filter((w) => w.location);
    const tourLocation = located.length
      ? { lat: roundCoordinate(located.reduce((s, w) => s + w.location!.lat, 0) / located.length), lng: roundCoordinate(located.reduce((s, w) => s + w.location!.lng, 0) / located.length) }
      : undefined;
    const from = `${tour.format}: ${shownPath(tour.file)}`;
    for (const [i, { scene, photo, location, heading, partialNeeded }] of written.entries()) {
      const text = sceneMdx({
        title: scene.source.title,
        photoFile: photo,
        location: location ?? tourLocation ?? HA_GIANG_CENTRE,
        locationSource: location ? 'gps' : tourLocation ? 'tour' : 'default',
        ...(heading !== undefined ? { heading } : {}),
        view: scene.view,
        ...(scene.source.credit ? { credit: scene.source.credit } : {}),
        ...(scene.source.partial ? { partial: scene.source.partial } : {}),
        partialNeeded,
        otherScenes: scenes.filter((s) => s !== scene).map((s) => s.id),
        order: i + 1,
        links: scene.links,
        hotspots: scene.hotspots,
        notes: [`Nhập từ [Imported from] ${from}, cảnh [scene] "${scene.source.sourceId}".`],
      });
      await writeFile(join(workDir, `${scene.id}.mdx`), text, { flag: 'wx' });
      files.push(join(tourDir, `${scene.id}.mdx`), join(tourDir, photo));
    }
    const title = tour.title ?? tourId;
    const start = scenes.find((s) => s.source.sourceId === tour.startScene) ?? scenes[0]!;
    await writeFile(
      join(workDir, 'index.mdx'),
      tourMdx({
        title,
        order: nextOrder(listTours(root).map((t) => join(root, t, 'index.mdx'))),
        startScene: start.id,
        ...(tourLocation ? { location: tourLocation } : {}),
        notes: [`Nhập từ [Imported from] ${from}.`],
      }),
      { flag: 'wx' },
    );
    files.unshift(join(tourDir, 'index.mdx'));

    // The site's own checks, on the tour alone; file names are shown where the files will be.
    const shown = (text: string) => text.split(shownPath(workDir)).join(shownPath(tourDir)).split(workDir).join(tourDir);
    const check = await validateContent({ root: process.cwd(), toursDir: workTours, articlesDir: join(work, 'articles') });
    if (check.errors.length) {
      return { ok: false, report: failureReport(check.errors.map((p) => ({ file: shown(p.file), message: `${p.field}: ${forTerminal(shown(p.message), false)}` })), notes) };
    }
    const warnings = check.warnings.map((w) => `${shown(w.file)} → ${w.field}: ${forTerminal(shown(w.message), false)}`);
    const twin = listTours(root).find((t) => String(readFrontmatter(join(root, t, 'index.mdx')).title ?? '').trim().toLowerCase() === title.trim().toLowerCase());
    if (twin) todo.push(`Tour "${twin}" có cùng tên: đổi title trong index.mdx. [Tour "${twin}" has the same title: change title in index.mdx.]`);
    todo.push(`Mở ${shownPath(join(tourDir, 'index.mdx'))}: viết summary, sửa region và category. [Write the summary, set region and category.]`);
    if (written.some((w) => !w.location)) todo.push('Cảnh không có vị trí GPS: sửa `location` (ghi chú trong từng tệp). [Scenes without GPS: set `location` in each file.]');
    todo.push('Viết phần mô tả dưới frontmatter của mỗi cảnh. [Write each scene’s description under its frontmatter.]');

    if (existsSync(tourDir)) throw new ScaffoldError(`${shownPath(tourDir)} appeared while importing; nothing was overwritten.`);
    await mkdir(root, { recursive: true });
    await rename(workDir, tourDir);
    return { ok: true, tourDir, report: successReport({ tourDir, tourId, format: tour.format, files, notes, todo, warnings }) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The command line: the report, or one clear paragraph and exit code 1 — never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { positional, options } = splitArgs(argv);
    const [source, extra] = positional;
    const unknown = Object.keys(options).filter((k) => k !== 'tour');
    if (!source || extra || unknown.length) throw new ScaffoldError(USAGE);
    const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`${line}\n`) : undefined;
    const result = await importTour({ source: resolve(process.env.INIT_CWD ?? process.cwd(), source), tour: options.tour, ...(progress ? { progress } : {}) });
    (result.ok ? console.log : console.error)(result.report);
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof ImportError) console.error(failureReport([{ file: error.file, message: error.message }]));
    else if (error instanceof ScaffoldError || error instanceof PanoramaInputError) console.error(`Không nhập được tour [The tour was not imported]:\n${error.message}`);
    else console.error(`Không nhập được tour; không ghi tệp nào. [The tour was not imported; nothing was written.]\nUnexpected: ${(error as Error)?.message ?? String(error)} — a bug in the importer; please report it with the tour file.`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}


