/**
 * `npm run new:scene -- <tour> <photo> [--id <scene-id>] [--title "<name>"]`
 *
 * Adds a 360° photo to a tour: checks the photo the way the build does (so a bad photo is refused
 * now, not at the next build), copies it beside a new `<scene>.mdx` in which every field is filled
 * in or explained, and says what to do next. Nothing is ever overwritten.
 * `HG360_CONTENT_DIR` points it at another tours folder, like the site.
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PanoramaInputError } from '../../src/panorama/errors.ts';
import { readPhotoFacts } from './photo-facts.ts';
import { isSlug, listScenes, listTours, nextOrder, readFrontmatter, ScaffoldError, shownPath, slugify, splitArgs, toursRoot, yawOfBearing } from './scaffold.ts';
import { sceneMdx } from './scene-template.ts';
import { HA_GIANG_CENTRE, NO_SCENE_YET } from './tour-template.ts';

export interface NewSceneOptions {
  tour: string;
  /** Path of the photo to add, anywhere on disk. */
  photo: string;
  id?: string | undefined;
  title?: string | undefined;
  /** The tours folder (default: `HG360_CONTENT_DIR` or content/tours). */
  root?: string;
}

export interface NewSceneResult {
  sceneId: string;
  sceneFile: string;
  photoFile: string;
  /** True when the tour had no start scene yet and now starts with this one. */
  becameStart: boolean;
  /** Things the editor must still fix in the new file. */
  warnings: string[];
}

/** Extensions the scene schema accepts for `photo` (src/schemas/scene.ts). */
const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.tif', '.tiff'];

export const USAGE = 'Cách dùng [Usage]: npm run new:scene -- <tour> <photo> [--id <scene-id>] [--title "Tên địa điểm"]';

function missingTour(tour: string, root: string): ScaffoldError {
  const tours = listTours(root);
  return new ScaffoldError(
    `Không có tour "${tour}" trong ${shownPath(root)}. [There is no tour "${tour}" in ${shownPath(root)}.]\n` +
      `Các tour hiện có [Tours]: ${tours.join(', ') || '(chưa có / none)'}.\n` +
      `Để tạo tour mới [To start a new tour]: npm run new:tour -- ${isSlug(tour) ? tour : 'ten-tour'} --title "Tên tour"`,
  );
}

export async function newScene(options: NewSceneOptions): Promise<NewSceneResult> {
  const root = options.root ?? toursRoot();
  const tourDir = join(root, options.tour);
  if (!existsSync(join(tourDir, 'index.mdx'))) throw missingTour(options.tour, root);

  const extension = extname(options.photo).toLowerCase();
  if (!PHOTO_EXTENSIONS.includes(extension)) {
    throw new ScaffoldError(
      `${options.photo}: đuôi tệp "${extension || '(không có)'}" không dùng được; hãy xuất ảnh dạng JPEG. ` +
        `[The file ending "${extension || '(none)'}" cannot be used; export the photo as JPEG (.jpg), or PNG, WebP, AVIF, TIFF.]`,
    );
  }
  const sceneId = options.id ?? slugify(basename(options.photo, extname(options.photo)));
  if (!isSlug(sceneId) || sceneId === 'index') {
    throw new ScaffoldError(
      `"${sceneId}" không dùng được làm tên cảnh: chỉ chữ thường a–z không dấu, số và dấu gạch ngang, ví dụ --id cot-co-lung-cu. ` +
        `[Not usable as a scene id: lowercase letters a–z, digits and single hyphens only, e.g. --id cot-co-lung-cu.]`,
    );
  }
  const sceneFile = join(tourDir, `${sceneId}.mdx`);
  const photoFile = join(tourDir, `${sceneId}${extension}`);
  for (const file of [sceneFile, photoFile]) {
    if (existsSync(file)) {
      throw new ScaffoldError(
        `${shownPath(file)} đã có; không ghi đè. Chọn tên khác với --id. [Already exists; nothing was overwritten. Choose another name with --id.]`,
      );
    }
  }

  // The build's own checks and wording: the editor sees now what the build would say later.
  const facts = await readPhotoFacts(options.photo, options.photo);
  const warnings: string[] = [];
  const tour = readFrontmatter(join(tourDir, 'index.mdx'));
  const tourLocation = tour.location as { lat?: unknown; lng?: unknown } | undefined;
  const locationSource = facts.location ? 'gps' : typeof tourLocation?.lat === 'number' && typeof tourLocation.lng === 'number' ? 'tour' : 'default';
  const location = facts.location ?? (locationSource === 'tour' ? (tourLocation as { lat: number; lng: number }) : HA_GIANG_CENTRE);
  if (locationSource !== 'gps') warnings.push('Ảnh không có GPS: hãy sửa `location` thành nơi chụp. [The photo has no GPS: set `location` to where it was taken.]');
  if (facts.partialNeeded) warnings.push(`Ảnh chưa phải ảnh 360° đầy đủ: điền \`partial\`. [${facts.partialNeeded}]`);

  const scenesBefore = listScenes(tourDir);
  const view = {
    // The camera app's first view, when it recorded one, turned into our yaw (0 = photo centre).
    yaw: facts.initialHeading !== undefined && facts.heading !== undefined ? yawOfBearing(facts.initialHeading, facts.heading) : 0,
    pitch: facts.initialPitch === undefined ? 0 : Math.round(facts.initialPitch),
    zoom: 50,
  };
  const text = sceneMdx({
    title: options.title ?? basename(options.photo, extname(options.photo)),
    photoFile: basename(photoFile),
    location,
    locationSource,
    ...(facts.heading === undefined ? {} : { heading: facts.heading }),
    view,
    ...(facts.artist ? { credit: facts.artist } : {}),
    partialNeeded: Boolean(facts.partialNeeded),
    gpanoCoverage: facts.gpanoCoverage,
    otherScenes: scenesBefore,
    order: nextOrder(scenesBefore.map((s) => join(tourDir, `${s}.mdx`))),
  });
  if (!options.title) warnings.push('Chưa có tên địa điểm: sửa `title` (hoặc dùng --title). [No title given: edit `title`, or use --title.]');

  // COPYFILE_EXCL and 'wx': if another editor created the same file a moment ago, fail rather than overwrite.
  await copyFile(options.photo, photoFile, constants.COPYFILE_EXCL);
  await writeFile(sceneFile, text, { flag: 'wx' });
  const becameStart = await adoptAsStart(join(tourDir, 'index.mdx'), String(tour.startScene ?? ''), scenesBefore, sceneId);
  return { sceneId, sceneFile, photoFile, becameStart, warnings };
}

