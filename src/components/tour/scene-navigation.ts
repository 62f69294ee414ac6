/**
 * Keeps the page's text in step with the tour: when the viewer moves to another scene, the text
 * below it is replaced by that scene's page text. (The address itself is kept by the viewer's
 * deep-link plugin.)
 */
import type { SceneChangeDetail } from '../viewer/hg-viewer.ts';

const panelSelector = '[data-scene-panel]';

async function showSceneText(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) return;
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const next = doc.querySelector(panelSelector);
  const current = document.querySelector(panelSelector);
  if (next && current) current.replaceWith(document.importNode(next, true));
  document.title = doc.title;
}

document.querySelector('hg-viewer')?.addEventListener('hg:scene-change', (event) => {
  const { sceneId, url } = (event as CustomEvent<SceneChangeDetail>).detail;
  if (document.querySelector<HTMLElement>(panelSelector)?.dataset.sceneId !== sceneId) void showSceneText(url);
});
