/**
 * A scene whose opening view shows no arrow leaves the tourist swiping around for the way on
 * (issue 16: five swipes on a phone to find Quản Bạ's only arrow). The same holds for the view an
 * arrow's `arrive:` opens the next scene with (issue 17). The check uses the narrowest viewer the
 * site shows (a phone held upright), so a view that passes shows an arrow everywhere.
 */
import { NARROWEST_ASPECT, nearestYawShowing, pointInView, yawDelta, zoomToVerticalFov } from '../schemas/view-geometry.ts';
import type { Scene } from '../schemas/scene.ts';
import type { ContentProblem } from './problem.ts';

type Link = Scene['links'][number];

/** Undefined when `view` shows one of `links`; else the nearest yaw that would, and the arrow it shows. */
function wayOnHidden(view: { yaw: number; pitch: number; zoom: number }, links: readonly Link[]): { best?: { link: Link; yaw: number } } | undefined {
  if (links.length === 0) return undefined;
  const seen = { yaw: view.yaw, pitch: view.pitch, vFov: zoomToVerticalFov(view.zoom) };
  if (links.some((link) => pointInView(seen, NARROWEST_ASPECT, link))) return undefined;
  const suggestions = links
    .map((link) => ({ link, yaw: nearestYawShowing(seen, NARROWEST_ASPECT, link) }))
    .filter((s): s is { link: Link; yaw: number } => s.yaw !== undefined)
    .sort((a, b) => Math.abs(yawDelta(seen.yaw, a.yaw)) - Math.abs(yawDelta(seen.yaw, b.yaw)));
  return suggestions[0] ? { best: suggestions[0] } : {};
}

export function checkOpeningView(scene: Pick<Scene, 'view' | 'links'>, file: string): ContentProblem[] {
  const hidden = wayOnHidden(scene.view, scene.links);
  if (!hidden) return [];
  const fix = hidden.best
    ? `Set \`view: { yaw: ${hidden.best.yaw}, … }\` (the arrow to "${hidden.best.link.to}" is then in view, also on a phone held upright), or turn the view towards another arrow.`
    : 'Turn the view (`view.yaw`, `view.pitch`) towards one of the `links`, or zoom out.';
  return [
    {
      file,
      field: 'view',
      message: `the opening view (yaw ${scene.view.yaw}, pitch ${scene.view.pitch}, zoom ${scene.view.zoom}) shows none of the scene's arrows, so visitors must search for the way on. ${fix}`,
    },
  ];
}

/**
 * The view `arrive:` gives the next scene (at that scene's own zoom, and its pitch unless `arrive`
 * has one: src/components/viewer/plugins/walk/arrival.ts) must show one of that scene's arrows too.
 */
export function checkArrivalViews(scene: Pick<Scene, 'links'>, file: string, sceneById: (id: string) => Pick<Scene, 'view' | 'links'> | undefined): ContentProblem[] {
  return scene.links.flatMap((link, index) => {
    const target = link.arrive && sceneById(link.to);
    if (!link.arrive || !target) return [];
    const view = { yaw: link.arrive.yaw, pitch: link.arrive.pitch ?? target.view.pitch, zoom: target.view.zoom };
    const hidden = wayOnHidden(view, target.links);
    if (!hidden) return [];
    const fix = hidden.best
      ? `Set \`arrive: { yaw: ${hidden.best.yaw} }\` (the arrow to "${hidden.best.link.to}" is then in view), or remove \`arrive\` to face the direction of travel.`
      : 'Turn `arrive` towards one of that scene\'s arrows, or remove it to face the direction of travel.';
    return [
      {
        file,
        field: `links[${index}].arrive`,
        message: `makes "${link.to}" open facing yaw ${view.yaw}, pitch ${view.pitch}, where none of its arrows is in view, so visitors arriving this way must search for the way on. ${fix}`,
      },
    ];
  });
}
