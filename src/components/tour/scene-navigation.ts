/**
 * Keeps the page in step with the tour: when the viewer moves to another scene, the address bar
 * gets that scene's page URL (a history entry, so Back works) and the text below the viewer is
 * replaced by that page's text. Back/Forward move the viewer.
 */
import type { HgViewer, SceneChangeDetail } from '../viewer/hg-viewer.ts';

const viewer = document.querySelector<HgViewer>('hg-viewer');
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

viewer?.addEventListener('hg:scene-change', (event) => {
  const { sceneId, url } = (event as CustomEvent<SceneChangeDetail>).detail;
  if (location.pathname !== url) {
    history.pushState({ sceneId }, '', url);
  }
  if (document.querySelector<HTMLElement>(panelSelector)?.dataset.sceneId !== sceneId) void showSceneText(url);
});

window.addEventListener('popstate', () => {
  const sceneId = location.pathname.replace(/\/$/, '').split('/').pop();
  if (viewer && sceneId && sceneId !== viewer.sceneId) void viewer.goTo(sceneId);
});
