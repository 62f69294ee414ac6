/**
 * From a tour read out of another tool to this site's ids and fields: scene ids from the source names,
 * links pointed at those ids (links to scenes that are not in the tour are dropped and reported), hotspot
 * ids, the opening zoom. Pure: nothing is read or written here.
 */
import { zoomForVerticalFov } from '../../src/import/angles.ts';
import type { ImportedScene, ImportedTour, ImportNote } from '../../src/import/model.ts';
import { slugify } from '../new/scaffold.ts';

export interface PlannedScene {
  id: string;
  source: ImportedScene;
  view: { yaw: number; pitch: number; zoom: number };
  links: { to: string; yaw: number; pitch: number }[];
  hotspots: { id: string; yaw: number; pitch: number; title: string; text: string }[];
}

/** A unique id from a name: krpano's "scene_cot_co" → "cot-co"; clashes get -2, -3… */
function uniqueId(name: string, taken: Set<string>, fallback: string): string {
  let base = slugify(name).replace(/^scene-(?=.)/, '');
  if (!base || base === 'index') base = fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Names of scenes for one line of the report: a long tour lists the first few and a count. */
function sceneList(names: string[]): string {
  const shown = names.slice(0, 5).map((n) => `"${n}"`).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

export function planScenes(tour: ImportedTour, notes: ImportNote[]): PlannedScene[] {
  const taken = new Set<string>();
  const ids = new Map(tour.scenes.map((s, i) => [s.sourceId, uniqueId(s.sourceId, taken, `canh-${i + 1}`)]));
  // krpano's vtour gives every scene the same wide view: one line per file and view, not one per scene.
  const clamped = new Map<string, { file: string; vFov: number; zoom: number; scenes: string[] }>();
  const planned = tour.scenes.map((scene) => {
    const id = ids.get(scene.sourceId)!;
    const links = scene.links.flatMap((link) => {
      const to = ids.get(link.target);
      if (!to) {
        notes.push({ file: scene.file, message: `scene "${scene.sourceId}": its link to "${link.target}" goes to a scene that is not in the tour; dropped.` });
        return [];
      }
      if (to === id) {
        notes.push({ file: scene.file, message: `scene "${scene.sourceId}": a link to itself; dropped.` });
        return [];
      }
      return [{ to, yaw: link.yaw, pitch: link.pitch }];
    });
    const hotspotIds = new Set<string>();
    const hotspots = scene.hotspots.map((h, i) => ({
      id: uniqueId(h.name && !/^(spot|hotspot|hs)[-_]?\d*$/i.test(h.name) ? h.name : h.title, hotspotIds, `diem-${i + 1}`),
      yaw: h.yaw,
      pitch: h.pitch,
      title: h.title,
      text: h.text,
    }));
    let zoom = 50;
    if (scene.view.vFov !== undefined) {
      const fit = zoomForVerticalFov(scene.view.vFov);
      zoom = fit.zoom;
      if (fit.clamped) {
        const key = `${scene.file}\n${Math.round(scene.view.vFov)}`;
        const group = clamped.get(key) ?? { file: scene.file, vFov: Math.round(scene.view.vFov), zoom, scenes: [] };
        group.scenes.push(scene.sourceId);
        clamped.set(key, group);
      }
    }
    return { id, source: scene, view: { yaw: scene.view.yaw, pitch: scene.view.pitch, zoom }, links, hotspots };
  });
  for (const { file, vFov, zoom, scenes } of clamped.values()) {
    notes.push({
      file,
      message:
        scenes.length === 1
          ? `scene "${scenes[0]}": its opening view is ${vFov}° high; this site shows 30°–90°, so it opens at zoom ${zoom}.`
          : `scenes ${sceneList(scenes)}: their opening view is ${vFov}° high; this site shows 30°–90°, so they open at zoom ${zoom}.`,
    });
  }
  return planned;
}
