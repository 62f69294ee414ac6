/** The YAML the editor picker copies (src/components/viewer/plugins/editor-picker/snippets.ts). */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { areaHotspotSnippet, editorPitch, editorYaw, freeHotspotId, hotspotSnippet, linkSnippet, movedHotspotSnippet, viewSnippet } from '../../src/components/viewer/plugins/editor-picker/snippets.ts';
import { InfoHotspot, SceneLink } from '../../src/schemas/hotspot.ts';
import { InitialView } from '../../src/schemas/view.ts';
import { DEG } from '../../src/util/angles.ts';


describe('editor picker snippets', () => {
  it('turn PSV radians into the editors’ half degrees, yaw in (-180, 180]', () => {
    expect(editorYaw(0)).toBe(0);
    expect(editorYaw(90 * DEG)).toBe(90);
    expect(editorYaw(270 * DEG)).toBe(-90); // PSV's yaw is [0, 2π): left of centre reads negative
    expect(editorYaw(359.9 * DEG)).toBe(0);
    expect(editorYaw(180 * DEG)).toBe(180);
    expect(editorYaw(12.26 * DEG)).toBe(12.5);
    expect(editorYaw(12.24 * DEG)).toBe(12);
    expect(editorPitch(-10.3 * DEG)).toBe(-10.5);
    expect(editorPitch(-0.1 * DEG)).toBe(0);
    expect(Object.is(editorPitch(-0.1 * DEG), -0)).toBe(false);
    expect(editorPitch((Math.PI / 2) * 1.0001)).toBe(90);
  });

  it('write lines that parse as YAML and pass the scene schema', () => {
    const point = { yaw: -35.5, pitch: -12 };
    const link = linkSnippet('pho-co-dong-van', point);
    expect(link).toBe('  - { to: pho-co-dong-van, yaw: -35.5, pitch: -12 }');
    expect(SceneLink.parse((YAML.parse(link) as unknown[])[0])).toEqual({ to: 'pho-co-dong-van', yaw: -35.5, pitch: -12 });
    // With the arrival direction picked in the target scene (issue 17).
    const arriving = linkSnippet('pho-co-dong-van', point, { yaw: 120, pitch: -2.5 });
    expect(arriving).toBe('  - { to: pho-co-dong-van, yaw: -35.5, pitch: -12, arrive: { yaw: 120, pitch: -2.5 } }');
    expect(SceneLink.parse((YAML.parse(arriving) as unknown[])[0])).toEqual({ to: 'pho-co-dong-van', yaw: -35.5, pitch: -12, arrive: { yaw: 120, pitch: -2.5 } });

    const hotspot = YAML.parse(hotspotSnippet('diem-moi', point)) as unknown[];
    expect(InfoHotspot.parse(hotspot[0])).toMatchObject({ id: 'diem-moi', yaw: -35.5, pitch: -12, title: 'Tên điểm' });
    // Pasted under an existing `hotspots:` key, the lines join the list.
    const scene = YAML.parse(`hotspots:\n  - id: la-co\n    yaw: 0\n    pitch: 24\n    title: Lá cờ\n    text: Lá cờ.\n${hotspotSnippet('diem-moi', point)}\n`) as { hotspots: unknown[] };
    expect(scene.hotspots).toHaveLength(2);

    expect(YAML.parse(movedHotspotSnippet('la-co', point))).toEqual({ yaw: -35.5, pitch: -12 });
    const view = viewSnippet({ yaw: 300 * DEG, pitch: 8 * DEG }, 39.6);
    expect(view).toBe('view: { yaw: -60, pitch: 8, zoom: 40 }');
    expect(InitialView.parse((YAML.parse(view) as { view: unknown }).view)).toEqual({ yaw: -60, pitch: 8, zoom: 40 });
  });

  it('offer a hotspot id the scene does not use yet', () => {
    expect(freeHotspotId(['la-co'])).toBe('diem-moi');
    expect(freeHotspotId(['diem-moi', 'diem-moi-2'])).toBe('diem-moi-3');
  });

  it('write an area hotspot (issue 17) that parses as YAML and passes the hotspot schema', () => {
    const corners = [{ yaw: -16, pitch: -4 }, { yaw: -16, pitch: 1.5 }, { yaw: 16, pitch: 1.5 }, { yaw: 179.5, pitch: -4 }];
    const yaml = areaHotspotSnippet('nha-chinh', corners);
    expect(yaml).toBe(['  - id: nha-chinh', '    area: [[-16, -4], [-16, 1.5], [16, 1.5], [179.5, -4]]', '    title: Tên điểm', '    text: Vài câu giới thiệu điểm này.'].join('\n'));
    expect(InfoHotspot.parse((YAML.parse(yaml) as unknown[])[0])).toMatchObject({ id: 'nha-chinh', area: corners.map((c) => [c.yaw, c.pitch]) });
  });
});
