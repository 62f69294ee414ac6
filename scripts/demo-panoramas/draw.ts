// Composes one panorama SVG from a recipe, back to front:
// sky → mountains → landmark backdrops → far ground → terraces → near ground →
// river → town → road → landmarks → notice. A pure function of the recipe: no clock, no
// Math.random, sequential gradient ids, so the same recipe gives the same SVG.

import { createContext } from './context.ts';
import { H, W } from './geometry.ts';
import { drawGroundFar, drawGroundNear, drawNotice } from './ground.ts';
import { drawLandmarkBackdrops, drawLandmarkFronts, landmarkClearings } from './landmarks.ts';
import { drawMountains } from './mountains.ts';
import type { PanoramaRecipe } from './recipes.ts';
import { bankPitch, drawRiver, riverGeometry } from './river.ts';
import { drawRoad } from './road.ts';
import { drawSky } from './sky.ts';
import { drawTerraces } from './terraces.ts';
import { drawTown } from './town.ts';

/**
 * Pitch where the foreground starts: high for valley towns, low on the
 * Mã Pí Lèng pass (we stand high above misty valleys and the gorge).
 */
function groundLine(recipe: PanoramaRecipe): number {
  const kinds = new Set([...recipe.features.map((f) => f.kind), ...recipe.landmarks.map((l) => l.kind)]);
  if (kinds.has('canyon')) return -26;
  if (kinds.has('river')) return -3.5;
  if (kinds.has('mansion')) return -4.5;
  if (kinds.has('oldQuarter')) return -6;
  return -9;
}

export function buildPanoramaSvg(recipe: PanoramaRecipe): string {
  const ctx = createContext(recipe);
  const riverFeature = recipe.features.find((f) => f.kind === 'river');
  const river = riverFeature ? riverGeometry(riverFeature, recipe.id) : undefined;
  const ground = groundLine(recipe);
  const parts: string[] = [
    drawSky(ctx),
    drawMountains(ctx, landmarkClearings(recipe)),
    drawLandmarkBackdrops(ctx),
    drawGroundFar(ctx, ground),
  ];
  for (const f of recipe.features) if (f.kind === 'terraces') parts.push(drawTerraces(ctx, f, 'back'));
  parts.push(drawGroundNear(ctx, ground));
  for (const f of recipe.features) if (f.kind === 'terraces') parts.push(drawTerraces(ctx, f, 'front'));
  if (riverFeature) parts.push(drawRiver(ctx, riverFeature));
  for (const f of recipe.features) {
    if (f.kind !== 'town') continue;
    // Houses stand just beyond the far bank when the river runs in front of them.
    const base = (yaw: number) => {
      const bank = river ? bankPitch(river, yaw, river.farBank) : undefined;
      return bank === undefined ? f.pitch : Math.max(bank + 0.3, -6);
    };
    parts.push(drawTown(ctx, f, base));
  }
  for (const f of recipe.features) if (f.kind === 'road') parts.push(drawRoad(ctx, f));
  parts.push(drawLandmarkFronts(ctx, river));
  parts.push(drawNotice(ctx));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<defs>${ctx.defs.join('')}</defs>${parts.join('')}</svg>`
  );
}
