/**
 * The postMessage API of embedded tours (docs/embedding.md), typed for partners. Every message is
 * versioned: `{ hg360: 1, type, ... }`. Anything else is ignored by both sides.
 */
export const HG360_API_VERSION = 1;

export interface View {
  /** Degrees, 0 = centre of the photo, grows to the right; [0, 360). */
  yaw: number;
  /** Degrees, 0 = horizon; [-90, 90]. */
  pitch: number;
  /** 0 (widest) to 100 (closest). */
  zoom: number;
}

export interface State extends View {
  scene: string;
  narration: 'playing' | 'paused' | 'none';
}

interface Message<T extends string> {
  hg360: typeof HG360_API_VERSION;
  type: T;
}

/** Parent page → embed. */
export type Command =
  | (Message<'goto-scene'> & { scene: string })
  | (Message<'set-view'> & Partial<View>)
  | (Message<'get-state'> & { id?: number })
  | Message<'play-narration'>
  | Message<'pause-narration'>;

/** Embed → parent page. */
export type EmbedEvent =
  | (Message<'ready'> & { state: State })
  | (Message<'scene-changed'> & { scene: string; title: string })
  | (Message<'view-changed'> & View)
  | (Message<'hotspot-opened'> & { scene: string; hotspot: string })
  | (Message<'state'> & { id?: number; state: State });

export type CommandType = Command['type'];
export type EmbedEventType = EmbedEvent['type'];
