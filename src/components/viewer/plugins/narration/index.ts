export { AMBIENCE_BUTTON, NARRATION_BUTTON, NarrationPlugin } from './NarrationPlugin.ts';
export { AmbienceButton, NarrationButton } from './NarrationButtons.ts';
export type { NarrationConfig, SceneSound } from './model.ts';
