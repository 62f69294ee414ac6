import { TypedEvent } from '@photo-sphere-viewer/core';
import type { LinkHintPlugin } from './LinkHintPlugin.ts';
import type { LinkHintSide } from './model.ts';

/** The pointer appeared or moved: no arrow is in view, the nearest one leads to `nodeId`, on `side`. */
export class LinkHintShowEvent extends TypedEvent<LinkHintPlugin> {
  static override readonly type = 'link-hint-show';

  readonly nodeId: string;
  readonly side: LinkHintSide;

  constructor(nodeId: string, side: LinkHintSide) {
    super(LinkHintShowEvent.type);
    this.nodeId = nodeId;
    this.side = side;
  }
}

/** The pointer was hidden: an arrow is in view, or the scene is changing. */
export class LinkHintHideEvent extends TypedEvent<LinkHintPlugin> {
  static override readonly type = 'link-hint-hide';

  constructor() {
    super(LinkHintHideEvent.type);
  }
}

export type LinkHintEvents = LinkHintShowEvent | LinkHintHideEvent;
