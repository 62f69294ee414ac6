/**
 * The Marzipano Tool's export: `data.js` (`var APP_DATA = {…}`, written by JSON.stringify, so it is read as
 * JSON and never run) and `tiles/<scene id>/<z>/<face>/<y>/<x>.jpg`, with `levels` from coarsest to finest
 * (a `fallbackOnly` level lives only in preview.jpg). Angles are radians; fov is vertical.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fromMarzipano } from './angles.ts';
import { ImportError, type ImportedHotspot, type ImportedLink, type ImportedScene, type ImportedTour, type ImportNote, type TileLevel } from './model.ts';
import { num, plainText, str, titleFromText } from './text.ts';
import { DEG } from '../util/angles.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The object literal assigned to APP_DATA, parsed as JSON. */
function appData(source: string, file: string): Json {
  const match = /APP_DATA\s*=\s*/.exec(source);
  const start = match ? source.indexOf('{', match.index) : -1;
  const end = source.lastIndexOf('}');
  if (!match || start < 0 || end < start) {
    throw new ImportError(file, 'is not a Marzipano Tool data.js: it has no `var APP_DATA = {…}`. Export the project from the Marzipano Tool again, or give the folder that holds data.js and tiles/.');
  }
  try {
    const data: unknown = JSON.parse(source.slice(start, end + 1));
    if (isObject(data)) return data;
  } catch {
    // fall through
  }
  throw new ImportError(file, 'has an APP_DATA that is not plain JSON (was it edited by hand?). It is read as data, never run: make it plain JSON, as the Marzipano Tool writes it.');
}

function levelsOf(scene: Json, tilesDir: string, id: string, file: string): TileLevel[] {
  const levels = Array.isArray(scene.levels) ? scene.levels.filter(isObject) : [];
  const usable = levels
    .map((level, z) => ({ z, size: num(level.size), tileSize: num(level.tileSize), fallbackOnly: level.fallbackOnly === true }))
    .filter((l): l is { z: number; size: number; tileSize: number; fallbackOnly: boolean } => !l.fallbackOnly && Boolean(l.size) && Boolean(l.tileSize));
  if (usable.length === 0) throw new ImportError(file, `scene "${id}" lists no tile levels ("levels"), so its picture cannot be found.`);
  return usable
    .sort((a, b) => b.size - a.size)
    .map((l) => ({
      faceSize: l.size,
      tileSize: l.tileSize,
      label: `level ${l.z}`,
      tile: (face, row, col) => join(tilesDir, id, String(l.z), face, String(row), `${col}.jpg`),
    }));
}

function sceneOf(raw: Json, index: number, base: string, file: string, notes: ImportNote[]): ImportedScene {
  const id = str(raw.id);
  if (!id) throw new ImportError(file, `scene ${index + 1} has no "id", which names its tiles folder.`);
  const label = `scene "${id}"`;
  const initial = isObject(raw.initialViewParameters) ? raw.initialViewParameters : {};
  const fov = num(initial.fov);
  const view = { ...fromMarzipano(num(initial.yaw) ?? 0, num(initial.pitch) ?? 0), ...(fov ? { vFov: fov / DEG } : {}) };
  const links: ImportedLink[] = [];
  for (const [i, h] of (Array.isArray(raw.linkHotspots) ? raw.linkHotspots : []).entries()) {
    const yaw = isObject(h) ? num(h.yaw) : undefined;
    const pitch = isObject(h) ? num(h.pitch) : undefined;
    const target = isObject(h) ? str(h.target) : undefined;
    if (yaw === undefined || pitch === undefined || !target) {
      notes.push({ file, message: `${label}, link hotspot ${i + 1} has no yaw, pitch or target: skipped.` });
      continue;
    }
    links.push({ target, ...fromMarzipano(yaw, pitch) });
  }
  const hotspots: ImportedHotspot[] = [];
  for (const [i, h] of (Array.isArray(raw.infoHotspots) ? raw.infoHotspots : []).entries()) {
    const yaw = isObject(h) ? num(h.yaw) : undefined;
    const pitch = isObject(h) ? num(h.pitch) : undefined;
    if (!isObject(h) || yaw === undefined || pitch === undefined) {
      notes.push({ file, message: `${label}, info hotspot ${i + 1} has no yaw/pitch: skipped.` });
      continue;
    }
    const title = plainText(str(h.title) ?? '');
    const text = plainText(str(h.text) ?? '');
    if (title.changed || text.changed) notes.push({ file, message: `${label}, info hotspot ${i + 1}: HTML in its title or text was reduced to plain text.` });
    if (!title.text && !text.text) {
      notes.push({ file, message: `${label}, info hotspot ${i + 1} has neither title nor text: skipped.` });
      continue;
    }
    if (!text.text) notes.push({ file, message: `${label}, info hotspot "${title.text}" has no text: its title is used as text; write a sentence or two.` });
    hotspots.push({ ...fromMarzipano(yaw, pitch), title: title.text || titleFromText(text.text), text: text.text || title.text });
  }
  const known = new Set(['id', 'name', 'levels', 'faceSize', 'initialViewParameters', 'linkHotspots', 'infoHotspots']);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) notes.push({ file, message: `${label}: ${unknown.map((k) => `"${k}"`).join(', ')} not carried over (not part of the Marzipano Tool's export).` });
  const faceSize = num(raw.faceSize);
  return {
    sourceId: id,
    title: plainText(str(raw.name) ?? id).text || id,
    panorama: { kind: 'tiles', levels: levelsOf(raw, join(base, 'tiles'), id, file), ...(faceSize && faceSize > 0 ? { detailSize: faceSize } : {}) },
    view,
    links,
    hotspots,
    file,
  };
}

/** Reads a Marzipano Tool `data.js`; its `tiles/` folder is expected beside it. */
export async function readMarzipano(file: string): Promise<ImportedTour> {
  const data = appData(await readFile(file, 'utf8'), file);
  const list = Array.isArray(data.scenes) ? data.scenes : undefined;
  if (!list) throw new ImportError(file, 'has an APP_DATA without "scenes": not a Marzipano Tool export.');
  if (list.length === 0) throw new ImportError(file, 'has no scenes: there is nothing to import.');
  const notes: ImportNote[] = [];
  const scenes = list.map((raw, i) => {
    if (!isObject(raw)) throw new ImportError(file, `scene ${i + 1} is not an object.`);
    return sceneOf(raw, i, dirname(file), file, notes);
  });
  const settings = isObject(data.settings) ? data.settings : {};
  if (settings.autorotateEnabled === true) notes.push({ file, message: 'settings.autorotateEnabled: the site has its own autorotate button; the tour setting is not kept.' });
  return { format: 'Marzipano', file, ...(str(data.name) ? { title: plainText(str(data.name)!).text } : {}), startScene: scenes[0]!.sourceId, scenes, notes };
}
