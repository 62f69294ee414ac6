// Seeded pseudo-random numbers for the demo-panorama generator.
// Every picture must be byte-identical from one run to the next (the cache and
// the tests rely on it), so nothing here may touch Math.random or the clock.

/** 32-bit FNV-1a: turns a scene id (plus a salt) into a stable seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for scattering clouds and houses. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform in [min, max) */
  range(min: number, max: number): number;
  /** integer in [min, max] */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seedText: string): Rng {
  const next = mulberry32(hashString(seedText));
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    pick: (items) => items[Math.floor(items.length * next())],
    chance: (p) => next() < p,
  };
}

/**
 * Each drawing module gets its own stream (scene id + module name), so adding
 * a cloud does not reshuffle every mountain drawn after it.
 */
export function rngFor(sceneId: string, part: string): Rng {
  return createRng(`${sceneId}::${part}`);
}
