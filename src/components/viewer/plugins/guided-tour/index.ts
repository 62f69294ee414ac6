import * as events from './events.ts';

export { GuidedTourPlugin, GUIDE_BUTTON } from './GuidedTourPlugin.ts';
export { GuidedTourButton } from './GuidedTourButton.ts';
export { guideAddress, type GuideAddress } from './address.ts';
export type { GuidedTourConfig, GuideScene, GuideStrings } from './model.ts';
export { events };
