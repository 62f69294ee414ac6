/**
 * A scene whose opening view shows no arrow leaves the tourist swiping around for the way on
 * (issue 16: five swipes on a phone to find Quản Bạ's only arrow). The check uses the narrowest
 * viewer the site shows (a phone held upright), so a view that passes shows an arrow everywhere.
 */
import { NARROWEST_ASPECT, nearestYawShowing, pointInView, yawDelta, zoomToVerticalFov } from '../schemas/view-geometry.ts';
import type { Scene } from '../schemas/scene.ts';
import type { ContentProblem } from './problem.ts';

export function checkOpeningView(scene: Pick<Scene, 'view' | 'links'>, file: string): ContentProblem[] {
  if (scene.links.length === 0) return [];
  const view = { yaw: scene.view.yaw, pitch: scene.view.pitch, vFov: zoomToVerticalFov(scene.view.zoom) };
  if (scene.links.some((link) => pointInView(view, NARROWEST_ASPECT, link))) return [];
  const suggestions = scene.links
    .map((link) => ({ link, yaw: nearestYawShowing(view, NARROWEST_ASPECT, link) }))
    .filter((s): s is { link: Scene['links'][number]; yaw: number } => s.yaw !== undefined)
    .sort((a, b) => Math.abs(yawDelta(view.yaw, a.yaw)) - Math.abs(yawDelta(view.yaw, b.yaw)));
  const best = suggestions[0];
  const fix = best
    ? `Set \`view: { yaw: ${best.yaw}, … }\` (the arrow to "${best.link.to}" is then in view, also on a phone held upright), or turn the view towards another arrow.`
    : 'Turn the view (`view.yaw`, `view.pitch`) towards one of the `links`, or zoom out.';
  return [
    {
      file,
      field: 'view',
      message: `the opening view (yaw ${scene.view.yaw}, pitch ${scene.view.pitch}, zoom ${scene.view.zoom}) shows none of the scene's arrows, so visitors must search for the way on. ${fix}`,
    },
  ];
}
