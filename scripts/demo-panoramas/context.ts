// Shared drawing context: the recipe, its palette and a <defs> collector, so
// each module can declare gradients without knowing about the others.

import { fmt } from './geometry.ts';
import { PALETTES, type Palette } from './palettes.ts';
import type { PanoramaRecipe } from './recipes.ts';

export interface DrawContext {
  recipe: PanoramaRecipe;
  palette: Palette;
  defs: string[];
  /** Sequential ids (not random) keep the SVG, hence the JPEG, reproducible. */
  nextId(prefix: string): string;
}

export function createContext(recipe: PanoramaRecipe): DrawContext {
  let counter = 0;
  return {
    recipe,
    palette: PALETTES[recipe.palette],
    defs: [],
    nextId: (prefix) => `${prefix}${counter++}`,
  };
}

export interface Stop {
  at: number;
  color: string;
  opacity?: number;
}

const r3 = (n: number): string => String(Math.round(n * 1000) / 1000);

function stopsSvg(stops: readonly Stop[]): string {
  return stops
    .map((s) => `<stop offset="${r3(s.at)}" stop-color="${s.color}"${s.opacity === undefined ? '' : ` stop-opacity="${r3(s.opacity)}"`}/>`)
    .join('');
}

/**
 * Vertical gradient in absolute image coordinates. Being purely vertical, it
 * is identical in every column, which keeps the seam and the poles clean.
 */
export function verticalGradient(ctx: DrawContext, y1: number, y2: number, stops: readonly Stop[]): string {
  const id = ctx.nextId('v');
  ctx.defs.push(
    `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="${fmt(y1)}" x2="0" y2="${fmt(y2)}">${stopsSvg(stops)}</linearGradient>`,
  );
  return `url(#${id})`;
}

/** Radial gradient filling whatever ellipse/circle uses it (bounding-box units). */
export function radialGradient(ctx: DrawContext, stops: readonly Stop[]): string {
  const id = ctx.nextId('r');
  ctx.defs.push(`<radialGradient id="${id}">${stopsSvg(stops)}</radialGradient>`);
  return `url(#${id})`;
}
