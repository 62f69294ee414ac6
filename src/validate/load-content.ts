/**
 * Reads the editors' folders the way src/content.config.ts sees them, without Astro: the content
 * checks run before Astro starts (so a broken site stops before anything is written to `dist/`).
 * Frontmatter is read with `yaml`; Astro reads it with js-yaml. Both follow YAML 1.2, and the
 * timestamp and merge-key extras js-yaml adds are switched on here too.
 */
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { YAMLParseError } from 'yaml';
import { parseFrontmatterYaml, splitFrontmatter, type SplitFile } from '../collections/frontmatter.ts';
import { splitFileName } from '../collections/layout.ts';
import type { ContentProblem } from './problem.ts';

export interface ContentFolders {
  /** Project root: file names in messages are relative to it. */
  root: string;
  /** Folder of tour folders (HG360_CONTENT_DIR, default `content/tours`). */
  toursDir: string;
  /** Folder of articles (HG360_ARTICLES_DIR, default `content/articles`). */
  articlesDir: string;
}

export type ContentKind = 'tour' | 'scene' | 'tourTranslation' | 'article' | 'articleTranslation';

export interface ContentFile {
  kind: ContentKind;
  /** Path as the editor sees it, e.g. `content/tours/cao-nguyen-da/cot-co-lung-cu.mdx`. */
  path: string;
  /** Path on disk. */
  abs: string;
  /** Folder on disk, for files written beside this one (`./photo.jpg`). */
  dir: string;
  /** The content folder it belongs to (tours or articles): files it names must be inside it. */
  contentDir: string;
  /** The file name without language and `.mdx`: the scene or article id, or `index`. */
  name: string;
  /** Tour folder name (tours, scenes and their translations). */
  tour?: string;
  /** Language of a translation file (`x.en.mdx` → `en`), as written. */
  lang?: string;
  /** The frontmatter, or undefined when it could not be read (a problem says why). */
  data?: Record<string, unknown>;
  /** The text under the frontmatter (a description or an article), and the line it starts on. */
  body?: { text: string; line: number };
}

export interface LoadedContent {
  files: ContentFile[];
  /** Files the site would silently ignore or misread (wrong extension, misplaced, unreadable). */
  problems: ContentProblem[];
}

/** Extensions editors use for Markdown that the site does not read (only `.mdx`). */
const MARKDOWN_LIKE = /\.(md|markdown|mdx)$/i;

export function displayPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split(sep).join('/');
}

