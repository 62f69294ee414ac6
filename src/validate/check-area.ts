/**
 * Area hotspots whose outline crosses itself (issue 17): the viewer still draws them, but as a
 * bow tie that covers the wrong part of the photo, so the build warns rather than stops.
 */
import { selfCrossing } from '../schemas/area-geometry.ts';
import { InfoHotspot } from '../schemas/hotspot.ts';
import type { ContentProblem } from './problem.ts';

/** Reads each hotspot on its own, so the warning shows even while another field has an error. */
export function checkAreas(hotspots: readonly unknown[], file: string): ContentProblem[] {
  return hotspots.flatMap((raw, index) => {
    const hotspot = InfoHotspot.safeParse(raw).data;
    const area = hotspot?.area as [number, number][] | undefined;
    const crossing = area && selfCrossing(area);
    if (!crossing) return [];
    const [i, j] = crossing;
    const n = area.length;
    return [
      {
        file,
        field: `hotspots[${index}].area`,
        message: `the outline of "${hotspot!.id}" crosses itself: the edge from area[${i}] to area[${(i + 1) % n}] crosses the edge from area[${j}] to area[${(j + 1) % n}] (corners counted from 0), so the area drawn is a bow tie, not the shape you meant. List the corners in order round the outline (clockwise or anticlockwise), or draw it again with the picker (?edit).`,
      },
    ];
  });
}
