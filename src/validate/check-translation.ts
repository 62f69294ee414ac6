/**
 * A translation file against the file it translates: only words, and only for hotspots and
 * variants the original really has (a translated hotspot the scene lacks would never show).
 */
import type { ContentProblem } from './problem.ts';
import { TranslationSchema } from '../schemas/translation.ts';
import type { SceneOutline } from './check-scene.ts';
import { checkSchema } from './schema-problems.ts';
import type { ContentFile } from './load-content.ts';

const WORDS_ONLY = ' A translation holds only words; angles, links, photos and other settings stay in the original file and apply to every language.';

function unknownIds(kind: 'hotspots' | 'variants', ids: readonly string[], known: readonly string[], original: string, file: string): ContentProblem[] {
  const noun = kind === 'hotspots' ? 'hotspot' : 'variant';
  return ids
    .filter((id) => !known.includes(id))
    .map((id) => ({
      file,
      field: `${kind}.${id}`,
      message: `there is no ${noun} with the id "${id}" in ${original}, so this text would never be shown. Use the \`id\` of one of its ${kind} (${known.join(', ') || 'it has none'}), or delete this entry.`,
    }));
}

/**
 * `original` is the translated file, with the ids it declares when it is a scene (a tour's
 * `index.<lang>.mdx` has none).
 */
export function checkTranslation(translation: ContentFile, original: { path: string; scene?: SceneOutline } | undefined): ContentProblem[] {
  const file = translation.path;
  const parsed = checkSchema(TranslationSchema, translation.data, file, 'of a translation file', WORDS_ONLY);
  const problems = [...parsed.problems];
  const data = parsed.data;
  if (!data || !original) return problems;
  if (translation.name === 'index') {
    for (const key of ['hotspots', 'variants', 'photoLabel', 'credit'] as const) {
      if (data[key] !== undefined) problems.push({ file, field: key, message: `belongs to scenes, not tours, so it would be ignored here. Move it to the translation of the scene it describes.` });
    }
    return problems;
  }
  for (const key of ['practical', 'area'] as const) {
    if (data[key] !== undefined) problems.push({ file, field: key, message: `belongs to the tour, not a scene, so it would be ignored here. Move it to the tour's translation, index.${translation.lang}.mdx.` });
  }
  if (original.scene) {
    problems.push(...unknownIds('hotspots', Object.keys(data.hotspots ?? {}), original.scene.hotspots, original.path, file));
    problems.push(...unknownIds('variants', Object.keys(data.variants ?? {}), original.scene.variants, original.path, file));
  }
  return problems;
}
