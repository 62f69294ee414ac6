/**
 * krpano's `tour.xml` and the files it `<include>`s (docs: krpano.com/docu/xml). Reads every `<scene>`:
 * `title`, `lat`/`lng`/`heading`, `<view hlookat vlookat fov fovtype>`, the picture in `<image>` (`<sphere>`
 * equirectangular, `<cube url="…%s…">` faces, multi-resolution `<level>`s or `<cube multires="…">` tiles, or
 * old `<left>`…`<down>` faces), and `<hotspot>`s: those with `linkedscene` or `onclick="loadscene(…)"` become
 * links, others info hotspots when the XML holds their text. krpano's scripting is never run: actions other
 * than loadscene are listed in the report. Relative URLs are read against the first XML's folder, like
 * krpano's default `basedir="%FIRSTXML%"`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromKrpano, krpanoVerticalFov } from './angles.ts';
import { CUBE_FACES, ImportError, type CubeFace, type ImportedHotspot, type ImportedLink, type ImportedScene, type ImportedTour, type ImportNote, type PanoramaSource, type TileLevel } from './model.ts';
import { isWebAddress, num, plainText, str } from './text.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  // krpano names are case-insensitive: <Scene Name="…"> is <scene name="…">.
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

const children = (node: Node | undefined, tag: string): Node[] => (Array.isArray(node?.[tag]) ? (node[tag] as Node[]).filter((n) => n && typeof n === 'object') : []);
const attr = (node: Node | undefined, name: string): string | undefined => str(node?.[`@${name}`]);

interface Context {
  /** krpano's basedir: the first XML's folder. */
  base: string;
  notes: ImportNote[];
}

