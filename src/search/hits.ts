/**
 * Pagefind's result data → what a result in our list shows and links to. Pure, no DOM: the
 * browser UI and the tests share it.
 *
 * What each page tells the index is written by SearchData.astro: `type`, `category` and `tour`
 * filters, an `image` thumbnail, and one `view` filter value per hotspot. Filters carry the
 * machine data because, unlike metadata, Pagefind never searches them.
 */
import { markQueryWords, withoutHeadings } from './excerpt.ts';

/** The parts of Pagefind's `result.data()` we read (https://pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  /** Safe HTML: entities escaped, matches in `<mark>`. */
  excerpt: string;
  /** Missing for the part of the page before its first anchor. */
  anchor?: { element: string; id: string; text?: string };
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

/** One place in the panorama a hotspot result turns the viewer to, in degrees (zoom 0–100). */
export interface View {
  yaw: number;
  pitch: number;
  zoom?: number;
}

export interface HotspotHit {
  title: string;
  /** The scene page with the hotspot's direction: `/tours/t/s/?yaw=…&pitch=…&zoom=…`. */
  url: string;
  excerpt: string;
}

export interface SearchHit {
  id: string;
  url: string;
  /** Plain text (from the page's h1): set it as text, never as HTML. */
  title: string;
  /** `tour`, `scene` or `article`; empty for a page that did not say. */
  type: string;
  /** The tour's name, for scenes and tours. Plain text. */
  tour?: string;
  category?: string;
  image?: string;
  excerpt: string;
  hotspots: HotspotHit[];
}

/** Prefix of the ids ScenePanel gives hotspot `<dt>`s; Pagefind turns them into sub-results. */
export const HOTSPOT_ANCHOR_PREFIX = 'hotspot-';
export const hotspotAnchorId = (hotspotId: string) => HOTSPOT_ANCHOR_PREFIX + hotspotId;

/** `view` filter value written by SearchData.astro: `<anchor id> <yaw> <pitch> <zoom>`. */
export function encodeView(anchorId: string, view: View): string {
  return [anchorId, view.yaw, view.pitch, view.zoom ?? ''].join(' ').trim();
}

export function decodeViews(values: string[] = []): Map<string, View> {
  const views = new Map<string, View>();
  for (const value of values) {
    const [id, yaw, pitch, zoom] = value.split(' ');
    if (!id || !Number.isFinite(Number(yaw)) || !Number.isFinite(Number(pitch))) continue;
    views.set(id, { yaw: Number(yaw), pitch: Number(pitch), ...(zoom ? { zoom: Number(zoom) } : {}) });
  }
  return views;
}

/** The deep-link form the viewer reads: degrees as in the content, zoom optional. */
export function viewUrl(pageUrl: string, view: View): string {
  const path = pageUrl.replace(/[?#].*$/, '');
  const params = new URLSearchParams({ yaw: String(view.yaw), pitch: String(view.pitch) });
  if (view.zoom !== undefined) params.set('zoom', String(view.zoom));
  return `${path}?${params}`;
}

/** A result as the list shows it; `query` is what the tourist typed, to mark in the excerpts. */
export function toHit(id: string, data: PagefindResultData, query = ''): SearchHit {
  const first = (key: string) => data.filters[key]?.[0];
  const views = decodeViews(data.filters.view);
  const hotspots: HotspotHit[] = [];
  for (const sub of data.sub_results) {
    const anchor = sub.anchor?.id;
    const view = anchor?.startsWith(HOTSPOT_ANCHOR_PREFIX) ? views.get(anchor) : undefined;
    if (view) hotspots.push({ title: sub.title, url: viewUrl(data.url, view), excerpt: markQueryWords(withoutHeadings(sub.excerpt, [sub.title]), query) });
  }
  const tour = first('tour');
  const category = first('category');
  const image = data.meta.image;
  const title = data.meta.title ?? data.url;
  return {
    id,
    url: data.url,
    title,
    type: first('type') ?? '',
    ...(tour ? { tour } : {}),
    ...(category ? { category } : {}),
    ...(image ? { image } : {}),
    excerpt: markQueryWords(withoutHeadings(data.excerpt, [title, ...data.sub_results.map((sub) => sub.title)]), query),
    hotspots,
  };
}
