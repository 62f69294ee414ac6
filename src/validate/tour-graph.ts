/**
 * The shape of a tour as a graph of scenes joined by links. Pure functions on plain data so they
 * are tested without Astro, and reused by the build-time content checks.
 */

export interface GraphScene {
  /** Scene id within its tour (the file name without `.mdx`). */
  id: string;
  /** Ids of the scenes this scene links to. */
  links: readonly string[];
}

/** Ids of every scene that can be reached from `start` by following links. */
export function reachableScenes(scenes: readonly GraphScene[], start: string): Set<string> {
  const byId = new Map(scenes.map((scene) => [scene.id, scene]));
  const seen = new Set<string>();
  const queue = byId.has(start) ? [start] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const target of byId.get(id)?.links ?? []) {
      if (byId.has(target) && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}

export interface BrokenLink {
  from: string;
  /** Position of the link in the scene's `links` list, for the error message. */
  index: number;
  to: string;
}

/** Links whose target scene does not exist in the tour. */
export function brokenLinks(scenes: readonly GraphScene[]): BrokenLink[] {
  const ids = new Set(scenes.map((scene) => scene.id));
  return scenes.flatMap((scene) =>
    scene.links.flatMap((to, index) => (ids.has(to) ? [] : [{ from: scene.id, index, to }])),
  );
}

/** The scenes that cannot be reached from the start: editors are warned, not stopped. */
export function unreachableScenes(scenes: readonly GraphScene[], start: string): string[] {
  const reachable = reachableScenes(scenes, start);
  return scenes.map((scene) => scene.id).filter((id) => !reachable.has(id));
}
