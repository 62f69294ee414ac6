/**
 * The three readers on their own, on tour files written here as text (no pictures are opened): what each
 * field of the source becomes, in our degrees, and what is reported as left behind.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTour } from '../../../src/import/detect.ts';
import { readKrpano } from '../../../src/import/krpano.ts';
import { readMarzipano } from '../../../src/import/marzipano.ts';
import { ImportError, type PanoramaSource } from '../../../src/import/model.ts';
import { readPannellum } from '../../../src/import/pannellum.ts';
import { planScenes } from '../../../scripts/import/plan.ts';
import { main } from '../../../scripts/import/import-tour.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hg360-parse-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function files(entries: Record<string, string>): Promise<string> {
  const root = join(dir, `case-${++n}`);
  for (const [name, text] of Object.entries(entries)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), text);
  }
  return root;
}

const tiles = (p: PanoramaSource) => {
  if (p.kind !== 'tiles') throw new Error(`expected tiles, got ${p.kind}`);
  return p.levels;
};

describe('krpano', () => {
  it('reads includes, MFOV views, loadscene(get(linkedscene)), onstart and multires="…" tiles', async () => {
    const root = await files({
      'tour.xml': `<krpano onstart="loadscene(scene_b);"><include url="skin/vtourskin.xml"/><include url="more/scenes.xml"/><include url="gone.xml"/></krpano>`,
      'more/scenes.xml': `<krpano>
        <Scene Name="scene_a" title="Chợ &amp; phố" heading="35">
          <view hlookat="-20" vlookat="15" fov="120" />
          <image><cube url="panos/a.tiles/%s/l%l/%0v/l%l_%s_%0v_%0h.jpg" multires="512,640,1280" /></image>
          <hotspot name="go" ath="170" atv="5" linkedscene="scene_b" onclick="loadscene(get(linkedscene), null, MERGE, BLEND(1));" />
          <hotspot name="later" ath="10" atv="0" visible="false" text="Chỉ hiện khi bấm nút." />
        </Scene>
        <scene name="scene_b" title="B">
          <view hlookat="0" vlookat="0" fovtype="VFOV" fov="60" />
          <hotspot name="back" ath="0" atv="0" linkedscene="scene_a" linkedscene_lookat="64.72,13.82,120.0" />
          <image><left url="b_l.jpg"/><front url="b_f.jpg"/><right url="b_r.jpg"/><back url="b_b.jpg"/><up url="b_u.jpg"/><down url="b_d.jpg"/></image>
        </scene>
      </krpano>`,
    });
    const tour = await readKrpano(join(root, 'tour.xml'));
    expect(tour.startScene).toBe('scene_b');
    const [a, b] = tour.scenes;
    expect(a).toMatchObject({ sourceId: 'scene_a', title: 'Chợ & phố', heading: 35, view: { yaw: -20, pitch: -15 }, links: [{ target: 'scene_b', yaw: 170, pitch: -5 }] });
    expect(a!.view.vFov).toBeCloseTo(104.82, 2);
    expect(a!.file).toBe(join(root, 'more/scenes.xml'));
    const levels = tiles(a!.panorama);
    expect(levels.map((l) => [l.faceSize, l.tileSize])).toEqual([[1280, 512], [640, 512]]);
    // URLs are read against the first XML's folder (krpano's basedir), rows and columns count from 1.
    expect(levels[0]!.tile('u', 0, 2)).toBe(join(root, 'panos/a.tiles/u/l2/01/l2_u_01_03.jpg'));
    expect(b!.panorama).toEqual({ kind: 'cube', faces: { f: join(root, 'b_f.jpg'), r: join(root, 'b_r.jpg'), b: join(root, 'b_b.jpg'), l: join(root, 'b_l.jpg'), u: join(root, 'b_u.jpg'), d: join(root, 'b_d.jpg') } });
    expect(b!.view).toEqual({ yaw: 0, pitch: 0, vFov: 60 });
    // The skin is never needed; another missing include is said.
    expect(tour.notes).toEqual([
      { file: join(root, 'tour.xml'), message: '<include url="gone.xml">: the file is missing, so any scenes in it are not imported.' },
      { file: a!.file, message: 'scene "scene_a", hotspot "later" is hidden (visible or enabled="false"), shown only by a script: skipped.' },
      { file: a!.file, message: 'scene "scene_b", hotspot "back": linkedscene_lookat (the view on arrival) is not kept; the next scene opens at its own view.' },
    ]);
    const notes: { file: string; message: string }[] = [];
    const planned = planScenes(tour, notes);
    expect(planned.map((s) => [s.id, s.view.zoom])).toEqual([['a', 0], ['b', 50]]);
    expect(notes).toEqual([{ file: a!.file, message: 'scene "scene_a": its opening view is 105° high; this site shows 30°–90°, so it opens at zoom 0.' }]);

    // A vtour gives every scene the same view: one line for all of them.
    const many = { ...tour, scenes: Array.from({ length: 8 }, (_, i) => ({ ...a!, sourceId: `s${i}`, links: [] })) };
    const manyNotes: { file: string; message: string }[] = [];
    planScenes(many, manyNotes);
    expect(manyNotes).toEqual([{ file: a!.file, message: 'scenes "s0", "s1", "s2", "s3", "s4" and 3 more: their opening view is 105° high; this site shows 30°–90°, so they open at zoom 0.' }]);
  });

  it('is found in the vtour/ folder krpano’s droplets write', async () => {
    const root = await files({ 'vtour/tour.xml': '<krpano><scene name="a"><image><sphere url="a.jpg"/></image></scene></krpano>' });
    expect((await readTour(root)).scenes[0]!.panorama).toEqual({ kind: 'equirect', file: join(root, 'vtour/a.jpg') });
  });

  it('<level> tiles, <sphere>, and what it cannot read', async () => {
    const root = await files({
      'tour.xml': `<krpano>
        <scene name="l"><image type="CUBE" multires="true" tilesize="256">
          <level tiledimagewidth="1024" tiledimageheight="1024"><cube url="t/%s/l2/%v/l2_%s_%v_%h.jpg"/></level>
          <level tiledimagewidth="512" tiledimageheight="512"><cube url="t/%s/l1/%v/l1_%s_%v_%h.jpg"/></level>
        </image></scene>
        <scene name="s"><image><sphere url="%CURRENTXML%/p/s.jpg"/></image></scene>
        <scene name="m"><image><cube url="m_%s.jpg!small" devices="mobile"/><cube url="pano_%s.jpg"/></image></scene>
      </krpano>`,
      'flat.xml': `<krpano><scene name="f"><image><flat url="x.jpg"/></image></scene></krpano>`,
      'web.xml': `<krpano><scene name="w"><image><sphere url="https://cdn.example/p.jpg"/></image></scene></krpano>`,
    });
    const tour = await readKrpano(join(root, 'tour.xml'));
    expect(tiles(tour.scenes[0]!.panorama).map((l) => l.tile('d', 3, 0))).toEqual([join(root, 't/d/l2/4/l2_d_4_1.jpg'), join(root, 't/d/l1/4/l1_d_4_1.jpg')]);
    expect(tour.scenes[1]!.panorama).toEqual({ kind: 'equirect', file: join(root, 'p/s.jpg') });
    expect(tour.scenes[2]!.panorama).toMatchObject({ kind: 'cube', faces: { u: join(root, 'pano_u.jpg') } }); // not the phones' cube
    await expect(readKrpano(join(root, 'flat.xml'))).rejects.toThrow('scene "f": its <image> holds <flat>; only <sphere> (equirectangular) and cube images (<cube>, <level>, <left>…<down>) can be imported.');
    await expect(readKrpano(join(root, 'web.xml'))).rejects.toThrow('"https://cdn.example/p.jpg" is on the web, not beside the tour: download it next to tour.xml and write its path instead.');
  });
});

describe('Pannellum', () => {
  it('one scene: cubeMap order, northOffset, author, info hotspots, links that need a tour, partial photos', async () => {
    const root = await files({
      'p.json': JSON.stringify({
        type: 'cubemap',
        basePath: 'img/',
        cubeMap: ['f.jpg', 'r.jpg', 'b.jpg', 'l.jpg', 'u.jpg', 'd.jpg'],
        yaw: 200,
        pitch: -5,
        northOffset: 247,
        author: 'Nguyễn Văn A',
        haov: 180,
        autoRotate: -2,
        compass: true,
        customField: 1,
        hotSpots: [
          { type: 'info', yaw: 10, pitch: 2, text: 'Đền thờ <i>cổ</i>. Dựng năm 1920.', URL: 'https://example.org' },
          { type: 'scene', sceneId: 'other', yaw: 20, pitch: 0 },
          { type: 'info', yaw: 30 },
        ],
      }),
    });
    const tour = await readPannellum(join(root, 'p.json'));
    const [scene] = tour.scenes;
    expect(scene).toMatchObject({ sourceId: 'p', heading: 247, credit: 'Nguyễn Văn A', view: { yaw: -160, pitch: -5 }, links: [] });
    expect(scene!.partial).toBeUndefined(); // haov means something only for an equirectangular photo
    expect(scene!.view.vFov).toBeCloseTo(67.67, 2); // Pannellum's default hfov 100 on 16:9
    expect(scene!.panorama).toEqual({ kind: 'cube', faces: Object.fromEntries(['f', 'r', 'b', 'l', 'u', 'd'].map((f) => [f, join(root, 'img', `${f}.jpg`)])) });
    expect(scene!.hotspots).toEqual([{ yaw: 10, pitch: 2, title: 'Đền thờ cổ', text: 'Đền thờ cổ. Dựng năm 1920.' }]);
    expect(tour.notes.map((n) => n.message)).toEqual([
      'scene "p", hotspot 1: its web link https://example.org is not kept (hotspots here hold text, pictures, sound and video).',
      'scene "p", hotspot 1: HTML in its text was reduced to plain text.',
      'scene "p", hotspot 3 has no yaw/pitch numbers: skipped.',
      'scene "p": "customField" not carried over.',
      'a link to scene "other" needs a tour configuration ("scenes"); skipped.',
    ]);
  });

  it('a tour: default merged into scenes, multiRes levels from finest, firstScene, a cube with a missing face', async () => {
    const root = await files({
      'tour.json': JSON.stringify({
        default: { firstScene: 'b', hfov: 120, title: 'Tour' },
        scenes: {
          a: { type: 'multires', multiRes: { basePath: '/tiles/a', path: '/%l/%s%y_%x', extension: 'png', tileResolution: 512, maxLevel: 3, cubeResolution: 1800 } },
          b: { panorama: 'b.jpg', hfov: 90, hotSpots: [{ type: 'scene', sceneId: 'a', yaw: -30, pitch: -12, targetYaw: 40 }] },
        },
      }),
      'bad.json': JSON.stringify({ type: 'cubemap', cubeMap: ['f.jpg', null, 'b.jpg', 'l.jpg', 'u.jpg', 'd.jpg'] }),
    });
    const tour = await readPannellum(join(root, 'tour.json'));
    expect(tour).toMatchObject({ title: 'Tour', startScene: 'b' });
    const [a, b] = tour.scenes;
    expect(a!.view.vFov).toBeCloseTo(88.51, 2); // hfov 120 from default
    expect(tiles(a!.panorama).map((l) => [l.label, l.faceSize, l.tile('r', 1, 0)])).toEqual([
      ['level 3', 1800, join(root, 'tiles/a/3/r1_0.png')],
      ['level 2', 900, join(root, 'tiles/a/2/r1_0.png')],
      ['level 1', 450, join(root, 'tiles/a/1/r1_0.png')],
    ]);
    expect(b!.links).toEqual([{ target: 'a', yaw: -30, pitch: -12 }]);
    expect(tour.notes.map((n) => n.message)).toEqual(['scene "b", hotspot 1: targetYaw/targetPitch/targetHfov (the view on arrival) are not kept; the next scene opens at its own view.']);
    await expect(readPannellum(join(root, 'bad.json'))).rejects.toThrow('"cubeMap" must list six face images (front, right, back, left, up, down)');
  });
});

describe('Marzipano Tool', () => {
  it('reads data.js as data: radians, pitch down, levels from finest keeping their z, HTML made plain', async () => {
    const root = await files({
      'app-files/data.js': `var APP_DATA = ${JSON.stringify({
        scenes: [
          {
            id: '0-cho',
            name: 'Chợ <b>phiên</b>',
            levels: [{ tileSize: 256, size: 256, fallbackOnly: true }, { tileSize: 512, size: 512 }, { tileSize: 512, size: 1024 }],
            faceSize: 1024,
            initialViewParameters: { yaw: -Math.PI / 2, pitch: Math.PI / 18, fov: Math.PI / 3 },
            linkHotspots: [{ yaw: 3, pitch: 0.1, rotation: 0, target: '1-pho' }],
            infoHotspots: [{ yaw: 0.5, pitch: -0.2, title: 'Quầy <i>vải</i>', text: '' }],
            embedHotspots: [],
          },
        ],
        name: 'Đồng Văn',
        settings: { mouseViewMode: 'drag', autorotateEnabled: true },
      })};\n`,
    });
    const tour = await readTour(root); // the folder of the Tool's zip: app-files/data.js inside
    expect(tour.format).toBe('Marzipano');
    const [scene] = tour.scenes;
    expect(scene).toMatchObject({ title: 'Chợ phiên', view: { yaw: -90, pitch: -10 }, links: [{ target: '1-pho', yaw: 171.9, pitch: -5.7 }] });
    expect(scene!.view.vFov).toBeCloseTo(60, 6);
    expect(scene!.hotspots).toEqual([{ yaw: 28.6, pitch: 11.5, title: 'Quầy vải', text: 'Quầy vải' }]);
    expect(scene!.panorama).toMatchObject({ detailSize: 1024 });
    expect(tiles(scene!.panorama).map((l) => l.tile('b', 1, 1))).toEqual([join(root, 'app-files/tiles/0-cho/2/b/1/1.jpg'), join(root, 'app-files/tiles/0-cho/1/b/1/1.jpg')]);
    expect(tour.notes.map((n) => n.message)).toEqual([
      'scene "0-cho", info hotspot 1: HTML in its title or text was reduced to plain text.',
      'scene "0-cho", info hotspot "Quầy vải" has no text: its title is used as text; write a sentence or two.',
      'scene "0-cho": "embedHotspots" not carried over (not part of the Marzipano Tool\'s export).',
      'settings.autorotateEnabled: the site has its own autorotate button; the tour setting is not kept.',
    ]);
  });

  it('refuses a data.js that is code rather than data', async () => {
    const root = await files({ 'data.js': 'var APP_DATA = { scenes: [ makeScene() ] };' });
    await expect(readMarzipano(join(root, 'data.js'))).rejects.toThrow(ImportError);
    await expect(readMarzipano(join(root, 'data.js'))).rejects.toThrow(/is read as data, never run/);
  });
});

describe('the command line', () => {
  it('prints its usage for no source, an extra argument or an unknown option', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a.join(' '));
    try {
      expect(await main([])).toBe(1);
      expect(await main(['a', 'b'])).toBe(1);
      expect(await main(['a', '--force', 'yes'])).toBe(1);
      expect(await main(['a', '--tour', 'Đồng Văn'])).toBe(1);
    } finally {
      console.error = original;
    }
    expect(errors.slice(0, 3).every((e) => e.includes('npm run import -- <tour.xml | data.js | pannellum.json | thư mục/folder> [--tour <tour-id>]'))).toBe(true);
    // The id is checked before anything is read.
    expect(errors[3]).toContain('"Đồng Văn" không dùng được làm tên tour [is not usable as a tour id]: lowercase letters a–z, digits and single hyphens, e.g. --tour dong-van.');
  });
});
