/**
 * `npm run import` end to end on disk: a tour made from a known photo in each source format comes out as
 * a tour folder that passes the content checks, with the same opening views, links and hotspots (in our
 * degrees) as the source; bad input is one clear paragraph and writes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importTour, main } from '../../../scripts/import/import-tour.ts';
import { readFrontmatter } from '../../../scripts/new/scaffold.ts';
import type { RawImage } from '../../../src/panorama/reproject.ts';
import { readGPano } from '../../../src/panorama/coverage.ts';
import { knownPhoto, TWO_SCENES, writeKrpanoTour, writeMarzipanoTour, writePannellumTour, writePhoto } from '../../fixtures/import-tours.ts';

let photo: RawImage;
let dir: string;
let n = 0;
beforeAll(async () => {
  photo = knownPhoto(2048);
  dir = await mkdtemp(join(tmpdir(), 'hg360-import-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A fresh, empty tours folder. */
async function toursFolder(): Promise<string> {
  const root = join(dir, `site-${++n}`, 'content', 'tours');
  await mkdir(root, { recursive: true });
  return root;
}

/** What the CLI prints (stdout and stderr together) and its exit code. */
async function run(args: string[], root: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
  const err = vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
  const env = process.env.HG360_CONTENT_DIR;
  process.env.HG360_CONTENT_DIR = root;
  try {
    return { code: await main(args), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
    if (env === undefined) delete process.env.HG360_CONTENT_DIR;
    else process.env.HG360_CONTENT_DIR = env;
  }
}

const writers = { krpano: writeKrpanoTour, Pannellum: writePannellumTour, Marzipano: writeMarzipanoTour };

describe.each(Object.entries(writers))('a %s tour', (format, write) => {
  it('becomes a checked tour folder with the same views, links and hotspots', async () => {
    const source = await write(join(dir, `src-${format}`), photo);
    const root = await toursFolder();
    const { code, out } = await run([source, '--tour', 'nhap-thu'], root);
    expect(code, out).toBe(0);
    const tourDir = join(root, 'nhap-thu');
    expect((await readdir(tourDir)).sort()).toEqual(['cong-troi.jpg', 'cong-troi.mdx', 'index.mdx', 'nui-doi.jpg', 'nui-doi.mdx']);
    expect(await readdir(join(root, '..'))).toEqual(['tours']); // the temporary folder is gone
    const tour = readFrontmatter(join(tourDir, 'index.mdx'));
    expect(tour).toMatchObject({ title: `Cao nguyên đá (${format})`, startScene: 'cong-troi' });
    for (const source of TWO_SCENES) {
      const scene = readFrontmatter(join(tourDir, `${source.id}.mdx`));
      expect(scene.title).toBe(source.title);
      expect(scene.view).toEqual({ yaw: source.view.yaw, pitch: source.view.pitch, zoom: Math.round(((90 - source.view.vFov) / 60) * 100) });
      expect(scene.links).toEqual(source.link ? [source.link] : undefined);
      if (source.info) {
        const [hotspot] = scene.hotspots as Record<string, unknown>[];
        expect(hotspot).toMatchObject({ yaw: source.info.yaw, pitch: source.info.pitch, text: expect.stringContaining(source.info.text) });
      }
      const meta = await sharp(join(tourDir, `${source.id}.jpg`)).metadata();
      expect([meta.width, meta.height]).toEqual([2048, 1024]);
    }
    expect(out).toContain('nhap-thu/index.mdx');
  });
});

describe('what a source says about places', () => {
  it('krpano lat/lng become scene locations, their average the tour’s place; heading is where north is', async () => {
    const source = await writeKrpanoTour(join(dir, 'src-k2'), photo);
    const xml = join(dir, 'src-k2', 'scenes.xml');
    await writeFile(xml, (await readFile(xml, 'utf8')).replace('title="Núi đôi Cô Tiên" lat="23.01" lng="105.11" heading="0.0"', 'title="Núi đôi Cô Tiên" lat="23.01" lng="105.11" heading="35"'));
    const root = await toursFolder();
    const result = await importTour({ source, root });
    expect(result.ok).toBe(true);
    const tourDir = join(root, 'cao-nguyen-da-krpano');
    expect(readFrontmatter(join(tourDir, 'cong-troi.mdx')).location).toEqual({ lat: 23, lng: 105.1 });
    expect(readFrontmatter(join(tourDir, 'nui-doi.mdx')).location).toEqual({ lat: 23.01, lng: 105.11 });
    expect(readFrontmatter(join(tourDir, 'index.mdx')).location).toEqual({ lat: 23.005, lng: 105.105 });
    // The photo made from its cube carries the heading (GPano), and the scene file says where north is.
    expect(await readGPano(await readFile(join(tourDir, 'nui-doi.jpg')), 2048, 1024)).toEqual({ poseHeading: 35 });
    expect(await readFile(join(tourDir, 'nui-doi.mdx'), 'utf8')).toContain('# Các hướng [Directions]: Bắc/north yaw -35, Đông/east yaw 55, Nam/south yaw 145, Tây/west yaw -125.');
  });
});

describe('Pannellum northOffset on a copied photo', () => {
  it('is added to the photo as GPano XMP without re-encoding it', async () => {
    const d = join(dir, 'src-north');
    await mkdir(d, { recursive: true });
    await writePhoto(join(d, 'p.jpg'), photo);
    await writeFile(join(d, 'p.json'), JSON.stringify({ title: 'Bắc', panorama: 'p.jpg', northOffset: 100 }));
    const root = await toursFolder();
    const { code, out } = await run([join(d, 'p.json'), '--tour', 'bac'], root);
    expect(code, out).toBe(0);
    const copied = await readFile(join(root, 'bac', 'p.jpg'));
    expect(await readGPano(copied, 2048, 1024)).toEqual({ poseHeading: 100 });
    const [a, b] = await Promise.all([sharp(join(d, 'p.jpg')).raw().toBuffer(), sharp(copied).raw().toBuffer()]);
    expect(a.equals(b)).toBe(true);
  });
});

describe('a photo that covers part of the sphere', () => {
  it('keeps Pannellum’s haov/vaov/vOffset as `partial`, so the site accepts a photo that is not 2:1', async () => {
    const d = join(dir, 'src-partial');
    await mkdir(d, { recursive: true });
    await sharp({ create: { width: 2048, height: 512, channels: 3, background: '#6a8' } }).jpeg().toFile(join(d, 'wide.jpg'));
    await writeFile(join(d, 'wide.json'), JSON.stringify({ title: 'Toàn cảnh', panorama: 'wide.jpg', haov: 360, vaov: 90, vOffset: 5 }));
    const root = await toursFolder();
    const { code, out } = await run([join(d, 'wide.json'), '--tour', 'rong'], root);
    expect(code, out).toBe(0);
    expect(readFrontmatter(join(root, 'rong', 'wide.mdx')).partial).toEqual({ horizontalFov: 360, verticalFov: 90, centerPitch: 5, centerYaw: 0 });
  });

  it('without coverage, the site’s own check refuses it and nothing is written', async () => {
    const d = join(dir, 'src-partial-2');
    await mkdir(d, { recursive: true });
    await sharp({ create: { width: 2048, height: 512, channels: 3, background: '#6a8' } }).jpeg().toFile(join(d, 'wide.jpg'));
    await writeFile(join(d, 'wide.json'), JSON.stringify({ panorama: 'wide.jpg' }));
    const root = await toursFolder();
    const { code, out } = await run([join(d, 'wide.json'), '--tour', 'rong'], root);
    expect(code).toBe(1);
    expect(out).toMatch(/nothing was written\.\]\n {2}.*rong\/wide\.mdx\n {4}• photo: /);
    expect(await readdir(root)).toEqual([]);
  });
});

