/**
 * An info hotspot's panel in VR: title, photo and text drawn on a canvas, floating in front of
 * the hotspot at reading distance, with a close button under it. Text is drawn, never parsed:
 * editors' content cannot inject anything here.
 */
import { Group } from 'three';
import type { ViewerHotspot } from '../../../../../data/viewer-config.ts';
import { buttonCanvas, card, disposeTarget, placeAt, wrap, type Target } from './targets.ts';

const WIDTH = 1024;
const PAD = 48;
const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';
/** Metres: 1.2 m wide at 1.8 m puts body text ~1.6° tall, like a printed page held at arm's length. */
const PANEL_WIDTH = 1.2;
const PANEL_DISTANCE = 1.8;

export interface Panel {
  group: Group;
  targets: Target[];
  hotspotId: string;
  dispose(): void;
}

function draw(hotspot: ViewerHotspot, image: ImageBitmap | undefined): HTMLCanvasElement {
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `bold 56px ${FONT}`;
  const title = wrap(measure, hotspot.title, WIDTH - 2 * PAD);
  measure.font = `44px ${FONT}`;
  const text = wrap(measure, hotspot.text, WIDTH - 2 * PAD);
  const imageHeight = hotspot.image ? Math.round(((WIDTH - 2 * PAD) * hotspot.image.height) / hotspot.image.width) : 0;
  const height = PAD + title.length * 68 + 24 + (imageHeight ? imageHeight + 32 : 0) + text.length * 60 + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = Math.min(height, 2048);
  const c = canvas.getContext('2d')!;
  c.fillStyle = 'rgba(250, 248, 242, 0.97)';
  c.beginPath();
  c.roundRect(0, 0, WIDTH, canvas.height, 32);
  c.fill();
  c.fillStyle = '#1b1b1b';
  c.textBaseline = 'top';
  let y = PAD;
  c.font = `bold 56px ${FONT}`;
  for (const line of title) {
    c.fillText(line, PAD, y);
    y += 68;
  }
  y += 24;
  if (imageHeight) {
    if (image) c.drawImage(image, PAD, y, WIDTH - 2 * PAD, imageHeight);
    else {
      c.fillStyle = '#ddd';
      c.fillRect(PAD, y, WIDTH - 2 * PAD, imageHeight);
      c.fillStyle = '#1b1b1b';
    }
    y += imageHeight + 32;
  }
  c.font = `44px ${FONT}`;
  for (const line of text) {
    c.fillText(line, PAD, y);
    y += 60;
  }
  return canvas;
}

/** Opens the panel of `hotspot` in front of it; the photo comes in when downloaded. */
export function openPanel(hotspot: ViewerHotspot, closeLabel: string, yaw: number, pitch: number): Panel {
  const group = new Group();
  const body = card(draw(hotspot, undefined), PANEL_WIDTH);
  body.renderOrder = 2;
  const close = card(buttonCanvas(closeLabel), 0.45);
  close.renderOrder = 3;
  group.add(body, close);
  // Readable without craning: never more than 20° up or down.
  placeAt(group, yaw, Math.max(-0.35, Math.min(0.35, pitch)), PANEL_DISTANCE);
  const layout = () => {
    const height = body.geometry.parameters.height;
    close.position.set(0, -height / 2 - 0.1, 0.01);
  };
  layout();
  const controller = new AbortController();
  const panel: Panel = {
    group,
    hotspotId: hotspot.id,
    targets: [
      { kind: 'panel', id: hotspot.id, mesh: body },
      { kind: 'close', id: hotspot.id, mesh: close },
    ],
    dispose() {
      controller.abort();
      for (const target of panel.targets) disposeTarget(target);
      group.removeFromParent();
    },
  };
  if (hotspot.image) {
    fetch(hotspot.image.url, { signal: controller.signal })
      .then((r) => r.blob())
      .then((blob) => createImageBitmap(blob))
      .then((image) => {
        if (controller.signal.aborted) return image.close();
        const map = body.material.map!;
        map.image = draw(hotspot, image);
        map.needsUpdate = true;
        image.close();
      })
      .catch(() => undefined);
  }
  return panel;
}
