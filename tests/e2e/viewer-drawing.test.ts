/**
 * What the viewer asks of the GPU on each frame (issue 13, src/components/viewer/tiles-adapter.ts and
 * warm-renderer.ts): PSV's tiles adapter drew 2,048 faces a frame, each in a WebGL call of its own,
 * whether its tile had arrived or not, plus a see-through sphere used only for pointing. Now a frame
 * draws the base image and the faces that have a tile, and pointing still works.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openSharpScene, yawDistance } from './support/scene-page.ts';
import { viewerPositionAt } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('viewer drawing', () => {
  // Cao nguyên đá has a 360° video scene, so its viewer gets the adapter that also plays videos (which holds
  // a tiles adapter); Hoàng Su Phì has photos only and gets the tiles adapter itself.
  it.each([
    ['/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu'],
    ['/tours/hoang-su-phi/ban-luoc/', 'ban-luoc'],
  ])('draws the base image and only the faces whose tile has arrived, one call each (%s)', async (path, sceneId) => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, path, sceneId);
    const frame = await page.evaluate(() => {
      type Mat = { visible: boolean };
      type Obj = { isMesh?: boolean; material?: Mat | Mat[]; geometry?: { groups: unknown[] }; children: Obj[]; userData: Record<string, unknown> };
      const psv = document.querySelector('hg-viewer')!.psv! as unknown as {
        renderer: { renderer: { render(s: unknown, c: unknown): void; info: { render: { calls: number } } }; scene: Obj; camera: unknown; mesh: Obj };
      };
      const { renderer, scene, camera, mesh } = psv.renderer;
      const tiles = mesh.children[1]!;
      const materials = tiles.material as Mat[];
      const placeholder = materials.find((m) => !m.visible);
      // three.js counts the draw calls of each render (info.autoReset).
      renderer.render(scene, camera);
      const calls = renderer.info.render.calls;
      return {
        faces: tiles.geometry!.groups.length,
        withTile: materials.filter((m) => m !== placeholder).length,
        placeholderHidden: placeholder ? !placeholder.visible : null,
        pointingSphereDrawn: scene.children.some((o) => o.isMesh && o.userData.photoSphereViewer && (o.material as Mat).visible),
        calls,
      };
    });
    // 32 × 16 faces (our widest level has 32 columns of tiles), not PSV's default 64 × 32.
    expect(frame.faces).toBe(512);
    expect(frame.placeholderHidden).toBe(true);
    expect(frame.pointingSphereDrawn).toBe(false);
    // Some faces are sharp on screen, far from all of them.
    expect(frame.withTile).toBeGreaterThan(0);
    expect(frame.withTile).toBeLessThan(frame.faces);
    // One call for the base image, one per face with a tile; none for the rest.
    expect(frame.calls).toBe(1 + frame.withTile);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('still knows which direction lies under the pointer (the pointing sphere is hit, not drawn)', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    const box = (await page.locator('hg-viewer').boundingBox())!;
    const view = await page.evaluate(() => document.querySelector('hg-viewer')!.view!);
    const centre = await viewerPositionAt(page, box.width / 2, box.height / 2);
    expect(yawDistance(centre.yaw, view.yaw)).toBeLessThan(0.5);
    expect(Math.abs(centre.pitch - view.pitch)).toBeLessThan(0.5);
    // A point to the right of the centre lies further round (yaw grows to the right in PSV).
    const right = await viewerPositionAt(page, box.width * 0.75, box.height / 2);
    expect(yawDistance(right.yaw, view.yaw)).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("sizes the renderer's drawing buffer once, and still follows the viewer's size (canvas-size.ts)", async () => {
    // Every size given to a canvas remakes its drawing buffer: count them, on the canvas that gets WebGL.
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu', {
      init: () => {
        const sizes = new WeakMap<HTMLCanvasElement, string[]>();
        (window as unknown as { __canvasSizes: typeof sizes }).__canvasSizes = sizes;
        for (const dimension of ['width', 'height'] as const) {
          const own = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, dimension)!;
          Object.defineProperty(HTMLCanvasElement.prototype, dimension, {
            ...own,
            set(this: HTMLCanvasElement, value: number) {
              sizes.set(this, [...(sizes.get(this) ?? []), `${dimension} ${value}`]);
              own.set!.call(this, value);
            },
          });
        }
      },
    });
    const read = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('hg-viewer canvas.psv-canvas')!;
        const sizes = (window as unknown as { __canvasSizes: WeakMap<HTMLCanvasElement, string[]> }).__canvasSizes;
        return { sizes: sizes.get(canvas) ?? [], width: canvas.width, height: canvas.height, box: [canvas.clientWidth, canvas.clientHeight] };
      });
    const first = await read();
    // Once, when it was made at the viewer's size: three.js's and PSV's own sizing, which ends where it began, is not applied.
    expect(first.sizes).toEqual([`width ${first.box[0]}`, `height ${first.box[1]}`]);
    expect([first.width, first.height]).toEqual(first.box);
    // A new size still reaches the drawing buffer.
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('hg-viewer canvas.psv-canvas')!;
      return canvas.width === canvas.clientWidth && canvas.clientWidth < 1000;
    });
    const resized = await read();
    expect([resized.width, resized.height]).toEqual(resized.box);
    expect(resized.sizes.length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
