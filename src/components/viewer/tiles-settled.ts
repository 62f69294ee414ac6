import type { Viewer } from '@photo-sphere-viewer/core';

/**
 * The live view is as sharp as it gets: the tiles adapter has asked for the tiles in view and none
 * is pending (task status 1) or loading (2) in its queue. Read, never changed (PSV is pinned at
 * 5.15.1); SceneAdapter answers for a video scene as if its tiles had arrived.
 */
export function tilesSettled(viewer: Viewer): boolean {
  const adapter = (viewer as unknown as { adapter: { queue?: { tasks: Record<string, { status: number }> }; state?: { tiles?: object } } }).adapter;
  const requested = Object.keys(adapter.state?.tiles ?? {}).length > 0;
  const busy = Object.values(adapter.queue?.tasks ?? {}).some((task) => task.status === 1 || task.status === 2);
  return requested && !busy;
}