describe('never overwrites, writes nothing on failure', () => {
  it('refuses a tour folder that already exists', async () => {
    const source = await writeMarzipanoTour(join(dir, 'src-m2'), photo);
    const root = await toursFolder();
    await mkdir(join(root, 'da-co'));
    await writeFile(join(root, 'da-co', 'index.mdx'), 'keep me');
    const { code, out } = await run([source, '--tour', 'da-co'], root);
    expect(code).toBe(1);
    expect(out).toMatch(/da-co đã có; không ghi đè \[already exists; nothing was overwritten\]/);
    expect(await readFile(join(root, 'da-co', 'index.mdx'), 'utf8')).toBe('keep me');
  });

  it('a missing tile stops the import: one line naming the scene and the tile, and no files', async () => {
    const src = join(dir, 'src-m3');
    const source = await writeMarzipanoTour(src, photo);
    await rm(join(src, 'tiles', 'nui-doi', '1', 'u', '1', '0.jpg'));
    const root = await toursFolder();
    const { code, out } = await run([source], root);
    expect(code).toBe(1);
    expect(out).toContain('Không nhập được tour; không ghi tệp nào. [The tour was not imported; nothing was written.]');
    expect(out).toMatch(/data\.js\n {4}• scene "nui-doi": level 1 \(512 px faces\) not used: 1 of 24 tiles are missing, e\.g\. .*tiles\/nui-doi\/1\/u\/1\/0\.jpg\./);
    expect(await readdir(join(root, '..'))).toEqual(['tours']);
    expect(await readdir(root)).toEqual([]);
  });

  it('tiles of mixed sizes stop the import: one line naming the tile and the size it should have', async () => {
    const src = join(dir, 'src-m4');
    const source = await writeMarzipanoTour(src, photo);
    await sharp({ create: { width: 300, height: 256, channels: 3, background: '#777' } }).jpeg().toFile(join(src, 'tiles', 'cong-troi', '1', 'r', '0', '1.jpg'));
    const root = await toursFolder();
    const { code, out } = await run([source], root);
    expect(code).toBe(1);
    expect(out).toMatch(/• scene "cong-troi": level 1 \(512 px faces\) not used: tiles of mixed sizes: .*tiles\/cong-troi\/1\/r\/0\/1\.jpg is 300×256 px, but a 512-px face cut in 256-px tiles needs 256×256 there\./);
    expect(await readdir(root)).toEqual([]);
  });

  it.each([
    ['a folder without a tour', async (d: string) => void (await mkdir(d, { recursive: true })), '', /holds no tour\.xml \(krpano\), data\.js \(Marzipano Tool\) or JSON configuration \(Pannellum\)/],
    ['a path that does not exist', async () => {}, 'nope/tour.xml', /nope\/tour\.xml\n {4}• does not exist\./],
    ['XML that is not krpano', async (d: string) => writeFile(join(d, 'tour.xml'), '<svg><g/></svg>'), 'tour.xml', /is XML but not a krpano file: its root element is not <krpano>/],
    ['an encrypted krpano file', async (d: string) => writeFile(join(d, 'tour.xml'), 'KENC\u0001\u0002…'), 'tour.xml', /is not XML text: it may be encrypted with krpano’s protect tool/],
    ['broken XML', async (d: string) => writeFile(join(d, 'tour.xml'), '<krpano><scene name="a"></krpano>'), 'tour.xml', /is not well-formed XML \(line 1: /],
    ['a krpano file without scenes', async (d: string) => writeFile(join(d, 'tour.xml'), '<krpano><action name="x">trace(1);</action></krpano>'), 'tour.xml', /without any <scene>: there is nothing to import/],
    ['JSON that is not Pannellum', async (d: string) => writeFile(join(d, 'x.json'), '{"name": "package"}'), 'x.json', /is JSON but not a Pannellum configuration/],
    ['data.js that is not the Marzipano Tool', async (d: string) => writeFile(join(d, 'data.js'), 'console.log(1)'), 'data.js', /is not a Marzipano Tool data\.js: it has no `var APP_DATA = \{…\}`/],
    ['a panorama on the web', async (d: string) => writeFile(join(d, 'p.json'), '{"panorama": "https://example.org/p.jpg"}'), 'p.json', /the panorama "https:\/\/example\.org\/p\.jpg" is on the web, not beside the tour/],
    ['a missing photo', async (d: string) => writeFile(join(d, 'p.json'), '{"panorama": "gone.jpg"}'), 'p.json', /scene "p": its photo .*gone\.jpg is missing\./],
  ])('%s: one clear paragraph, no stack trace, nothing written', async (_name, make, file, message) => {
    const d = join(dir, `bad-${++n}`);
    await mkdir(d, { recursive: true });
    await make(d);
    const root = await toursFolder();
    const { code, out } = await run([join(d, file)], root);
    expect(code).toBe(1);
    expect(out).toMatch(message);
    expect(out).not.toMatch(/\n\s+at /); // a stack frame
    expect(existsSync(root) ? await readdir(root) : []).toEqual([]);
  });
});

describe('what cannot be carried over is listed by source file', () => {
  it('krpano scripting, hotspots without text, links to missing scenes, areas, web links', async () => {
    const d = join(dir, 'src-k-notes');
    await writeKrpanoTour(d, photo);
    const xml = (await readFile(join(d, 'scenes.xml'), 'utf8')).replace(
      '<hotspot name="spot1"',
      `<hotspot name="js" ath="10" atv="0" onclick="openurl('https://example.org'); js(track());" />
    <hotspot name="empty" ath="20" atv="0" url="skin/icon.png" />
    <hotspot name="gone" ath="30" atv="0" onclick="loadscene(scene_khong_co, null, MERGE, BLEND(1)); playsound(bg, 'x.mp3');" />
    <hotspot name="area" tooltip="Chợ phiên" text="&lt;b&gt;Họp&lt;/b&gt; chủ nhật."><point ath="-10" atv="-5" /><point ath="10" atv="-5" /><point ath="10" atv="5" /><point ath="-10" atv="5" /></hotspot>
    <hotspot name="spot1"`,
    );
    await writeFile(join(d, 'scenes.xml'), xml);
    const root = await toursFolder();
    const { code, out } = await run([join(d, 'tour.xml')], root);
    expect(code, out).toBe(0);
    const section = out.slice(out.indexOf('Not carried over, file by file'));
    expect(section).toMatch(/scenes\.xml\n/);
    expect(section).toContain(`scene "scene_cong_troi", hotspot "js": onclick "openurl('https://example.org'); js(track())" is krpano scripting this site does not run; not carried over.`);
    expect(section).toContain('scene "scene_cong_troi", hotspot "empty" has no text in the XML (no text, html, tooltip or title): skipped.');
    expect(section).toContain(`scene "scene_cong_troi", hotspot "gone": besides loading "scene_khong_co" it runs playsound(bg, 'x.mp3') — krpano scripting, not carried over.`);
    expect(section).toContain('scene "scene_cong_troi": its link to "scene_khong_co" goes to a scene that is not in the tour; dropped.');
    expect(section).toContain('scene "scene_cong_troi", hotspot "area" is an area; it becomes a point at its centre.');
    expect(section).toContain('scene "scene_cong_troi", hotspot "area": HTML in its text was reduced to plain text.');
    const scene = readFrontmatter(join(root, 'cao-nguyen-da-krpano', 'cong-troi.mdx'));
    expect(scene.hotspots).toEqual([
      { id: 'area', yaw: 0, pitch: 0, title: 'Chợ phiên', text: 'Họp chủ nhật.' },
      { id: 'nui-doi', yaw: -45, pitch: 30, title: 'Núi đôi', text: 'Hai ngọn núi tròn như hai bầu sữa.' },
    ]);
  });
});
