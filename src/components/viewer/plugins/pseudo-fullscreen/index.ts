export { PSEUDO_FULLSCREEN_BUTTON, PseudoFullscreenPlugin } from './PseudoFullscreenPlugin.ts';
