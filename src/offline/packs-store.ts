/** Saved tour packs in Cache Storage, as the page scripts see them (one cache per tour and language). */
import type { PackQuality, TourPack } from './pack-plan.ts';

export const PACK_PREFIX = 'hg-pack:';
export const packCacheName = (tour: string, lang: string) => `${PACK_PREFIX}${tour}:${lang}`;
/** The build's list of a pack's files and sizes (src/integrations/offline.ts); a saved pack keeps the one it was saved from. */
export const packListUrl = (tour: string, lang: string) => `/_offline/packs/${tour}.${lang}.json`;
/** The entry written last: a pack is saved only once it is there. */
export const metaUrl = (tour: string, lang: string) => `/_offline/saved/${tour}.${lang}.json`;

export interface SavedPack {
  tour: string;
  lang: string;
  title: string;
  quality: PackQuality;
  bytes: number;
  files: number;
  date: string;
  version: string;
  /** The tour's page in the saved language. */
  url: string;
}

export const cachesAvailable = () => typeof caches !== 'undefined';

export async function savedPack(tour: string, lang: string): Promise<SavedPack | undefined> {
  if (!cachesAvailable() || !(await caches.has(packCacheName(tour, lang)))) return undefined;
  const cache = await caches.open(packCacheName(tour, lang));
  const meta = await cache.match(metaUrl(tour, lang));
  return meta ? ((await meta.json()) as SavedPack) : undefined;
}

/** The build's file list a saved pack was saved from (packs saved before it was kept have none). */
export async function savedPackList(tour: string, lang: string): Promise<TourPack | undefined> {
  if (!cachesAvailable() || !(await caches.has(packCacheName(tour, lang)))) return undefined;
  const list = await (await caches.open(packCacheName(tour, lang))).match(packListUrl(tour, lang));
  return list ? ((await list.json()) as TourPack) : undefined;
}

export async function savedPacks(): Promise<SavedPack[]> {
  if (!cachesAvailable()) return [];
  const packs: SavedPack[] = [];
  for (const key of await caches.keys()) {
    if (!key.startsWith(PACK_PREFIX)) continue;
    const [tour, lang] = key.slice(PACK_PREFIX.length).split(':');
    const pack = await savedPack(tour!, lang!);
    if (pack) packs.push(pack);
  }
  return packs.sort((a, b) => a.title.localeCompare(b.title));
}

export function deletePack(tour: string, lang: string): Promise<boolean> {
  return caches.delete(packCacheName(tour, lang));
}

export function formatDate(iso: string, lang: string): string {
  return new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'vi-VN', { year: 'numeric', month: 'short', day: 'numeric' });
}
