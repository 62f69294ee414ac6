// Dispatches each recipe landmark to its drawing code. A landmark has up to
// two parts: a backdrop (landform, drawn right after the mountains, before the
// ground) and a front (structures, drawn over roads and rivers). It may also
// lower the mountains behind it (a clearing) so its silhouette reads.

import { bridge } from './bridge.ts';
import { mansion, oldQuarter } from './buildings.ts';
import { canyon } from './canyon.ts';
import type { DrawContext } from './context.ts';
import { flagTower, flagTowerBackdrop, gateArch, gateBackdrop } from './landmarks-terrain.ts';
import type { Clearing } from './mountains.ts';
import type { PanoramaRecipe } from './recipes.ts';
import type { RiverGeometry } from './river.ts';

export function landmarkClearings(recipe: PanoramaRecipe): Clearing[] {
  const out: Clearing[] = [];
  for (const lm of recipe.landmarks) {
    // The pass must show sky (or far haze) between the twin peaks.
    if (lm.kind === 'gate') out.push({ yaw: lm.yaw, halfWidth: 7, maxPitch: lm.pitch - 1.5 });
    // Keep the tower's peak the tallest thing around it.
    if (lm.kind === 'flagTower') out.push({ yaw: lm.yaw, halfWidth: 26, maxPitch: lm.pitch - 4 });
  }
  return out;
}

export function drawLandmarkBackdrops(ctx: DrawContext): string {
  let out = '';
  for (const lm of ctx.recipe.landmarks) {
    if (lm.kind === 'flagTower') out += flagTowerBackdrop(ctx, lm);
    if (lm.kind === 'gate') out += gateBackdrop(ctx, lm);
    if (lm.kind === 'canyon') out += canyon(ctx, lm);
  }
  return out;
}

export function drawLandmarkFronts(ctx: DrawContext, river: RiverGeometry | undefined): string {
  let out = '';
  for (const lm of ctx.recipe.landmarks) {
    if (lm.kind === 'flagTower') out += flagTower(ctx, lm);
    if (lm.kind === 'gate') out += gateArch(ctx, lm);
    if (lm.kind === 'bridge') out += bridge(ctx, lm, river);
    if (lm.kind === 'mansion') out += mansion(ctx, lm);
    if (lm.kind === 'oldQuarter') out += oldQuarter(ctx, lm);
  }
  return out;
}
