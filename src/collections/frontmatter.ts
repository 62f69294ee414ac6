/**
 * The frontmatter of an MDX file, read the way Astro reads it: the YAML between the first two `---`
 * lines (a byte-order mark and Windows line ends allowed), then the body. Astro reads YAML with
 * js-yaml; `yaml` follows the same YAML 1.2 with js-yaml's timestamp and merge-key extras switched on.
 */
import { parse } from 'yaml';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  /** The YAML text between the `---` lines. */
  yaml: string;
  /** The text under the frontmatter. */
  body: string;
  /** The line the body starts on (the first `---` is line 1). */
  bodyLine: number;
}

/** The file's frontmatter and body, or undefined when it does not start with a `---` line. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const clean = text.replace(/^\uFEFF/, '');
  const match = clean.match(FRONTMATTER);
  if (!match) return undefined;
  return { yaml: match[1]!, body: clean.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses frontmatter YAML as Astro does; throws yaml's errors (callers word them for editors). */
export function parseFrontmatterYaml(yaml: string): unknown {
  return parse(yaml, { customTags: ['timestamp'], merge: true }) ?? {};
}

/** The frontmatter of a file known to be well formed (scaffolder output, the demo content in tests). */
export function readFrontmatter(text: string): Record<string, unknown> {
  const split = splitFrontmatter(text);
  if (!split) throw new Error('the file does not start with a `---` frontmatter block');
  return parseFrontmatterYaml(split.yaml) as Record<string, unknown>;
}
