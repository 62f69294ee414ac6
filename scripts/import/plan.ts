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

export function planScenes(tour: ImportedTour, notes: ImportNote[]): PlannedScene[] {
  const taken = new Set<string>();
  const ids = new Map(tour.scenes.map((s, i) => [s.sourceId, uniqueId(s.sourceId, taken, `canh-${i + 1}`)]));
  return tour.scenes.map((scene) => {
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
        notes.push({
          file: scene.file,
          message: `scene "${scene.sourceId}": its opening view is ${Math.round(scene.view.vFov)}° high; this site shows 30°–90°, so it opens at zoom ${zoom}.`,
        });
      }
    }
    return { id, source: scene, view: { yaw: scene.view.yaw, pitch: scene.view.pitch, zoom }, links, hotspots };
  });
}
