import { TypedEvent } from '@photo-sphere-viewer/core';
import type { GuidedTourPlugin } from './GuidedTourPlugin.ts';

export type GuideState = 'stopped' | 'playing' | 'paused';

/** @event The guide started, paused, resumed, stopped, or moved to another spot. */
export class GuideChangedEvent extends TypedEvent<GuidedTourPlugin> {
  static override readonly type = 'guide-changed';
  declare type: 'guide-changed';
  readonly state: GuideState;
  /** Index of the spot shown (0-based). */
  readonly index: number;

  /** @internal */
  constructor(state: GuideState, index: number) {
    super(GuideChangedEvent.type);
    this.state = state;
    this.index = index;
  }
}

export type GuidedTourEvents = GuideChangedEvent;
