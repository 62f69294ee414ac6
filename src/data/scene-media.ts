/**
 * Everything a scene points at besides its main photo: hotspot images, sounds and videos,
 * narration, ambience, and variant photos. Each file goes through the pipeline; a broken one
 * becomes a problem that names the scene file and the field.
 */
import { prepareImage, prepareMedia, preparePanorama } from 'virtual:hg360/panoramas';
import type { PanoramaAssets } from '../panorama/public-assets.ts';
import type { ContentProblem } from '../validate/content-error.ts';
import { pipelineMessage } from '../validate/pipeline-message.ts';
import type { CollectionEntry } from 'astro:content';

type SceneEntry = CollectionEntry<'scenes'>;

export interface HotspotMedia {
  image?: { url: string; width: number; height: number; alt: string };
  audio?: string;
  video?: string;
}

export interface SceneVariantData {
  id: string;
  label: string;
  illustration: boolean;
  panorama: PanoramaAssets;
}

export interface SceneMedia {
  /** Keyed by hotspot id. */
  hotspots: Record<string, HotspotMedia>;
  narration?: { vi?: string; en?: string; credit?: string };
  ambience?: { url: string; volume: number };
  variants: SceneVariantData[];
}

/** `./x.jpg` beside `content/tours/t/s.mdx` → `content/tours/t/x.jpg`, the path the pipeline reads (a tour's `index.mdx` too). */
export function fileBeside(scene: Pick<SceneEntry, 'id' | 'filePath'>, relative: string): string {
  const dir = (scene.filePath ?? `content/tours/${scene.id}.mdx`).replace(/[^/]+$/, '');
  return dir + relative.replace(/^\.\//, '');
}

/** Runs a pipeline step; an editor's mistake becomes a problem on `field`, anything else is a bug and throws. */
async function attempt<T>(scene: SceneEntry, field: string, written: string, problems: ContentProblem[], step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if ((error as Error).name !== 'PanoramaInputError') throw error;
    problems.push({ file: scene.filePath ?? scene.id, field, message: pipelineMessage(error as Error & { problem: string; hint: string }, written) });
    return undefined;
  }
}

export async function resolveSceneMedia(scene: SceneEntry, problems: ContentProblem[]): Promise<SceneMedia> {
  const { hotspots, narration, ambience, variants, view } = scene.data;
  const media: SceneMedia = { hotspots: {}, variants: [] };
  for (const [index, hotspot] of hotspots.entries()) {
    const entry: HotspotMedia = {};
    if (hotspot.image) {
      const image = await attempt(scene, `hotspots[${index}].image.src`, hotspot.image.src, problems, () => prepareImage(fileBeside(scene, hotspot.image!.src)));
      if (image) entry.image = { ...image, alt: hotspot.image.alt };
    }
    if (hotspot.audio) entry.audio = await attempt(scene, `hotspots[${index}].audio`, hotspot.audio, problems, () => prepareMedia(fileBeside(scene, hotspot.audio!)));
    if (hotspot.video) entry.video = await attempt(scene, `hotspots[${index}].video`, hotspot.video, problems, () => prepareMedia(fileBeside(scene, hotspot.video!)));
    media.hotspots[hotspot.id] = entry;
  }
  if (narration) {
    media.narration = { ...(narration.credit ? { credit: narration.credit } : {}) };
    for (const lang of ['vi', 'en'] as const) {
      const track = narration[lang];
      if (track) {
        const url = await attempt(scene, `narration.${lang}`, track, problems, () => prepareMedia(fileBeside(scene, track)));
        if (url) media.narration[lang] = url;
      }
    }
  }
  if (ambience) {
    const url = await attempt(scene, 'ambience.src', ambience.src, problems, () => prepareMedia(fileBeside(scene, ambience.src)));
    if (url) media.ambience = { url, volume: ambience.volume };
  }
  for (const [index, variant] of variants.entries()) {
    const panorama = await attempt(scene, `variants[${index}].photo`, variant.photo, problems, () => preparePanorama({ photo: fileBeside(scene, variant.photo), view }));
    if (panorama) media.variants.push({ id: variant.id, label: variant.label, illustration: variant.illustration, panorama });
  }
  return media;
}
