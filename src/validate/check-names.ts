/**
 * File names are ids: they become addresses (`/tours/<tour>/<scene>/`) and tie a translation to
 * its original. These checks find names that are not usable ids, two files that claim the same id,
 * translations into a language the site does not have, and translations of nothing.
 */
import type { ContentProblem } from './problem.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../config/languages.ts';
import { isSlug, toSlug } from '../schemas/ids.ts';
import type { ContentFile } from './load-content.ts';

/** What a name becomes once accents, capitals and spaces are taken out: two files with the same key collide. */
const idKey = toSlug;

function badId(file: ContentFile, what: string): ContentProblem {
  const suggestion = idKey(file.name) || 'ten-dia-diem';
  return {
    file: file.path,
    field: 'file name',
    message: `"${file.name}" cannot be ${what}: the file name becomes the page address, so it must use only lowercase letters a–z, digits and single hyphens (no accents, capitals or spaces). Rename the file to "${suggestion}${file.lang ? `.${file.lang}` : ''}.mdx"${what.includes('scene') ? ' and update the links that point to it' : ''}.`,
  };
}

/** Two files with the same key claim the same address (or translate the same file into the same language). */
function collisionKey(file: ContentFile): string {
  const lang = file.lang ? `|${file.lang.toLowerCase()}` : '';
  if (file.kind === 'tour') return `tour|${idKey(file.tour!)}`;
  if (file.kind === 'article' || file.kind === 'articleTranslation') return `article|${idKey(file.name)}${lang}`;
  // Scenes of a folder, and translations of the tour (`index.<lang>.mdx`) or of a scene.
  return `scene|${file.tour}|${idKey(file.name)}${lang}`;
}

const NOUNS: Record<ContentFile['kind'], string> = { tour: 'tour', scene: 'scene', article: 'article', tourTranslation: 'translation', articleTranslation: 'translation' };

function duplicates(files: readonly ContentFile[]): ContentProblem[] {
  const seen = new Map<string, ContentFile>();
  const problems: ContentProblem[] = [];
  // The file whose name is already a proper id is the one to keep; the other is reported.
  const proper = (f: ContentFile) => isSlug(f.kind === 'tour' ? f.tour! : f.name) && (f.lang === undefined || f.lang === f.lang.toLowerCase());
  for (const file of [...files].sort((a, b) => Number(proper(b)) - Number(proper(a)))) {
    const key = collisionKey(file);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, file);
      continue;
    }
    const what = file.lang ? `a second ${file.lang.toLowerCase()} translation of "${idKey(file.name)}"` : `the same ${NOUNS[file.kind]} as ${earlier.path}`;
    problems.push({
      file: file.path,
      field: file.kind === 'tour' ? 'folder name' : 'file name',
      message: `is ${what} once capitals and accents are set aside. Both would claim one address, and on Windows and macOS they are even the same ${file.kind === 'tour' ? 'folder' : 'file'}. Keep one: merge what you need into it and delete the other${file.lang ? ` (the other is ${earlier.path})` : ''}.`,
    });
  }
  return problems;
}

function language(file: ContentFile): ContentProblem | undefined {
  const lang = file.lang!;
  const original = `${file.name}.mdx`;
  if (lang === DEFAULT_LANGUAGE) {
    return { file: file.path, field: 'file name', message: `"${lang}" is the site's main language: its text belongs in ${original} itself, not in a translation file. Move the text there and delete this file.` };
  }
  if ((LANGUAGES as readonly string[]).includes(lang)) return undefined;
  const lower = lang.toLowerCase();
  const fix = (LANGUAGES as readonly string[]).includes(lower)
    ? `Write the language code in lowercase: rename the file to "${file.name}.${lower}.mdx".`
    : `Rename it to "${file.name}.<language>.mdx" with one of those codes, or ask a developer to add the language in src/config/languages.ts.`;
  return { file: file.path, field: 'file name', message: `"${lang}" is not a language of the site (languages: ${LANGUAGES.join(', ')}), so this translation would never be shown. ${fix}` };
}

function orphan(file: ContentFile, originals: readonly ContentFile[]): ContentProblem | undefined {
  const candidates = originals.filter((o) => (file.kind === 'articleTranslation' ? o.kind === 'article' : o.kind === 'scene' && o.tour === file.tour));
  if (file.kind === 'tourTranslation' && file.name === 'index') {
    return originals.some((o) => o.kind === 'tour' && o.tour === file.tour) ? undefined : { file: file.path, field: 'file name', message: 'translates a tour, but this folder has no index.mdx. Add the tour file index.mdx first.' };
  }
  if (candidates.some((o) => o.name === file.name)) return undefined;
  const list = candidates.map((o) => o.name).join(', ') || 'none';
  return {
    file: file.path,
    field: 'file name',
    message: `translates "${file.name}", but there is no ${file.name}.mdx ${file.kind === 'articleTranslation' ? 'among the articles' : 'in this folder'}, so the translation would never be shown. Rename it to match the file it translates (${file.kind === 'articleTranslation' ? 'articles' : 'scenes'}: ${list}), or delete it.`,
  };
}

/** Every problem with file names, across all content. */
export function checkNames(files: readonly ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const tourFolders = new Set(files.filter((f) => f.tour !== undefined).map((f) => f.tour!));
  for (const tour of tourFolders) {
    const inFolder = files.filter((f) => f.tour === tour);
    const index = inFolder.find((f) => f.kind === 'tour');
    if (!isSlug(tour)) {
      const first = index ?? inFolder[0]!;
      problems.push({
        file: first.path,
        field: 'folder name',
        message: `"${tour}" cannot be a tour id: the folder name becomes the tour's address, so it must use only lowercase letters a–z, digits and single hyphens (no accents, capitals or spaces). Rename the folder to "${idKey(tour) || 'ten-tour'}".`,
      });
    }
    if (!index) {
      problems.push({
        file: inFolder[0]!.path,
        field: 'folder',
        message: `the folder "${tour}" has no index.mdx, so its scenes belong to no tour and are never published. Add index.mdx (title, summary, startScene, …) to the folder, or move the scenes into an existing tour.`,
      });
    }
  }
  const duplicated = duplicates(files);
  for (const file of files) {
    // A copy of another file is reported as such; renaming it would not be the fix.
    const copy = duplicated.some((p) => p.file === file.path);
    if (file.kind === 'scene' && !isSlug(file.name) && !copy) problems.push(badId(file, 'a scene id'));
    if (file.kind === 'article' && !isSlug(file.name) && !copy) problems.push(badId(file, 'an article id'));
    if (file.lang !== undefined) {
      const wrong = language(file) ?? orphan(file, files);
      if (wrong) problems.push(wrong);
    }
  }
  problems.push(...duplicated);
  return problems;
}
