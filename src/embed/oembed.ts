/**
 * oEmbed (https://oembed.com) answers, written as static JSON per tour and scene: a `rich` type
 * whose `html` is the same iframe snippet as the embed code generator's.
 */
import type { SceneData, TourData } from '../data/tours.ts';

export const EMBED_WIDTH = 960;
export const EMBED_HEIGHT = 540;

export const embedPath = (tourId: string, sceneId?: string) => `/embed/${tourId}/${sceneId ? `${sceneId}/` : ''}`;
export const oembedPath = (tourId: string, sceneId?: string) => `/oembed/${tourId}${sceneId ? `/${sceneId}` : ''}.json`;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe partners paste; `src` is absolute, the rest fixed. */
export function iframeSnippet(src: string, title: string, width: number | string = EMBED_WIDTH, height: number | string = EMBED_HEIGHT): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen; gyroscope; accelerometer; xr-spatial-tracking" allowfullscreen></iframe>`;
}

export function oembedResponse(site: URL, tour: TourData, scene?: SceneData): Response {
  const shown = scene ?? tour.startScene;
  const title = scene ? `${scene.entry.data.title} — ${tour.entry.data.title}` : tour.entry.data.title;
  const posters = shown.panorama.posters.landscape;
  const thumb = posters.find((p) => p.width === 640) ?? posters.at(-1)!;
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Hà Giang 360',
    provider_url: new URL('/', site).href,
    html: iframeSnippet(new URL(embedPath(tour.id, scene?.id), site).href, title),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    thumbnail_url: new URL(thumb.url, site).href,
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
