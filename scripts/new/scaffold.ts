/**
 * Helpers shared by `npm run new:scene` and `npm run new:tour`: where the content lives, how a
 * name becomes an id, reading the frontmatter of files already there, writing YAML values.
 * The scripts run with plain Node 22 (no Astro): they share only the site's Astro-free modules
 * (the content layout and frontmatter reader of src/collections/, the id rule).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import YAML from 'yaml';
import { contentDirs, splitFileName } from '../../src/collections/layout.ts';
import { parseFrontmatterYaml, splitFrontmatter } from '../../src/collections/frontmatter.ts';

/**
 * The tours folder: `HG360_CONTENT_DIR` like the site itself (src/content.config.ts), so tests and
 * benchmark sites scaffold into their own folder.
 */
export function toursRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(contentDirs(env).tours);
}

/** A path as the editor typed it from the project folder; absolute when it is elsewhere (tests, temp folders). */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * A problem the editor must fix before anything is written. The message says what is wrong and
 * what to do; the command prints it without a stack trace.
 */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

// Ids follow the `Slug` rule of src/schemas/ids.ts; the scaffolder suggests them from file names.
export { isSlug, toSlug as slugify } from '../../src/schemas/ids.ts';

/** Tour folders: the ones holding an `index.mdx`. */
export function listTours(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(root, d.name, 'index.mdx')))
    .map((d) => d.name)
    .sort();
}

/** Scene ids of a tour folder: `<scene>.mdx`, not `index.mdx`, not translations (`<scene>.<lang>.mdx`). */
export function listScenes(tourDir: string): string[] {
  return readdirSync(tourDir)
    .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx' && splitFileName(f)?.lang === undefined && splitFileName(f) !== undefined)
    .map((f) => splitFileName(f)!.name)
    .sort();
}

/** The frontmatter of an MDX file as plain data; an empty object when it has none or is broken. */
export function readFrontmatter(file: string): Record<string, unknown> {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split) return {};
  try {
    const data = parseFrontmatterYaml(split.yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The next `order` in a folder, so a new scene or tour goes after the ones already there. */
export function nextOrder(files: string[]): number {
  const orders = files.map((f) => readFrontmatter(f).order).filter((o): o is number => typeof o === 'number');
  return orders.length === 0 ? 1 : Math.max(...orders) + 1;
}

/** A string as a one-line YAML value, quoted only when YAML needs it (a colon, a leading `#`, …). */
export function yamlString(value: string): string {
  return YAML.stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Degrees rounded for people: 4 decimals for coordinates (about 10 m), whole or half degrees for angles. */
export const roundCoordinate = (value: number) => Math.round(value * 10_000) / 10_000;

/** A compass bearing's yaw in the editors' convention, given the compass heading of the photo's centre. */
export function yawOfBearing(bearing: number, heading: number): number {
  const yaw = (((bearing - heading) % 360) + 540) % 360 - 180;
  return Math.round(yaw === -180 ? 180 : yaw);
}

/** Options of the two commands: `--id`, `--title`, and the positional arguments. */
export function splitArgs(argv: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split(/=(.*)/s);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new ScaffoldError(`The option --${key} needs a value, e.g. --${key} "…".`);
      options[key!] = value;
    } else positional.push(arg);
  }
  return { positional, options };
}
