// SVG → JPEG with sharp (librsvg + mozjpeg). Same SVG in, same bytes out.

import sharp from 'sharp';
import { buildPanoramaSvg } from './draw.ts';
import type { PanoramaRecipe } from './recipes.ts';

export const JPEG_OPTIONS = { quality: 85, mozjpeg: true } as const;

export async function renderPanorama(recipe: PanoramaRecipe): Promise<Buffer> {
  const svg = buildPanoramaSvg(recipe);
  return sharp(Buffer.from(svg)).jpeg(JPEG_OPTIONS).toBuffer();
}
