import { TypedEvent } from '@photo-sphere-viewer/core';
import type { VariantsPlugin } from './VariantsPlugin.ts';

/** @event The tourist chose another variant of the scene (`undefined`: the main photo). */
export class VariantChangeEvent extends TypedEvent<VariantsPlugin> {
  static override readonly type = 'variant-change';
  declare type: 'variant-change';
  readonly variant: string | undefined;

  /** @internal */
  constructor(variant: string | undefined) {
    super(VariantChangeEvent.type);
    this.variant = variant;
  }
}

export type VariantsEvents = VariantChangeEvent;
