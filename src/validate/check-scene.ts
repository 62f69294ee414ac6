/**
 * One scene file on its own: its fields (the scene schema), ids that must be unique inside it,
 * text the default language must have, narration languages, and every file it points at.
 */
import type { ContentProblem } from './problem.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_INFO, LANGUAGES } from '../config/languages.ts';
import { SceneSchema, type Scene } from '../schemas/scene.ts';
import { PartialPanorama } from '../schemas/partial-panorama.ts';
import { Slug } from '../schemas/ids.ts';
import { checkSchema } from './schema-problems.ts';
import { checkImageFile, checkMediaFile, checkPanorama, checkVideo } from './check-media.ts';
import { checkOpeningView } from './check-opening-view.ts';
import { checkAreas } from './check-area.ts';
import type { ContentFile } from './load-content.ts';

/** The ids a scene declares, read leniently so other checks still run when one field is wrong. */
export interface SceneOutline {
  links: string[];
  hotspots: string[];
  variants: string[];
}

export interface SceneCheck {
  data?: Scene;
  outline: SceneOutline;
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** Two items of a list with the same id: deep links and translations could not tell them apart. */
function duplicateIds(items: readonly { id: string; index: number }[], list: string, what: string, file: string): ContentProblem[] {
  const first = new Map<string, number>();
  return items.flatMap(({ id, index }) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return [];
    }
    return [
      {
        file,
        field: `${list}[${index}].id`,
        message: `"${id}" is already the id of ${list}[${earlier}]. Each ${what} needs its own id, because links to it and its translations find it by id. Give this one another id.`,
      },
    ];
  });
}

/** Text made only of spaces passes "must not be empty" but shows nothing. */
function blankText(hotspots: readonly Record<string, unknown>[], file: string): ContentProblem[] {
  return hotspots.flatMap((hotspot, index) =>
    (['title', 'text'] as const)
      .filter((key) => typeof hotspot[key] === 'string' && hotspot[key] !== '' && hotspot[key].trim() === '')
      .map((key) => ({
        file,
        field: `hotspots[${index}].${key}`,
        message: `is blank. The scene file holds the text in the site's main language (${LANGUAGE_INFO[DEFAULT_LANGUAGE].name}) that every visitor falls back to, so each hotspot needs a ${key} here (translations go in the translation files). Write it, or remove the hotspot.`,
      })),
  );
}

/** The schema lists `vi` and `en`; any other key would be dropped without a word. */
function narrationLanguages(raw: Record<string, unknown>, file: string): ContentProblem[] {
  const narration = raw.narration;
  if (!narration || typeof narration !== 'object' || Array.isArray(narration)) return [];
  return Object.keys(narration)
    .filter((key) => key !== 'credit' && key !== 'transcript' && !(LANGUAGES as readonly string[]).includes(key))
    .map((key) => ({
      file,
      field: `narration.${key}`,
      message: `"${key}" is not a language of the site (languages: ${LANGUAGES.join(', ')}), so this track would never play. Use one of those language codes, in lowercase, e.g. \`${DEFAULT_LANGUAGE}: ./thuyet-minh.m4a\`.`,
    }));
}

/** The value at `path` in the raw frontmatter, read without trusting its shape. */
function at(raw: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), raw);
}

const list = (raw: unknown, key: string): Record<string, unknown>[] => {
  const items = at(raw, key);
  return Array.isArray(items) ? items.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>) : {})) : [];
};

/** Ids as written, with their positions (an item without a proper id is skipped: the schema reports it). */
const ids = (items: readonly Record<string, unknown>[], key: string) => items.flatMap((item, index) => (typeof item[key] === 'string' && Slug.safeParse(item[key]).success ? [{ id: item[key], index }] : []));

/**
 * Every check runs on what can be read, even when other fields are wrong, so one save shows every
 * problem: ids, blank text and files are read from the raw frontmatter, field by field.
 */
export async function checkScene(scene: ContentFile): Promise<SceneCheck> {
  const raw = scene.data!;
  const file = scene.path;
  const parsed = checkSchema(SceneSchema, raw, file, 'of a scene file');
  // A narration in another language is an unknown field to the schema too: keep only the message that says why.
  const languages = narrationLanguages(raw, file);
  const errors = [...parsed.problems.filter((p) => !languages.some((l) => l.field === p.field)), ...languages];
  const warnings = parsed.data ? checkOpeningView(parsed.data, file) : [];
  const hotspots = list(raw, 'hotspots');
  const variants = list(raw, 'variants');
  warnings.push(...checkAreas(hotspots, file));
  const [linkIds, hotspotIds, variantIds] = [ids(list(raw, 'links'), 'to'), ids(hotspots, 'id'), ids(variants, 'id')];
  const outline = { links: linkIds.map((l) => l.id), hotspots: hotspotIds.map((h) => h.id), variants: variantIds.map((v) => v.id) };
  errors.push(...duplicateIds(hotspotIds, 'hotspots', 'hotspot', file), ...duplicateIds(variantIds, 'variants', 'variant', file), ...blankText(hotspots, file));

  // A file is looked for only when its field is well written (otherwise the schema said why).
  const flagged = new Set(errors.map((p) => p.field));
  const written = (field: string, ...path: (string | number)[]) => {
    const value = at(raw, ...path);
    return typeof value === 'string' && !flagged.has(field) ? value : undefined;
  };
  const each = <T>(value: string | undefined, run: (value: string) => Promise<T>) => (value === undefined ? undefined : run(value));
  const partial = raw.partial === undefined ? undefined : PartialPanorama.safeParse(raw.partial).data;
  if (raw.partial !== undefined && !partial) flagged.add('photo').add('video'); // the picture cannot be judged without its coverage

  const found = await Promise.all([
    each(written('photo', 'photo'), (photo) => checkPanorama(scene, photo, partial, 'photo')),
    each(written('video', 'video'), (video) => checkVideo(scene, video, partial !== undefined, 'video')),
    ...variants.map((_, i) => each(written(`variants[${i}].photo`, 'variants', i, 'photo'), (photo) => checkPanorama(scene, photo, undefined, `variants[${i}].photo`))),
    ...hotspots.flatMap((_, i) => [
      each(written(`hotspots[${i}].image.src`, 'hotspots', i, 'image', 'src'), (src) => checkImageFile(scene, src, `hotspots[${i}].image.src`)),
      each(written(`hotspots[${i}].audio`, 'hotspots', i, 'audio'), (src) => checkMediaFile(scene, src, `hotspots[${i}].audio`)),
      each(written(`hotspots[${i}].video`, 'hotspots', i, 'video'), (src) => checkMediaFile(scene, src, `hotspots[${i}].video`)),
    ]),
    ...LANGUAGES.map((lang) => each(written(`narration.${lang}`, 'narration', lang), (src) => checkMediaFile(scene, src, `narration.${lang}`))),
    each(written('ambience.src', 'ambience', 'src'), (src) => checkMediaFile(scene, src, 'ambience.src')),
  ]);
  errors.push(...found.filter((p): p is ContentProblem => Boolean(p)));
  return { ...(parsed.data ? { data: parsed.data } : {}), outline, errors, warnings };
}
