/**
 * The guide's overlay inside the viewer: the caption (scene, spot title and text) and a bar with
 * "spot 3 of 8", previous, pause/resume, next, sound on and stop. Built from text only: editors'
 * words never become markup.
 */
import type { GuideStrings } from './model.ts';
import type { GuideStep } from './sequence.ts';
import type { GuideState } from './events.ts';

export type GuideAction = 'previous' | 'toggle' | 'next' | 'sound' | 'stop';

export interface GuideControls {
  root: HTMLElement;
  show(step: GuideStep, index: number, total: number, state: GuideState): void;
  /** While the guide walks on to the next scene: its name, not the spot it left or the one ahead. */
  walking(sceneTitle: string): void;
  /** Offers "Sound on" while the browser keeps the guide silent (no press yet). */
  offerSound(offer: boolean): void;
}

function button(action: GuideAction, label: string, text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.guide = action;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.textContent = text;
  return b;
}

export function createGuideControls(strings: GuideStrings, kiosk: boolean, onAction: (action: GuideAction) => void): GuideControls {
  const root = document.createElement('div');
  root.className = 'hg-guide';
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', strings.guideRegion);
  root.hidden = true;

  const caption = document.createElement('div');
  caption.className = 'hg-guide-caption';
  caption.setAttribute('aria-live', 'polite');
  const scene = document.createElement('p');
  scene.className = 'hg-guide-scene';
  const title = document.createElement('p');
  title.className = 'hg-guide-title';
  const text = document.createElement('p');
  text.className = 'hg-guide-text';
  caption.append(scene, title, text);

  const bar = document.createElement('div');
  bar.className = 'hg-guide-bar';
  const previous = button('previous', strings.guidePrevious, '‹');
  const count = document.createElement('span');
  count.className = 'hg-guide-count';
  count.dataset.guideCount = '';
  const next = button('next', strings.guideNext, '›');
  const toggle = button('toggle', strings.guidePause, strings.guidePause);
  const sound = button('sound', strings.guideSoundOn, strings.guideSoundOn);
  sound.hidden = true;
  const stop = button('stop', strings.guideStop, '✕');
  stop.hidden = kiosk;
  bar.append(previous, count, next, toggle, sound, stop);
  root.append(caption, bar);
  bar.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-guide]')?.dataset.guide as GuideAction | undefined;
    if (action) onAction(action);
  });

  return {
    root,
    show(step, index, total, state) {
      root.hidden = state === 'stopped';
      root.dataset.state = state;
      scene.textContent = step.hotspotId ? step.sceneTitle : '';
      title.textContent = step.title;
      text.textContent = step.text;
      text.hidden = !step.text;
      count.textContent = strings.guideSpot(index + 1, total);
      const label = state === 'paused' ? strings.guideResume : strings.guidePause;
      toggle.textContent = label;
      toggle.setAttribute('aria-label', label);
      toggle.title = label;
      toggle.classList.toggle('hg-guide-resume', state === 'paused');
    },
    walking(sceneTitle) {
      scene.textContent = '';
      title.textContent = strings.guideWalkingTo(sceneTitle);
      text.textContent = '';
      text.hidden = true;
    },
    offerSound(offer) {
      sound.hidden = !offer;
    },
  };
}