async function parseXml(file: string): Promise<Node> {
  const text = await readFile(file, 'utf8');
  // krpano's protect tool writes encrypted XML that only its viewer can read.
  if (!text.replace(/^\uFEFF/, '').trimStart().startsWith('<')) {
    throw new ImportError(file, 'is not XML text: it may be encrypted with krpano’s protect tool. Open the original, unencrypted tour.xml from the krpano project instead.');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ImportError(file, `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}), so krpano could not read it either.`);
  const root = children(parser.parse(text) as Node, 'krpano')[0];
  if (!root) throw new ImportError(file, 'is XML but not a krpano file: its root element is not <krpano>.');
  return root;
}

function url(raw: string, file: string, ctx: Context): string {
  const expanded = raw
    .replace(/%(FIRSTXML|SWFPATH|HTMLPATH|BASEDIR|ROOT)%/gi, ctx.base)
    .replace(/%CURRENTXML%/gi, dirname(file))
    .replace(/%\$[^%]*%/g, '');
  if (isWebAddress(expanded)) throw new ImportError(file, `"${raw}" is on the web, not beside the tour: download it next to tour.xml and write its path instead.`);
  return resolve(ctx.base, expanded);
}

/** krpano's tile URL placeholders: %s face, %v/%y/%r row and %h/%x/%c column (from 1), %l level; %0v pads. */
function fillTile(pattern: string, face: CubeFace, row: number, col: number, level: number): string {
  return pattern.replace(/%(0*)([svyrhxcl])/g, (_, zeros: string, key: string) => {
    if (key === 's') return face;
    const value = 'vyr'.includes(key) ? row + 1 : 'hxc'.includes(key) ? col + 1 : level;
    return String(value).padStart(zeros.length + 1, '0');
  });
}

function panoramaOf(scene: Node, name: string, file: string, ctx: Context): PanoramaSource {
  const image = children(scene, 'image')[0];
  if (!image) throw new ImportError(file, `scene "${name}" has no <image>, so it has no picture to import.`);
  const sphere = children(image, 'sphere')[0] ?? children(image, 'equi')[0];
  if (attr(sphere, 'url')) return { kind: 'equirect', file: url(attr(sphere, 'url')!, file, ctx) };
  const tileSize = num(attr(image, 'tilesize'));
  const levels = children(image, 'level');
  if (levels.length > 0) {
    if (!tileSize) throw new ImportError(file, `scene "${name}": <image> has <level>s but no tilesize.`);
    const tiled: TileLevel[] = levels
      .map((level, i) => ({ level, i, size: num(attr(level, 'tiledimagewidth')), pattern: attr(children(level, 'cube')[0], 'url') }))
      .filter((l): l is typeof l & { size: number; pattern: string } => Boolean(l.size && l.pattern))
      .sort((a, b) => b.size - a.size)
      .map(({ size, pattern, i }) => ({
        faceSize: size,
        tileSize,
        label: `level ${size}×${size}`,
        tile: (face, row, col) => url(fillTile(pattern, face, row, col, levels.length - i), file, ctx),
      }));
    if (tiled.length === 0) throw new ImportError(file, `scene "${name}": its <level>s have no tiledimagewidth and <cube url>; only cube tiles can be imported.`);
    return { kind: 'tiles', levels: tiled };
  }
  // vtour may add a smaller cube for phones (<cube devices="mobile">): take the one for every device.
  const cubes = children(image, 'cube');
  const cube = cubes.find((c) => !/mobile|tablet|handheld/i.test(attr(c, 'devices') ?? '')) ?? cubes[0];
  const cubeUrl = attr(cube, 'url');
  const multires = attr(cube, 'multires');
  if (cubeUrl && multires) {
    // krpano 1.19+: multires="tilesize,size1,size2,…" (smallest first); %l counts levels from 1 at the smallest.
    const [size, ...sizes] = multires.split(',').map((n) => Number(n.trim()));
    if (!size || sizes.length === 0 || sizes.some((s) => !s)) throw new ImportError(file, `scene "${name}": <cube multires="${multires}"> is not "tilesize,size1,size2,…".`);
    return {
      kind: 'tiles',
      levels: sizes
        .map((faceSize, i) => ({ faceSize, tileSize: size, label: `level ${i + 1} (${faceSize}×${faceSize})`, tile: (face: CubeFace, row: number, col: number) => url(fillTile(cubeUrl, face, row, col, i + 1), file, ctx) }))
        .reverse(),
    };
  }
  if (cubeUrl) {
    if (!cubeUrl.includes('%s')) throw new ImportError(file, `scene "${name}": <cube url="${cubeUrl}"> has no %s for the face letter; a single cube-strip image is not supported, export six faces.`);
    return { kind: 'cube', faces: Object.fromEntries(CUBE_FACES.map((f) => [f, url(cubeUrl.replace(/%s/g, f), file, ctx)])) as Record<CubeFace, string> };
  }
  const old: Record<CubeFace, string> = { f: 'front', r: 'right', b: 'back', l: 'left', u: 'up', d: 'down' };
  if (CUBE_FACES.every((f) => attr(children(image, old[f])[0], 'url'))) {
    return { kind: 'cube', faces: Object.fromEntries(CUBE_FACES.map((f) => [f, url(attr(children(image, old[f])[0], 'url')!, file, ctx)])) as Record<CubeFace, string> };
  }
  const kinds = Object.keys(image).filter((k) => !k.startsWith('@')).map((k) => `<${k}>`);
  throw new ImportError(file, `scene "${name}": its <image> holds ${kinds.join(', ') || 'nothing'}; only <sphere> (equirectangular) and cube images (<cube>, <level>, <left>…<down>) can be imported.`);
}

/** `loadscene(scene_b, null, MERGE, BLEND(1))` → "scene_b"; `get(linkedscene)` → the hotspot's linkedscene. */
function loadsceneTarget(onclick: string, hotspot: Node): string | undefined {
  const match = /loadscene\(\s*([^,)]+)/i.exec(onclick);
  if (!match) return undefined;
  const arg = match[1]!.trim().replace(/^['"]|['"]$/g, '');
  const get = /^get\((\w+)\)$/i.exec(arg);
  return get ? attr(hotspot, get[1]!.toLowerCase()) : arg;
}

/** The centre of a polygon hotspot's points, averaged as directions so it works across yaw 180. */
function polygonCentre(points: Node[]): { ath: number; atv: number } | undefined {
  const dirs = points.map((p) => [num(attr(p, 'ath')), num(attr(p, 'atv'))]).filter((p): p is [number, number] => p[0] !== undefined && p[1] !== undefined);
  if (dirs.length === 0) return undefined;
  const r = Math.PI / 180;
  const sum = dirs.reduce(([x, y, z], [h, v]) => [x + Math.cos(v * r) * Math.sin(h * r), y + Math.sin(v * r), z + Math.cos(v * r) * Math.cos(h * r)], [0, 0, 0]);
  return { ath: Math.atan2(sum[0]!, sum[2]!) / r, atv: Math.atan2(sum[1]!, Math.hypot(sum[0]!, sum[2]!)) / r };
}

function hotspotsOf(scene: Node, name: string, file: string, ctx: Context) {
  const links: ImportedLink[] = [];
  const hotspots: ImportedHotspot[] = [];
  for (const [i, spot] of children(scene, 'hotspot').entries()) {
    const label = `scene "${name}", hotspot "${attr(spot, 'name') ?? i + 1}"`;
    if (/^false$/i.test(attr(spot, 'visible') ?? '') || /^false$/i.test(attr(spot, 'enabled') ?? '')) {
      ctx.notes.push({ file, message: `${label} is hidden (visible or enabled="false"), shown only by a script: skipped.` });
      continue;
    }
    const points = children(spot, 'point');
    const centre = points.length ? polygonCentre(points) : undefined;
    const ath = centre?.ath ?? num(attr(spot, 'ath'));
    const atv = centre?.atv ?? num(attr(spot, 'atv'));
    if (ath === undefined || atv === undefined) {
      ctx.notes.push({ file, message: `${label} has no ath/atv (it may be placed by a script): skipped.` });
      continue;
    }
    if (centre) ctx.notes.push({ file, message: `${label} is an area; it becomes a point at its centre.` });
    const at = fromKrpano(ath, atv);
    const onclick = attr(spot, 'onclick') ?? '';
    const target = attr(spot, 'linkedscene') ?? loadsceneTarget(onclick, spot);
    const otherActions = onclick
      .split(';')
      .map((a) => a.trim())
      .filter((a) => a && !/^loadscene\(/i.test(a) && !/^showtext\(/i.test(a) && !/^skin_hotspotstyle_click\(/i.test(a));
    if (target) {
      links.push({ target, ...at });
      if (attr(spot, 'linkedscene_lookat')) ctx.notes.push({ file, message: `${label}: linkedscene_lookat (the view on arrival) is not kept; the next scene opens at its own view.` });
      if (otherActions.length) ctx.notes.push({ file, message: `${label}: besides loading "${target}" it runs ${otherActions.join('; ')} — krpano scripting, not carried over.` });
      continue;
    }
    const shown = /showtext\(\s*['"]?(.*?)['"]?\s*[,)]/i.exec(onclick + (attr(spot, 'onhover') ?? ''))?.[1];
    const rawText = attr(spot, 'text') ?? attr(spot, 'html') ?? attr(spot, 'description') ?? shown ?? '';
    const rawTitle = attr(spot, 'tooltip') ?? attr(spot, 'title') ?? '';
    const text = plainText(rawText);
    const title = plainText(rawTitle);
    if (otherActions.length) ctx.notes.push({ file, message: `${label}: onclick "${otherActions.join('; ')}" is krpano scripting this site does not run; not carried over.` });
    if (!text.text && !title.text) {
      if (!otherActions.length) ctx.notes.push({ file, message: `${label} has no text in the XML (no text, html, tooltip or title): skipped.` });
      continue;
    }
    if (text.changed || title.changed) ctx.notes.push({ file, message: `${label}: HTML in its text was reduced to plain text.` });
    if (!text.text) ctx.notes.push({ file, message: `${label} has only a tooltip; it is used as the text too: write a sentence or two.` });
    hotspots.push({ ...(attr(spot, 'name') ? { name: attr(spot, 'name')! } : {}), ...at, title: title.text || text.text.slice(0, 60), text: text.text || title.text });
  }
  return { links, hotspots };
}

function sceneOf(scene: Node, index: number, file: string, ctx: Context): ImportedScene {
  const name = attr(scene, 'name') ?? `scene${index + 1}`;
  const view = children(scene, 'view')[0];
  const fov = num(attr(view, 'fov'));
  const lat = num(attr(scene, 'lat'));
  const lng = num(attr(scene, 'lng'));
  const heading = num(attr(scene, 'heading'));
  if (attr(view, 'camroll') && num(attr(view, 'camroll')) !== 0) ctx.notes.push({ file, message: `scene "${name}": <view camroll> (a tilted view) is not kept.` });
  return {
    sourceId: name,
    title: plainText(attr(scene, 'title') ?? name).text || name,
    panorama: panoramaOf(scene, name, file, ctx),
    view: { ...fromKrpano(num(attr(view, 'hlookat')) ?? 0, num(attr(view, 'vlookat')) ?? 0), ...(fov ? { vFov: krpanoVerticalFov(fov, attr(view, 'fovtype')) } : {}) },
    ...hotspotsOf(scene, name, file, ctx),
    ...(lat !== undefined && lng !== undefined && !(lat === 0 && lng === 0) ? { location: { lat, lng } } : {}),
    // vtour writes heading="" or "0.0" when nothing was set: 0 alone says nothing.
    ...(heading ? { heading } : {}),
    file,
  };
}

/** Scenes of a file and of the files it includes, depth first, each file once. */
async function collect(file: string, ctx: Context, seen: Set<string>, scenes: { node: Node; file: string }[]): Promise<Node> {
  seen.add(file);
  const root = await parseXml(file);
  for (const node of children(root, 'scene')) scenes.push({ node, file });
  for (const include of children(root, 'include')) {
    const raw = attr(include, 'url');
    if (!raw) continue;
    let target: string;
    try {
      target = url(raw, file, ctx);
    } catch {
      ctx.notes.push({ file, message: `<include url="${raw}"> is on the web: not read.` });
      continue;
    }
    if (seen.has(target)) continue;
    if (!existsSync(target)) {
      // The skin (skin/vtourskin.xml) holds buttons and actions, never scenes: its absence changes nothing here.
      if (!/skin/i.test(raw)) ctx.notes.push({ file, message: `<include url="${raw}">: the file is missing, so any scenes in it are not imported.` });
      continue;
    }
    await collect(target, ctx, seen, scenes);
  }
  return root;
}

/** Reads a krpano tour.xml with its includes; throws ImportError when it is not a krpano tour. */
export async function readKrpano(file: string): Promise<ImportedTour> {
  const ctx: Context = { base: dirname(file), notes: [] };
  const found: { node: Node; file: string }[] = [];
  const root = await collect(file, ctx, new Set(), found);
  if (found.length === 0) throw new ImportError(file, 'is a krpano file without any <scene>: there is nothing to import (is it the skin, not the tour?).');
  const scenes = found.map(({ node, file: from }, i) => sceneOf(node, i, from, ctx));
  // vtour starts at scene[0] unless `startscene` is set; a literal loadscene() in onstart wins.
  const onstart = attr(root, 'onstart') ?? '';
  const named = /loadscene\(\s*['"]?([\w-]+)/i.exec(onstart)?.[1];
  const startScene = named && scenes.some((s) => s.sourceId === named) ? named : scenes[0]!.sourceId;
  return { format: 'krpano', file, ...(attr(root, 'title') ? { title: attr(root, 'title')! } : {}), startScene, scenes, notes: ctx.notes };
}
