/**
 * Every file an editor names (photo, variant, hotspot image, sound or video, narration, ambience,
 * article cover) is opened through here, by the content checks and by the build alike (issue 14):
 * - its real path (symbolic links followed) must be a regular file inside the content folder, so a
 *   link to `/etc/passwd` or to another project's files can never be published;
 * - a sound or video file's first bytes must say what its extension says, so a web page saved as
 *   `.mp4` or a text file named `.m4a` is refused instead of published.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, relative, isAbsolute } from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { PanoramaInputError } from './errors.ts';

/** Whether `path` is `folder` itself or inside it (both real paths). */
function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const realFolders = new Map<string, Promise<string>>();
const realFolder = (folder: string) => {
  if (!realFolders.has(folder)) realFolders.set(folder, realpath(folder).catch(() => folder));
  return realFolders.get(folder)!;
};

/**
 * The real path of `abs` (written by the editor as `written`), or a PanoramaInputError saying why
 * it cannot be used: missing, empty, not a regular file, or outside every folder of `contentDirs`.
 */
export async function resolveContentFile(abs: string, written: string, kind: string, contentDirs: readonly string[], beside = 'the scene file'): Promise<string> {
  const real = await realpath(abs).catch(() => undefined);
  if (!real) {
    const it = kind === 'photo' ? 'the photo' : 'it';
    throw new PanoramaInputError(written, `The ${kind} file does not exist.`, `Check the file name (upper/lower case must match) and that ${it} sits beside ${beside}.`);
  }
  const folders = await Promise.all(contentDirs.map(realFolder));
  if (!folders.some((folder) => inside(real, folder))) {
    throw new PanoramaInputError(
      written,
      `The ${kind} file is a link to ${real}, outside the content folder; the site publishes only files that are inside it.`,
      `Copy the file itself beside ${beside} instead of linking to it.`,
    );
  }
  const info = await stat(real);
  if (!info.isFile()) {
    throw new PanoramaInputError(written, `"${written}" is not a file (it is a folder or a special file).`, `Put the ${kind} file itself beside ${beside}.`);
  }
  if (info.size === 0) throw new PanoramaInputError(written, `The ${kind} file is empty (0 bytes).`, kind === 'photo' ? 'Copy the photo again from the camera or computer.' : 'Copy the file again.');
  return real;
}

/** What file-type may call a file with each extension editors may use for sound and video. */
const MEDIA_SIGNATURES: Record<string, { what: string; types: readonly string[] }> = {
  '.mp3': { what: 'MP3 sound', types: ['mp3'] },
  '.m4a': { what: 'M4A (AAC) sound', types: ['m4a', 'mp4', 'm4b'] },
  '.aac': { what: 'AAC sound', types: ['aac'] },
  '.ogg': { what: 'Ogg sound', types: ['ogg', 'oga', 'opus'] },
  '.opus': { what: 'Opus sound', types: ['opus', 'ogg', 'oga'] },
  '.wav': { what: 'WAV sound', types: ['wav'] },
  '.mp4': { what: 'MP4 video', types: ['mp4', 'm4v', 'mov'] },
  '.webm': { what: 'WebM video', types: ['webm', 'mkv'] },
  '.m4v': { what: 'MP4 video', types: ['mp4', 'm4v', 'mov'] },
  '.mov': { what: 'QuickTime (MOV) video', types: ['mov', 'mp4', 'qt'] },
};

/** A sound or video file whose bytes are what its extension says; anything else is refused. */
export async function checkMediaSignature(real: string, written: string): Promise<void> {
  const expected = MEDIA_SIGNATURES[extname(written).toLowerCase()];
  if (!expected) return; // the schema allows only the extensions above
  const found = await fileTypeFromFile(real);
  if (found && expected.types.includes(found.ext)) return;
  const actual = found ? `a ${found.ext.toUpperCase()} file (${found.mime})` : 'not a sound or video file at all (it may be text or a saved web page)';
  throw new PanoramaInputError(
    written,
    `The file is named like ${expected.what}, but its content is ${actual}.`,
    `Export it again as ${expected.what} from the recording or editing app, or give it the extension that matches its content.`,
  );
}
