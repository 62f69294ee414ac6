/**
 * The navbar, whole from the first frame: every button is registered here (in the first chunk)
 * even when its plugin arrives later (LateButton), so nothing moves when the plugins come and a
 * press before then is not lost.
 */
import { registerButton } from '@photo-sphere-viewer/core';
import type { ViewerChrome } from './viewer-chrome.ts';
import { GuidedTourButton } from './plugins/guided-tour/GuidedTourButton.ts';
import { HelpButton } from './plugins/keyboard/HelpButton.ts';
import { GalleryButton, GyroscopeButton, StereoButton } from './plugins/late-plugins/psv-buttons.ts';
import { AmbienceButton, NarrationButton } from './plugins/narration/NarrationButtons.ts';
import { PseudoFullscreenButton } from './plugins/pseudo-fullscreen/PseudoFullscreenButton.ts';
import { ShareButton } from './plugins/share/ShareButton.ts';
import { VrButton } from './plugins/webxr/VrButton.ts';
import type { ViewerStrings } from './strings.ts';

const BUTTONS = [GalleryButton, GyroscopeButton, StereoButton, GuidedTourButton, HelpButton, NarrationButton, AmbienceButton, ShareButton, VrButton, PseudoFullscreenButton];

/**
 * Registers our buttons, again for each viewer: PSV's gallery, gyroscope and stereo modules
 * register their own under the same ids when they arrive, and those need their plugin at once.
 */
export function registerNavbarButtons(): void {
  for (const button of BUTTONS) registerButton(button);
}

/** PSV's `lang`: its own buttons' and messages' words, then ours (PSV reads a button's title from `lang[id]`). */
export function psvLang(strings: ViewerStrings): Record<string, string> {
  return {
    zoom: strings.zoom,
    zoomIn: strings.zoomIn,
    zoomOut: strings.zoomOut,
    moveUp: strings.moveUp,
    moveDown: strings.moveDown,
    moveLeft: strings.moveLeft,
    moveRight: strings.moveRight,
    fullscreen: strings.fullscreen,
    loading: strings.loading,
    videoPlay: strings.videoPlay,
    videoVolume: strings.videoVolume,
    twoFingers: strings.twoFingers,
    ctrlZoom: strings.ctrlZoom,
    gallery: strings.gallery,
    gyroscope: strings.gyroscope,
    stereo: strings.stereo,
    map: strings.map,
    mapMaximize: strings.mapExpand,
    mapMinimize: strings.mapMinimize,
    mapReset: strings.mapReset,
    mapNorth: strings.mapNorth,
    ...buttonTitles(strings),
  };
}

/** Titles of our buttons, by button id. */
export function buttonTitles(strings: ViewerStrings): Record<string, string> {
  return {
    [HelpButton.id]: strings.help,
    [GuidedTourButton.id]: strings.guidePlay,
    [NarrationButton.id]: strings.narrationPlay,
    [AmbienceButton.id]: strings.ambienceOn,
    [ShareButton.id]: strings.share,
    [VrButton.id]: strings.enterVr,
    [PseudoFullscreenButton.id]: strings.fullscreen,
  };
}

/** The navbar for a viewer's chrome (`ui`: none, minimal, full). */
export function navbarFor(chrome: ViewerChrome, gallery: boolean): string[] | false {
  // On a phone the navbar folds buttons into a menu; fullscreen stays at hand.
  const fullscreen = document.fullscreenEnabled ? 'fullscreen' : PseudoFullscreenButton.id;
  const galleryButton = gallery ? [GalleryButton.id] : [];
  if (chrome.ui === 'none') return false;
  if (chrome.ui === 'minimal') return ['zoom', ...galleryButton, fullscreen];
  return [
    'zoom',
    ...galleryButton,
    // "Play the tour" (issue 17): scene pages only; a partner's frame shows one view of its choosing.
    ...(chrome.embed ? [] : [GuidedTourButton.id]),
    NarrationButton.id,
    AmbienceButton.id,
    'caption',
    // Shown only once the device has answered (motion sensors, a headset): right after the caption,
    // which gives them its room, so the buttons on either side stay where they are.
    GyroscopeButton.id,
    StereoButton.id,
    VrButton.id,
    // Sharing copies the page address: inside a partner's frame that would be the embed's.
    ...(chrome.embed ? [] : [ShareButton.id]),
    // Keyboard help only where there is a keyboard-and-mouse kind of pointer (not on phones).
    ...(hasKeyboardPointer() ? [HelpButton.id] : []),
    fullscreen,
  ];
}

function hasKeyboardPointer(): boolean {
  return !(matchMedia('(pointer: coarse)').matches || (navigator.maxTouchPoints > 0 && innerWidth < 640));
}