async function entries(dir: string) {
  return (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * yaml refuses a document whose aliases expand beyond a limit (`maxAliasCount`, 100 by default) with a
 * plain ReferenceError: the "billion laughs" bomb, a few lines that would expand to gigabytes.
 */
const isAliasBomb = (error: unknown) => error instanceof ReferenceError && /alias count/i.test(error.message);

/** The editor's line of the first alias in the frontmatter (the first `---` is line 1). */
function aliasLine(yaml: string): number {
  const index = yaml.split('\n').findIndex((line) => /(^|[\s,[{:-])\*[^\s,\]}]+/.test(line));
  return index < 0 ? 2 : index + 2;
}

/** The YAML between the first two `---` lines, parsed; or a problem on the `frontmatter` field. */
function readFrontmatter(split: SplitFile | undefined, path: string, problems: ContentProblem[]): Record<string, unknown> | undefined {
  if (!split) {
    problems.push({
      file: path,
      field: 'frontmatter',
      message: 'is missing: the file must start with a line `---`, then the fields (title, …), then another `---` line. Without it the page has no title or settings. Copy the top of a working file and change the values.',
    });
    return undefined;
  }
  try {
    const data = parseFrontmatterYaml(split.yaml);
    if (typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    problems.push({ file: path, field: 'frontmatter', message: 'must be a list of `field: value` lines, e.g. `title: Cột cờ Lũng Cú`.' });
  } catch (error) {
    if (isAliasBomb(error)) {
      problems.push({
        file: path,
        field: 'frontmatter',
        message: `repeats aliases (\`*name\`) so often that reading it would take the build's whole memory (around line ${aliasLine(split.yaml)}): this is how a "billion laughs" attack looks, never how content is written. Write each value out instead of pointing to it with \`&name\` and \`*name\`.`,
      });
      return undefined;
    }
    if (!(error instanceof YAMLParseError)) throw error;
    // yaml counts lines inside the frontmatter; the editor's line numbers count the first `---`.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({
      file: path,
      field: 'frontmatter',
      message: `cannot be read (around line ${line}: ${what}). The page cannot be built from a file whose fields are unreadable. Check that line: a missing space after ":", an unclosed quote or bracket, or a tab instead of spaces are the usual causes; put text containing ":" or "#" in quotes.`,
    });
  }
  return undefined;
}

async function loadFile(kind: ContentKind, abs: string, folders: ContentFolders, parts: { name: string; tour?: string; lang?: string }, problems: ContentProblem[]): Promise<ContentFile> {
  const path = displayPath(folders.root, abs);
  const split = splitFrontmatter(await readFile(abs, 'utf8'));
  const data = readFrontmatter(split, path, problems);
  const body = split && { text: split.body, line: split.bodyLine };
  const contentDir = kind === 'article' || kind === 'articleTranslation' ? folders.articlesDir : folders.toursDir;
  return { kind, path, abs, dir: join(abs, '..'), contentDir, ...parts, ...(data ? { data } : {}), ...(body ? { body } : {}) };
}

const ignored = (folders: ContentFolders, abs: string, message: string): ContentProblem => ({ file: displayPath(folders.root, abs), field: 'file name', message });

const TOO_MANY_DOTS =
  'has more than one dot, so the site would read it as a translation into a language called by the rest of the name. Ids never contain dots: use hyphens, e.g. `cot-co-lung-cu.mdx` (or `cot-co-lung-cu.en.mdx` for the English translation).';

async function loadMdxFile(dirAbs: string, fileName: string, folders: ContentFolders, tour: string | undefined, out: LoadedContent): Promise<void> {
  const abs = join(dirAbs, fileName);
  if (!fileName.endsWith('.mdx')) {
    const ext = fileName.slice(fileName.lastIndexOf('.'));
    out.problems.push(ignored(folders, abs, `ends in "${ext}", so the site does not read this file at all. Rename it to end in ".mdx" (lowercase).`));
    return;
  }
  const parts = splitFileName(fileName);
  if (!parts) {
    out.problems.push(ignored(folders, abs, TOO_MANY_DOTS));
    return;
  }
  const kind: ContentKind = tour === undefined ? (parts.lang ? 'articleTranslation' : 'article') : parts.name === 'index' ? (parts.lang ? 'tourTranslation' : 'tour') : parts.lang ? 'tourTranslation' : 'scene';
  out.files.push(await loadFile(kind, abs, folders, { ...parts, ...(tour === undefined ? {} : { tour }) }, out.problems));
}

/** Every tour, scene, translation and article file, with its frontmatter. */
export async function loadContent(folders: ContentFolders): Promise<LoadedContent> {
  const out: LoadedContent = { files: [], problems: [] };
  for (const entry of await entries(folders.toursDir)) {
    const abs = join(folders.toursDir, entry.name);
    if (entry.isFile() && MARKDOWN_LIKE.test(entry.name)) {
      out.problems.push(ignored(folders, abs, 'is directly in the tours folder, where the site does not look. A tour is a folder: move the file into the tour\'s folder (e.g. `content/tours/cao-nguyen-da/`).'));
    }
    if (!entry.isDirectory()) continue;
    for (const file of await entries(abs)) {
      if (file.isFile() && MARKDOWN_LIKE.test(file.name)) await loadMdxFile(abs, file.name, folders, entry.name, out);
    }
  }
  for (const entry of await entries(folders.articlesDir)) {
    if (entry.isFile() && MARKDOWN_LIKE.test(entry.name)) await loadMdxFile(folders.articlesDir, entry.name, folders, undefined, out);
  }
  return out;
}
