import { TypedEvent } from '@photo-sphere-viewer/core';
import type { SharePlugin } from './SharePlugin.ts';

/** @event The address of the view was handed to the share sheet or copied. */
export class SharedEvent extends TypedEvent<SharePlugin> {
  static override readonly type = 'shared';
  declare type: 'shared';
  readonly url: string;
  readonly how: 'share-sheet' | 'clipboard';

  /** @internal */
  constructor(url: string, how: 'share-sheet' | 'clipboard') {
    super(SharedEvent.type);
    this.url = url;
    this.how = how;
  }
}

export type SharePluginEvents = SharedEvent;
