/**
 * Where each tour's name goes around its marker on /map/, so that no two names touch (issue 16:
 * on phones two long names nearly touched, and overlapped on a 360-px screen). Each name is
 * measured on every side of its marker; then the sides are chosen together: every combination is
 * scored (names overlapping or closer than GAP, names off the map, markers covered, a side other
 * than the first choice) and the cheapest wins. A handful of tours makes a few hundred combinations;
 * beyond MAX_EXHAUSTIVE names, each takes its cheapest side in turn.
 */

export type Side = 'right' | 'left' | 'top' | 'bottom';
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between two names, in CSS pixels. */
export const GAP = 4;
const MAX_EXHAUSTIVE = 6;

const overlap = (a: Box, b: Box, gap = 0) =>
  Math.max(0, Math.min(a.right + gap, b.right) - Math.max(a.left - gap, b.left)) * Math.max(0, Math.min(a.bottom + gap, b.bottom) - Math.max(a.top - gap, b.top));
const area = (a: Box) => (a.right - a.left) * (a.bottom - a.top);

export interface LabelOptions {
  /** Per name, its box on each side it may take, the preferred side first. */
  sides: Partial<Record<Side, Box>>[];
  /** The map's box: names stay inside. */
  bounds: Box;
  /** Markers a name should rather not cover. */
  markers: Box[];
}

/** The side of each name, in the order given. */
export function chooseSides({ sides, bounds, markers }: LabelOptions): Side[] {
  const own = (box: Box) => {
    const off = area(box) - overlap(box, bounds);
    const covered = markers.reduce((sum, marker) => sum + overlap(box, marker), 0);
    return off * 100 + covered;
  };
  const options = sides.map((choices) => (Object.entries(choices) as [Side, Box][]).map(([side, box], rank) => ({ side, box, cost: own(box) + rank })));
  const clash = (a: Box, b: Box) => overlap(a, b, GAP) * 100;

  if (options.length <= MAX_EXHAUSTIVE) {
    let best: { cost: number; pick: number[] } = { cost: Infinity, pick: options.map(() => 0) };
    const pick: number[] = [];
    const search = (i: number, cost: number) => {
      if (cost >= best.cost) return;
      if (i === options.length) {
        best = { cost, pick: [...pick] };
        return;
      }
      options[i]!.forEach((option, k) => {
        pick[i] = k;
        const added = option.cost + pick.slice(0, i).reduce((sum, j, m) => sum + clash(option.box, options[m]![j]!.box), 0);
        search(i + 1, cost + added);
      });
    };
    search(0, 0);
    return best.pick.map((k, i) => options[i]![k]!.side);
  }

  const placed: Box[] = [];
  return options.map((choices) => {
    const scored = choices.map((option) => ({ ...option, total: option.cost + placed.reduce((sum, box) => sum + clash(option.box, box), 0) }));
    const chosen = scored.reduce((a, b) => (b.total < a.total ? b : a));
    placed.push(chosen.box);
    return chosen.side;
  });
}
