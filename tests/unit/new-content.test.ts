/**
 * `npm run new:tour` and `npm run new:scene` (scripts/new/): the files they write pass the site's
 * own schemas, facts are read from the photo (GPS, GPano heading), and every refusal says why.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/collections/frontmatter.ts';
import { newScene } from '../../scripts/new/new-scene.ts';
import { newTour } from '../../scripts/new/new-tour.ts';
import { slugify, yawOfBearing } from '../../scripts/new/scaffold.ts';
import { SceneSchema } from '../../src/schemas/scene.ts';
import { TourSchema } from '../../src/schemas/tour.ts';
import { makePanorama, tempDir } from './panorama/fixtures.ts';

/** GPano as a 360° camera app writes it: a full sphere whose centre faces compass 295°. */
const GPANO_XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:GPano="http://ns.google.com/photos/1.0/panorama/" GPano:ProjectionType="equirectangular" GPano:FullPanoWidthPixels="2048" GPano:FullPanoHeightPixels="1024" GPano:CroppedAreaImageWidthPixels="2048" GPano:CroppedAreaImageHeightPixels="1024" GPano:CroppedAreaLeftPixels="0" GPano:CroppedAreaTopPixels="0" GPano:PoseHeadingDegrees="295"/></rdf:RDF></x:xmpmeta>`;

/** EXIF GPS of Lũng Cú flag tower (23°21'48.96"N 105°18'57.96"E = 23.3636, 105.3161) and a photographer (EXIF text is ASCII). */
const GPS_EXIF = {
  IFD0: { Artist: 'Nguyen Van A' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '23/1 21/1 4896/100', GPSLongitudeRef: 'E', GPSLongitude: '105/1 18/1 5796/100' },
};

const frontmatter = readFrontmatter;

let root: string;
let photos: string;

beforeEach(async () => {
  root = await tempDir();
  photos = await tempDir();
});

async function photoFile(name: string, bytes: Buffer | Promise<Buffer>): Promise<string> {
  const path = join(photos, name);
  await writeFile(path, await bytes);
  return path;
}

/** The error an async call throws, as the editor reads it. */
async function messageOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => undefined, (e: Error) => e);
  if (!error) throw new Error('expected a refusal');
  return error.message.replaceAll(root, '<root>').replaceAll(photos, '<photos>');
}

describe('new:tour', () => {
  it('writes an index.mdx that passes the tour schema, every optional field explained', async () => {
    const file = await newTour({ id: 'lang-van-hoa', title: 'Làng văn hoá: Lũng Cẩm', root });
    const text = await readFile(file, 'utf8');
    const tour = TourSchema.parse(frontmatter(text));
    expect(tour).toMatchObject({ title: 'Làng văn hoá: Lũng Cẩm', startScene: 'chua-co-canh', category: 'landmarks', order: 1 });
    expect(tour.region).toEqual({ province: 'Tuyên Quang', formerProvince: 'Hà Giang' });
    for (const field of ['# area:', '# practical:', '#   gettingThere:', '#   bestSeason:', '#   openingHours:']) expect(text).toContain(field);
  });

  it('refuses an existing folder and an id that cannot be an address', async () => {
    await newTour({ id: 'dong-van', root });
    expect(await messageOf(newTour({ id: 'dong-van', root }))).toContain('đã có; không ghi đè');
    expect(await messageOf(newTour({ id: 'Đồng Văn', root }))).toMatchInlineSnapshot(
      `""Đồng Văn" không dùng được làm tên tour: chỉ chữ thường a–z không dấu, số và dấu gạch ngang, ví dụ "dong-van". [Not usable as a tour id: lowercase letters a–z, digits and single hyphens only, e.g. "dong-van". It becomes the address /tours/dong-van/.]"`,
    );
  });
});

describe('new:scene', () => {
  beforeEach(async () => {
    await newTour({ id: 'lung-cu', title: 'Lũng Cú', root });
  });

  it('copies the photo, fills location from GPS and notes directions from the GPano heading', async () => {
    const photo = await photoFile('Cột cờ Lũng Cú.JPG', sharp(await makePanorama(2048)).withExif(GPS_EXIF).withXmp(GPANO_XMP).jpeg().toBuffer());
    const result = await newScene({ tour: 'lung-cu', photo, title: 'Cột cờ Lũng Cú', root });
    expect(result.sceneId).toBe('cot-co-lung-cu');
    expect(result.photoFile).toBe(join(root, 'lung-cu', 'cot-co-lung-cu.jpg'));
    expect(await readFile(result.photoFile)).toEqual(await readFile(photo));

    const text = await readFile(result.sceneFile, 'utf8');
    const scene = SceneSchema.parse(frontmatter(text));
    expect(scene).toMatchObject({ title: 'Cột cờ Lũng Cú', photo: './cot-co-lung-cu.jpg', credit: 'Nguyen Van A', location: { lat: 23.3636, lng: 105.3161 } });
    expect(scene.view).toEqual({ yaw: 0, pitch: 0, zoom: 50 });
    expect(text).toContain('Giữa ảnh (yaw 0) nhìn về hướng 295° theo la bàn');
    expect(text).toContain('Bắc/north yaw 65, Đông/east yaw 155, Nam/south yaw -115, Tây/west yaw -25.');
    // Every field of the schema is in the file, filled in or as a comment to uncomment.
    for (const field of Object.keys(SceneSchema.shape)) expect(text).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    for (const field of ['id', 'yaw', 'pitch', 'title', 'text', 'image', 'audio', 'video']) expect(text).toMatch(new RegExp(`^# {2,5}(- )?${field}:`, 'm'));
    // The body is only an MDX comment: nothing placeholder-like gets published.
    expect(text.split(/\n---\n/)[1]!.trim()).toMatch(/^\{\/\*[\s\S]*\*\/\}$/);
    expect(text).toContain('không cần partial');
    expect(result.warnings).toEqual([]);

    // The tour had no scene: it now starts with this one and passes its schema.
    expect(result.becameStart).toBe(true);
    expect(TourSchema.parse(frontmatter(await readFile(join(root, 'lung-cu', 'index.mdx'), 'utf8'))).startScene).toBe('cot-co-lung-cu');
  });

  it('opens on the camera app’s first view when GPano records one', async () => {
    const xmp = GPANO_XMP.replace('GPano:PoseHeadingDegrees="295"', 'GPano:PoseHeadingDegrees="90" GPano:InitialViewHeadingDegrees="180" GPano:InitialViewPitchDegrees="-10.4"');
    const photo = await photoFile('view.jpg', sharp(await makePanorama(2048)).withXmp(xmp).jpeg().toBuffer());
    const result = await newScene({ tour: 'lung-cu', photo, root });
    // The first view faces south (180°) and the photo's centre faces east (90°): a quarter turn right.
    expect(SceneSchema.parse(frontmatter(await readFile(result.sceneFile, 'utf8'))).view).toEqual({ yaw: 90, pitch: -10, zoom: 50 });
  });

  it('without GPS uses the tour’s location and says so; a second scene goes last and names the others', async () => {
    await newScene({ tour: 'lung-cu', photo: await photoFile('a.jpg', makePanorama(2048)), id: 'cot-co', title: 'Cột cờ', root });
    const result = await newScene({ tour: 'lung-cu', photo: await photoFile('b.png', makePanorama(2048, 1024, 'png')), id: 'chan-nui', root });
    const text = await readFile(result.sceneFile, 'utf8');
    const scene = SceneSchema.parse(frontmatter(text));
    expect(scene).toMatchObject({ title: 'b', photo: './chan-nui.png', order: 2, location: { lat: 22.8233, lng: 104.9836 } });
    expect(text).toContain('ẢNH KHÔNG CÓ GPS: đây là vị trí của tour');
    expect(text).toContain('Các cảnh khác của tour [Other scenes of the tour]: cot-co.');
    expect(result.warnings.join('\n')).toContain('The photo has no GPS');
    expect(result.warnings.join('\n')).toContain('No title given');
    expect(result.becameStart).toBe(false);
  });

  it('accepts a photo that is not 2:1 but asks for `partial`', async () => {
    const photo = await photoFile('wide.jpg', sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#4080c0' } }).jpeg().toBuffer());
    const result = await newScene({ tour: 'lung-cu', photo, root });
    const text = await readFile(result.sceneFile, 'utf8');
    expect(() => SceneSchema.parse(frontmatter(text))).not.toThrow();
    expect(text).toContain('ẢNH NÀY KHÔNG PHẢI ẢNH 360° ĐẦY ĐỦ');
    expect(result.warnings.join('\n')).toContain('not a full 360° photo');
  });

  it('refuses, writing nothing, with a message that says what to do', async () => {
    const good = await photoFile('good.jpg', makePanorama(2048));
    expect(await messageOf(newScene({ tour: 'khong-co', photo: good, root }))).toMatchInlineSnapshot(`
      "Không có tour "khong-co" trong <root>. [There is no tour "khong-co" in <root>.]
      Các tour hiện có [Tours]: lung-cu.
      Để tạo tour mới [To start a new tour]: npm run new:tour -- khong-co --title "Tên tour""
    `);
    await newScene({ tour: 'lung-cu', photo: good, root });
    expect(await messageOf(newScene({ tour: 'lung-cu', photo: good, root }))).toMatchInlineSnapshot(
      `"<root>/lung-cu/good.mdx đã có; không ghi đè. Chọn tên khác với --id. [Already exists; nothing was overwritten. Choose another name with --id.]"`,
    );
    expect(await messageOf(newScene({ tour: 'lung-cu', photo: join(photos, 'missing.jpg'), root }))).toMatchInlineSnapshot(
      `"<photos>/missing.jpg: The photo file does not exist. Check the file name (upper/lower case must match) and that the photo sits beside the scene file."`,
    );
    const small = await photoFile('small.jpg', makePanorama(1024));
    expect(await messageOf(newScene({ tour: 'lung-cu', photo: small, root }))).toContain('The photo is only 1024×512 pixels');
    const notImage = await photoFile('notes.jpg', Buffer.from('not a photo'));
    expect(await messageOf(newScene({ tour: 'lung-cu', photo: notImage, root }))).toContain('is not an image that can be read');
    const heic = await photoFile('IMG_0001.HEIC', Buffer.from('x'));
    expect(await messageOf(newScene({ tour: 'lung-cu', photo: heic, root }))).toContain('The file ending ".heic" cannot be used');
    expect(await messageOf(newScene({ tour: 'lung-cu', photo: good, id: 'Cot Co', root }))).toContain('Not usable as a scene id');
    // Only the one scene that was allowed exists.
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(join(root, 'lung-cu'))).sort()).toEqual(['good.jpg', 'good.mdx', 'index.mdx']);
  });
});

