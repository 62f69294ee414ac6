/**
 * Pannellum's JSON configuration (docs: json-config-parameters.md in the pannellum package): one scene, or
 * a tour with `default` and `scenes`. Reads `title`, `author`, `yaw`/`pitch`/`hfov`, `northOffset`,
 * `hotSpots` of type `scene` and `info`, and the picture: `panorama` (equirectangular), `cubeMap` or
 * `multiRes`. Paths are relative to `basePath`, else to the folder of the JSON file (Pannellum itself reads
 * them relative to the page, usually that same folder).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fromPannellum, verticalFromHorizontal } from './angles.ts';
import { ImportError, type CubeFace, type ImportedHotspot, type ImportedLink, type ImportedScene, type ImportedTour, type ImportNote, type PanoramaSource, type TileLevel } from './model.ts';
import { isWebAddress, num, plainText, str, titleFromText } from './text.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** Fields read or deliberately left alone without a word (viewer behaviour, not content). */
const QUIET = new Set([
  'type', 'title', 'author', 'authorURL', 'basePath', 'autoLoad', 'autoRotate', 'autoRotateInactivityDelay', 'autoRotateStopDelay',
  'showZoomCtrl', 'keyboardZoom', 'mouseZoom', 'draggable', 'friction', 'disableKeyboardCtrl', 'showFullscreenCtrl', 'showControls',
  'yaw', 'pitch', 'hfov', 'minYaw', 'maxYaw', 'minPitch', 'maxPitch', 'minHfov', 'maxHfov', 'multiResMinHfov', 'compass', 'northOffset',
  'preview', 'previewTitle', 'previewAuthor', 'hotSpots', 'hotSpotDebug', 'sceneFadeDuration', 'panorama', 'cubeMap', 'multiRes',
  'firstScene', 'strings', 'orientationOnByDefault', 'touchPanSpeedCoeffFactor', 'crossOrigin', 'escapeHTML', 'backgroundColor',
  'avoidShowingBackground', 'fallback', 'capturedKeyNumbers', 'ignoreGPanoXMP', 'haov', 'vaov', 'vOffset', 'horizonPitch', 'horizonRoll',
]);

function asset(base: string, url: string, file: string, what: string): string {
  if (isWebAddress(url)) throw new ImportError(file, `${what} "${url}" is on the web, not beside the tour: download it next to the JSON file and write its file name instead.`);
  return resolve(base, url.replace(/^\/+/, ''));
}

function panoramaOf(scene: Json, base: string, file: string, label: string): PanoramaSource {
  const type = str(scene.type) ?? 'equirectangular';
  if (type === 'equirectangular') {
    const url = str(scene.panorama);
    if (!url) throw new ImportError(file, `scene "${label}" has no "panorama" (the equirectangular photo), so there is nothing to show.`);
    return { kind: 'equirect', file: asset(base, url, file, `scene "${label}": the panorama`) };
  }
  if (type === 'cubemap') {
    const urls = scene.cubeMap;
    if (!Array.isArray(urls) || urls.length !== 6 || urls.some((u) => typeof u !== 'string' || !u)) {
      throw new ImportError(file, `scene "${label}": "cubeMap" must list six face images (front, right, back, left, up, down); a cube with missing faces cannot become a full 360° photo.`);
    }
    const order: CubeFace[] = ['f', 'r', 'b', 'l', 'u', 'd'];
    const faces = Object.fromEntries(order.map((face, i) => [face, asset(base, urls[i] as string, file, `scene "${label}": cube face ${i + 1}`)])) as Record<CubeFace, string>;
    return { kind: 'cube', faces };
  }
  if (type === 'multires') {
    const m = isObject(scene.multiRes) ? scene.multiRes : undefined;
    const path = str(m?.path);
    const tileSize = num(m?.tileResolution);
    const maxLevel = num(m?.maxLevel);
    const cube = num(m?.cubeResolution);
    if (!m || !path || !tileSize || !maxLevel || !cube) {
      throw new ImportError(file, `scene "${label}": "multiRes" needs path, tileResolution, maxLevel and cubeResolution (as generate.py writes them).`);
    }
    const tileBase = asset(base, str(m.basePath) ?? '.', file, `scene "${label}": multiRes.basePath`);
    const extension = str(m.extension) ?? 'jpg';
    const levels: TileLevel[] = [];
    let size = cube;
    for (let level = maxLevel; level >= 1; level--) {
      const faceSize = size;
      levels.push({
        faceSize,
        tileSize,
        label: `level ${level}`,
        tile: (face, row, col) =>
          resolve(tileBase, `${path.replace(/%l/g, String(level)).replace(/%s/g, face).replace(/%y/g, String(row)).replace(/%x/g, String(col))}.${extension}`.replace(/^\/+/, '')),
      });
      size = Math.floor(size / 2); // generate.py halves with int(size / 2)
    }
    return { kind: 'tiles', levels };
  }
  throw new ImportError(file, `scene "${label}" has type "${type}"; only equirectangular, cubemap and multires panoramas can be imported.`);
}