/**
 * A tour made by `new:tour` names no real scene yet (`startScene: chua-co-canh`): its first scene
 * becomes the start, so the tour builds without a further edit.
 */
async function adoptAsStart(indexFile: string, startScene: string, scenesBefore: string[], sceneId: string): Promise<boolean> {
  if (scenesBefore.includes(startScene) || (startScene !== NO_SCENE_YET && scenesBefore.length > 0)) return false;
  const text = await readFile(indexFile, 'utf8');
  const updated = text.replace(/^startScene:.*$/m, `startScene: ${sceneId}`);
  if (updated === text) return false;
  await writeFile(indexFile, updated);
  return true;
}

/** What the editor does next, printed after the files are written. */
export function nextSteps(tour: string, result: NewSceneResult): string {
    return [
    'Đã tạo cảnh mới [New scene created]:',
    `  ${shownPath(result.sceneFile)}`,
    `  ${shownPath(result.photoFile)} (bản sao của ảnh / a copy of the photo)`,
    ...(result.becameStart ? [`  Tour "${tour}" giờ mở đầu bằng cảnh này (startScene trong index.mdx). [The tour now starts with this scene.]`] : []),
    ...(result.warnings.length ? ['', 'Cần sửa [To fix]:', ...result.warnings.map((w) => `  • ${w}`)] : []),
    '',
    'Việc tiếp theo [Next steps]:',
    `  1. Mở ${shownPath(result.sceneFile)}, sửa tên (title), thêm summary và phần mô tả. [Edit the title, summary and description.]`,
    '  2. Chạy [Run]: npm run dev',
    `  3. Mở trong trình duyệt [Open]: http://localhost:4321/tours/${tour}/${result.sceneId}/?edit`,
    '     Bấm vào ảnh để lấy vị trí mũi tên (links) và điểm thông tin (hotspots), dán vào tệp .mdx.',
    '     [Click the panorama to get positions for links and hotspots, and paste them into the .mdx file.]',
    `  4. Thêm một mũi tên tới cảnh này từ một cảnh khác (to: ${result.sceneId}), nếu không khách không tới được.`,
    '     [Add an arrow to this scene from another scene, or visitors cannot reach it.]',
    `  5. Bản dịch tiếng Anh [English translation]: ${shownPath(result.sceneFile.replace(/\.mdx$/, '.en.mdx'))} (title, summary, hotspots…)`,
    '  Hướng dẫn đầy đủ [Full guide]: docs/editing.vi.md · docs/editing.md',
  ].join('\n');
}

/** The command line: prints the result, or the editor's message and exit code 1 (no stack trace). */
export async function main(argv: string[]): Promise<number> {
  try {
    const { positional, options } = splitArgs(argv);
    const [tour, photo, extra] = positional;
    if (!tour || !photo || extra) throw new ScaffoldError(USAGE);
    // `npm run` starts scripts in the project folder; INIT_CWD is where the editor typed the command,
    // so a photo path relative to that folder still points at the right file.
    const result = await newScene({ tour, photo: resolve(process.env.INIT_CWD ?? process.cwd(), photo), id: options.id, title: options.title });
    console.log(nextSteps(tour, result));
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError || error instanceof PanoramaInputError) {
      console.error(`Không tạo được cảnh [Scene not created]:\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