describe('the commands', () => {
  const run = promisify(execFile);

  it('print next steps, or the refusal on stderr with exit code 1', async () => {
    const env = { ...process.env, HG360_CONTENT_DIR: root };
    const tour = await run(process.execPath, ['scripts/new/new-tour.ts', 'moi', '--title', 'Tour mới'], { env });
    expect(tour.stdout).toContain('npm run new:scene -- moi');
    await photoFile('Nhà Vương.jpg', makePanorama(2048));
    // A path relative to the folder the editor typed `npm run` in (npm starts the script in the project folder).
    const scene = await run(process.execPath, ['scripts/new/new-scene.ts', 'moi', 'Nhà Vương.jpg'], { env: { ...env, INIT_CWD: photos } });
    expect(scene.stdout).toContain('http://localhost:4321/tours/moi/nha-vuong/?edit');
    const failed = await run(process.execPath, ['scripts/new/new-scene.ts', 'moi'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('Usage]: npm run new:scene -- <tour> <photo>');
  });
});

describe('helpers', () => {
  it('turn Vietnamese names into ids and compass bearings into yaw', () => {
    expect(slugify('Đèo Mã Pí Lèng (2026).JPG')).toBe('deo-ma-pi-leng-2026-jpg');
    expect(slugify('Phố cổ Đồng Văn')).toBe('pho-co-dong-van');
    expect(yawOfBearing(0, 295)).toBe(65);
    expect(yawOfBearing(295, 295)).toBe(0);
    expect(yawOfBearing(90, 0)).toBe(90);
    expect(yawOfBearing(180, 0)).toBe(180);
  });
});
