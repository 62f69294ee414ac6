export { PSEUDO_FULLSCREEN_BUTTON, PseudoFullscreenPlugin } from './PseudoFullscreenPlugin.ts';
export { PseudoFullscreenButton } from './PseudoFullscreenButton.ts';