function hotspotsOf(scene: Json, label: string, file: string, notes: ImportNote[]) {
  const links: ImportedLink[] = [];
  const hotspots: ImportedHotspot[] = [];
  const list = Array.isArray(scene.hotSpots) ? scene.hotSpots : [];
  list.forEach((raw, i) => {
    const name = `scene "${label}", hotspot ${i + 1}${isObject(raw) && str(raw.id) ? ` ("${str(raw.id)}")` : ''}`;
    const yaw = isObject(raw) ? num(raw.yaw) : undefined;
    const pitch = isObject(raw) ? num(raw.pitch) : undefined;
    if (!isObject(raw) || yaw === undefined || pitch === undefined) {
      notes.push({ file, message: `${name} has no yaw/pitch numbers: skipped.` });
      return;
    }
    const at = fromPannellum(yaw, pitch);
    if (raw.type === 'scene') {
      const target = str(raw.sceneId);
      if (!target) return void notes.push({ file, message: `${name} is a scene link without "sceneId": skipped.` });
      links.push({ target, ...at });
      if (raw.targetYaw !== undefined || raw.targetPitch !== undefined || raw.targetHfov !== undefined) {
        notes.push({ file, message: `${name}: targetYaw/targetPitch/targetHfov (the view on arrival) are not kept; the next scene opens at its own view.` });
      }
      return;
    }
    const source = str(raw.text) ?? '';
    const { text, changed } = plainText(source);
    if (str(raw.URL)) notes.push({ file, message: `${name}: its web link ${String(raw.URL)} is not kept (hotspots here hold text, pictures, sound and video).` });
    if (!text) return void notes.push({ file, message: `${name} has no text: skipped.` });
    if (changed) notes.push({ file, message: `${name}: HTML in its text was reduced to plain text.` });
    hotspots.push({ ...(str(raw.id) ? { name: str(raw.id)! } : {}), ...at, title: titleFromText(text), text });
  });
  return { links, hotspots };
}

function sceneOf(id: string, scene: Json, base: string, file: string, notes: ImportNote[]): ImportedScene {
  const label = id;
  const sceneBase = str(scene.basePath) ? asset(base, str(scene.basePath)!, file, `scene "${label}": basePath`) : base;
  const hfov = num(scene.hfov) ?? 100; // Pannellum's default
  const view = { ...fromPannellum(num(scene.yaw) ?? 0, num(scene.pitch) ?? 0), vFov: verticalFromHorizontal(hfov) };
  const { links, hotspots } = hotspotsOf(scene, label, file, notes);
  const northOffset = num(scene.northOffset);
  const haov = num(scene.haov) ?? 360;
  const vaov = num(scene.vaov) ?? 180;
  const vOffset = num(scene.vOffset) ?? 0;
  // A photo that covers part of the sphere keeps its coverage as `partial` (same meaning, same degrees).
  const partial = (haov < 360 || vaov < 180) && haov > 0 && vaov > 0 ? { horizontalFov: Math.min(haov, 360), verticalFov: Math.min(vaov, 180), centerPitch: vOffset } : undefined;
  if (num(scene.horizonPitch) || num(scene.horizonRoll)) notes.push({ file, message: `scene "${label}": horizonPitch/horizonRoll (levelling of a tilted photo) are not applied; level the photo itself.` });
  const unknown = Object.keys(scene).filter((k) => !QUIET.has(k));
  if (unknown.length) notes.push({ file, message: `scene "${label}": ${unknown.map((k) => `"${k}"`).join(', ')} not carried over.` });
  const author = str(scene.author);
  return {
    sourceId: id,
    title: plainText(str(scene.title) ?? id).text || id,
    panorama: panoramaOf(scene, sceneBase, file, label),
    view,
    links,
    hotspots,
    ...(northOffset !== undefined ? { heading: northOffset } : {}),
    ...(partial && (str(scene.type) ?? 'equirectangular') === 'equirectangular' ? { partial } : {}),
    ...(author ? { credit: plainText(author).text } : {}),
    file,
  };
}

/** Reads a Pannellum configuration file; throws ImportError when it is not one. */
export async function readPannellum(file: string): Promise<ImportedTour> {
  let config: unknown;
  try {
    config = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ImportError(file, `is not valid JSON (${(error as Error).message}), so it cannot be a Pannellum configuration.`);
  }
  if (!isObject(config)) throw new ImportError(file, 'is JSON but not a Pannellum configuration (an object with "panorama", "cubeMap", "multiRes" or "scenes").');
  const base = dirname(file);
  const notes: ImportNote[] = [];
  if (isObject(config.scenes)) {
    const defaults = isObject(config.default) ? config.default : {};
    const ids = Object.keys(config.scenes);
    if (ids.length === 0) throw new ImportError(file, 'has an empty "scenes": there is nothing to import.');
    const scenes = ids.map((id) => {
      const scene = config.scenes as Json;
      if (!isObject(scene[id])) throw new ImportError(file, `scene "${id}" is not an object.`);
      const merged: Json = { ...defaults, ...scene[id] };
      delete merged.firstScene;
      return sceneOf(id, merged, base, file, notes);
    });
    const first = str(defaults.firstScene);
    if (first && !ids.includes(first)) notes.push({ file, message: `default.firstScene "${first}" is not a scene; the tour starts at "${ids[0]}".` });
    return { format: 'Pannellum', file, ...(str(defaults.title) ? { title: str(defaults.title)! } : {}), startScene: first && ids.includes(first) ? first : ids[0]!, scenes, notes };
  }
  if (!('panorama' in config) && !('cubeMap' in config) && !('multiRes' in config)) {
    throw new ImportError(file, 'is JSON but not a Pannellum configuration: it has no "panorama", "cubeMap", "multiRes" or "scenes".');
  }
  const id = basename(file).replace(/\.json$/i, '');
  const scene = sceneOf(id, config, base, file, notes);
  for (const link of scene.links) notes.push({ file, message: `a link to scene "${link.target}" needs a tour configuration ("scenes"); skipped.` });
  scene.links = [];
  return { format: 'Pannellum', file, ...(str(config.title) ? { title: str(config.title)! } : {}), startScene: id, scenes: [scene], notes };
}

