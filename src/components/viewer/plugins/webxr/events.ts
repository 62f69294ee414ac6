import { TypedEvent } from '@photo-sphere-viewer/core';
import type { WebXrPlugin } from './WebXrPlugin.ts';
import type { ExitView } from './model.ts';

/** @event The VR session ended; the flat viewer shows the scene and direction the tourist left it at. */
export class VrEndEvent extends TypedEvent<WebXrPlugin> {
  static override readonly type = 'vr-end';
  declare type: 'vr-end';
  readonly view: ExitView;

  /** @internal */
  constructor(view: ExitView) {
    super(VrEndEvent.type);
    this.view = view;
  }
}

export type WebXrEvents = VrEndEvent;
