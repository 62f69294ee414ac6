/**
 * The view every contender should show, computed from the photo with the same math the pipeline uses, reduced
 * to the coarse luminance grid the canvas probe compares against (see probe.ts).
 */
import { renderRectilinear, type RawImage, type ViewAngles } from '../../../src/panorama/reproject.ts';

/** Cell means of a raw image's luminance, row-major; matches the probe's reduction. */
export function luminanceGrid(image: RawImage, cols: number, rows: number): number[] {
  const sums = new Float64Array(cols * rows);
  const counts = new Float64Array(cols * rows);
  const c = image.channels;
  for (let y = 0; y < image.height; y++) {
    const rowCell = Math.min(rows - 1, Math.floor((y * rows) / image.height)) * cols;
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * c;
      const cell = rowCell + Math.min(cols - 1, Math.floor((x * cols) / image.width));
      sums[cell] = sums[cell]! + 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
      counts[cell] = counts[cell]! + 1;
    }
  }
  return Array.from(sums, (s, k) => Math.round((s / (counts[k] || 1)) * 100) / 100);
}

/** Expected grid for a view; rendered at 10 px per cell, plenty for cell means. */
export function referenceGrid(photo: RawImage, view: ViewAngles, cols: number, rows: number): number[] {
  return luminanceGrid(renderRectilinear(photo, view, cols * 10, rows * 10), cols, rows);
}

/** Pearson correlation of two equally long grids. */
export function correlation(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let k = 0; k < n; k++) {
    cov += (a[k]! - ma) * (b[k]! - mb);
    va += (a[k]! - ma) ** 2;
    vb += (b[k]! - mb) ** 2;
  }
  return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
}
