/**
 * Runs a schema on a file's frontmatter and turns every zod issue into `file → field: message`.
 * The schemas carry editor-friendly messages on most fields; the error map below words the rest
 * (zod's own "Invalid input: expected string, received number" means nothing to an editor).
 * Same idea as Starlight's utils/error-map.ts.
 */
import type { z } from 'astro/zod';
import { closestMatch } from 'leven';
import type { ContentProblem } from './problem.ts';

/** `['links', 0, 'to']` → `links[0].to`, the way the frontmatter reads. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number, e.g. 3',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

function received(input: unknown): string {
  if (input === null) return 'nothing (an empty value)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'number') return Number.isInteger(input) ? `the number ${input}` : `the number ${input}`;
  if (typeof input === 'string') return `the text "${input}"`;
  if (typeof input === 'boolean') return `\`${input}\``;
  return 'a group of fields';
}

/** Words for the issues a schema left without its own message. Returning undefined keeps zod's. */
const editorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required (${expected})`;
      return `must be ${expected}, not ${received(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    default:
      return undefined;
  }
};

/**
 * What a field of a group may be, for the "unknown field" message. Every content schema is strict (one
 * policy for scenes, tours, articles and translations): a misspelt field would otherwise be dropped
 * without a word, and the page published without it — `hotpots:` means a scene with no hotspots.
 */
function unknownKeyMessage(key: string, known: readonly string[] | undefined, where: string): string {
  const list = known?.length ? ` Fields allowed here: ${known.join(', ')}.` : '';
  const near = known?.length ? nearestField(key, known) : undefined;
  const fix = near ? `Did you mean \`${near}\`? Rename it` : 'Check the spelling, or remove it';
  return `is not a field ${where}, so it would be ignored.${list} ${fix}.`;
}

/** The known field an unknown one is most likely a misspelling of: same letters in another case, or ≤ 2 edits. */
function nearestField(key: string, known: readonly string[]): string | undefined {
  const sameLetters = known.find((field) => field.toLowerCase() === key.toLowerCase());
  return sameLetters ?? closestMatch(key, known, { maxDistance: Math.min(2, Math.floor(key.length / 3)) });
}

/** Field names of the object schema at `path`, when the schema can tell (for "unknown field" hints). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: { shape?: Record<string, unknown>; valueType?: unknown; element?: unknown; innerType?: unknown } }).def;
    if (!def) return undefined;
    current = typeof key === 'number' ? def.element : (def.shape?.[String(key)] ?? def.valueType);
    while ((current as { def?: { innerType?: unknown } } | undefined)?.def?.innerType) current = (current as { def: { innerType: unknown } }).def.innerType;
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape) : undefined;
}

/**
 * Why a value out of range or badly written matters, by field name: the schemas say what is
 * expected, this adds the reason and the usual fix (the schemas' own texts stay short for tooltips).
 */
const WHY: Record<string, string> = {
  yaw: 'A full turn is 360°: for a larger angle subtract 360 (400 → 40), for a smaller one add 360.',
  pitch: 'Beyond 90° the point would be past straight up or straight down; measure from the horizon.',
  zoom: "It is the viewer's zoom slider, from the widest view (0) to the closest (100).",
  lat: 'The map puts it at these coordinates: copy them from a map app, latitude first (Hà Giang is about 22.8–23.4).',
  lng: 'The map puts it at these coordinates: copy them from a map app, longitude second (Hà Giang is about 104.5–105.6).',
  category: 'Lists and their filters group the site by these, and only by these.',
  to: 'It is the file name of the scene, which is also its page address.',
  id: 'It becomes part of page addresses and ties translations to this item.',
  startScene: 'It is the file name of the scene the tour opens with, which is also its page address.',
};
const EXPLAINED_CODES = new Set(['too_big', 'too_small', 'invalid_value', 'invalid_format']);

function explain(issue: z.core.$ZodIssue): string {
  const leaf = [...issue.path].reverse().find((key) => typeof key === 'string');
  const why = EXPLAINED_CODES.has(issue.code) && typeof leaf === 'string' ? WHY[leaf] : undefined;
  return why ? `${issue.message}. ${why}` : issue.message;
}

export interface SchemaCheck<T> {
  data?: T;
  problems: ContentProblem[];
}

/**
 * Parses `data` with `schema`. `where` names the kind of file for unknown-field messages
 * ("of a translation file").
 */
export function checkSchema<S extends z.ZodType>(schema: S, data: unknown, file: string, where: string, extraHint = ''): SchemaCheck<z.infer<S>> {
  const result = schema.safeParse(data, { error: editorErrorMap });
  if (result.success) return { data: result.data, problems: [] };
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file, field: fieldPath([...issue.path, key]), message: unknownKeyMessage(key, knownKeys(schema, issue.path), issue.path.length ? `of ${fieldPath(issue.path)} ${where.replace(/^of /, 'in ')}` : where) + extraHint });
      }
    } else if (issue.code === 'invalid_key') {
      const inner = issue.issues[0]?.message ?? 'is not a valid id';
      problems.push({ file, field: fieldPath(issue.path), message: `is not a valid id: it ${inner}` });
    } else {
      problems.push({ file, field: fieldPath(issue.path) || '(whole file)', message: explain(issue) });
    }
  }
  return { problems };
}
