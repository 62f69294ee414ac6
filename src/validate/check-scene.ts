/**
 * One scene file on its own: its fields (the scene schema), ids that must be unique inside it,
 * text the default language must have, narration languages, and every file it points at.
 */
import type { ContentProblem } from './problem.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../config/languages.ts';
import { SceneSchema, type Scene } from '../schemas/scene.ts';
import { checkSchema } from './schema-problems.ts';
import { checkImageFile, checkMediaFile, checkPanorama } from './check-media.ts';
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
function duplicateIds(items: readonly { id: string }[], list: string, what: string, file: string): ContentProblem[] {
  const first = new Map<string, number>();
  return items.flatMap((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
      return [];
    }
    return [
      {
        file,
        field: `${list}[${index}].id`,
        message: `"${item.id}" is already the id of ${list}[${earlier}]. Each ${what} needs its own id, because links to it and its translations find it by id. Give this one another id.`,
      },
    ];
  });
}

/** Text made only of spaces passes "must not be empty" but shows nothing. */
function blankText(data: Scene, file: string): ContentProblem[] {
  return data.hotspots.flatMap((hotspot, index) =>
    (['title', 'text'] as const)
      .filter((key) => hotspot[key].trim() === '')
      .map((key) => ({
        file,
        field: `hotspots[${index}].${key}`,
        message: `is blank. The scene file holds the ${DEFAULT_LANGUAGE === 'vi' ? 'Vietnamese' : DEFAULT_LANGUAGE} text every visitor falls back to, so each hotspot needs a ${key} here (translations go in the translation files). Write it, or remove the hotspot.`,
      })),
  );
}

/** The schema lists `vi` and `en`; any other key would be dropped without a word. */
function narrationLanguages(raw: Record<string, unknown>, file: string): ContentProblem[] {
  const narration = raw.narration;
  if (!narration || typeof narration !== 'object' || Array.isArray(narration)) return [];
  return Object.keys(narration)
    .filter((key) => key !== 'credit' && !(LANGUAGES as readonly string[]).includes(key))
    .map((key) => ({
      file,
      field: `narration.${key}`,
      message: `"${key}" is not a language of the site (languages: ${LANGUAGES.join(', ')}), so this track would never play. Use one of those language codes, in lowercase, e.g. \`${DEFAULT_LANGUAGE}: ./thuyet-minh.m4a\`.`,
    }));
}

/** Fields the scene schema does not know are dropped silently: usually a misspelling. */
function unknownFields(raw: Record<string, unknown>, file: string): ContentProblem[] {
  const known = Object.keys(SceneSchema.shape);
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => ({ file, field: key, message: `is not a field of a scene file, so it is ignored. Fields of a scene: ${known.join(', ')}. Check the spelling.` }));
}

/** `key` of every item of the list `raw[list]` that has it as text. */
function strings(raw: Record<string, unknown>, list: string, key: string): string[] {
  const items = raw[list];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => (item && typeof item === 'object' && typeof (item as Record<string, unknown>)[key] === 'string' ? [(item as Record<string, string>)[key]!] : []));
}

export async function checkScene(scene: ContentFile): Promise<SceneCheck> {
  const raw = scene.data!;
  const file = scene.path;
  const parsed = checkSchema(SceneSchema, raw, file, 'of a scene file');
  const errors = [...parsed.problems, ...narrationLanguages(raw, file)];
  const warnings = unknownFields(raw, file);
  const data = parsed.data;
  const outline = { links: strings(raw, 'links', 'to'), hotspots: strings(raw, 'hotspots', 'id'), variants: strings(raw, 'variants', 'id') };
  if (!data) return { outline, errors, warnings };

  errors.push(...duplicateIds(data.hotspots, 'hotspots', 'hotspot', file), ...duplicateIds(data.variants, 'variants', 'variant', file), ...blankText(data, file));
  const found = await Promise.all([
    checkPanorama(scene.dir, data.photo, data.partial, file, 'photo'),
    ...data.variants.map((variant, i) => checkPanorama(scene.dir, variant.photo, undefined, file, `variants[${i}].photo`)),
    ...data.hotspots.flatMap((hotspot, i) => [
      hotspot.image && checkImageFile(scene.dir, hotspot.image.src, file, `hotspots[${i}].image.src`),
      hotspot.audio && checkMediaFile(scene.dir, hotspot.audio, file, `hotspots[${i}].audio`),
      hotspot.video && checkMediaFile(scene.dir, hotspot.video, file, `hotspots[${i}].video`),
    ]),
    ...LANGUAGES.map((lang) => {
      const track = data.narration?.[lang];
      return track && checkMediaFile(scene.dir, track, file, `narration.${lang}`);
    }),
    data.ambience && checkMediaFile(scene.dir, data.ambience.src, file, 'ambience.src'),
  ]);
  errors.push(...found.filter((p): p is ContentProblem => Boolean(p)));
  return { data, outline, errors, warnings };
}
