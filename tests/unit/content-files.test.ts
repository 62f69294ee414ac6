/**
 * Files an editor names are published only when they are regular files inside the content folder and,
 * for sound and video, when their bytes are what their extension says (issue 14). Checked twice: by the
 * content checks (the editor's report) and by the pipeline itself (what would be copied into dist/).
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { validateContent } from '../../src/validate/validate-content.ts';
import { prepareImage, prepareMedia } from '../../src/panorama/prepare-media.ts';
import { preparePanorama } from '../../src/panorama/prepare.ts';
import { fixtureSite, type FixtureSite } from '../fixtures/fixture-site.ts';

let site: FixtureSite;
let outside: string;
const scene = () => join(site.toursDir, 'dong-van/cot-co.mdx');

/** A real (tiny) M4A: the demo's narration. */
const REAL_M4A = 'content/tours/cao-nguyen-da/cot-co-lung-cu.narration.vi.m4a';

beforeAll(async () => {
  site = await fixtureSite('valid-site');
  outside = await mkdtemp(join(tmpdir(), 'hg360-outside-'));
  const dir = join(site.toursDir, 'dong-van');
  await writeFile(join(outside, 'secret.jpg'), await sharp({ create: { width: 2048, height: 1024, channels: 3, background: '#808080' } }).jpeg().toBuffer());
  await symlink('/etc/passwd', join(dir, 'passwd.mp3'));
  await symlink(join(outside, 'secret.jpg'), join(dir, 'outside.jpg'));
  await writeFile(join(dir, 'text.m4a'), 'Xin chào, đây là lời thuyết minh.\n');
  await writeFile(join(dir, 'page.mp4'), '<!doctype html><html><body>Not a video</body></html>\n');
  await mkdir(join(dir, 'folder.jpg'));
  await writeFile(join(dir, 'real.m4a'), await readFile(REAL_M4A));
  // A link that stays inside the content folder is fine: editors use them to share one file.
  await symlink(join(dir, 'real.m4a'), join(dir, 'shared.m4a'));
  const text = await readFile(scene(), 'utf8');
  await writeFile(
    scene(),
    text.replace(
      '    text: Lá cờ rộng 54 m².\n',
      [
        '    text: Lá cờ rộng 54 m².',
        '    audio: ./passwd.mp3',
        '    video: ./page.mp4',
        '    image: { src: ./folder.jpg, alt: Lá cờ }',
        'narration:',
        '  vi: ./text.m4a',
        '  en: ./shared.m4a',
        'variants:',
        '  - { id: bi-mat, label: Bí mật, photo: ./outside.jpg }',
        '',
      ].join('\n'),
    ),
  );
});

afterAll(async () => {
  await site?.remove();
  await rm(outside, { recursive: true, force: true });
});

describe('the content checks', () => {
  it('refuse links out of the content folder, folders, and media whose bytes are not what their name says', async () => {
    const { errors } = await validateContent(site);
    const lines = errors.map((p) => `${p.field}: ${p.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^variants\[0\]\.photo: The photo file is a link to .*secret\.jpg, outside the content folder; the site publishes only files that are inside it\. \(\.\/outside\.jpg\) Copy the file itself beside the scene file instead of linking to it\.$/),
      expect.stringMatching(/^hotspots\[0\]\.image\.src: "\.\/folder\.jpg" is not a file \(it is a folder or a special file\)\./),
      expect.stringMatching(/^hotspots\[0\]\.audio: The sound or video file is a link to \/etc\/passwd, outside the content folder/),
      expect.stringMatching(/^hotspots\[0\]\.video: The file is named like MP4 video, but its content is not a sound or video file at all \(it may be text or a saved web page\)\. \(\.\/page\.mp4\)/),
      expect.stringMatching(/^narration\.vi: The file is named like M4A \(AAC\) sound, but its content is not a sound or video file at all/),
    ]);
    expect(errors.every((p) => p.file === 'content/tours/dong-van/cot-co.mdx')).toBe(true);
  });
});

describe('the pipeline (what would be copied into dist/)', () => {
  const context = () => ({ root: site.root, cacheDir: join(site.root, 'cache'), contentDirs: [site.toursDir, site.articlesDir] });
  const beside = (name: string) => `content/tours/dong-van/${name}`;

  it('never reads a file through a link that leaves the content folder', async () => {
    await expect(prepareMedia(beside('passwd.mp3'), context())).rejects.toThrow(/is a link to \/etc\/passwd, outside the content folder/);
    await expect(preparePanorama({ photo: beside('outside.jpg'), view: { yaw: 0, pitch: 0, zoom: 50 } }, context())).rejects.toThrow(/outside the content folder/);
  });

  it('refuses a web page named .mp4 and text named .m4a', async () => {
    await expect(prepareMedia(beside('page.mp4'), context())).rejects.toThrow(/named like MP4 video, but its content is not a sound or video file/);
    await expect(prepareMedia(beside('text.m4a'), context())).rejects.toThrow(/named like M4A \(AAC\) sound/);
  });

  it('refuses a folder named like an image', async () => {
    await expect(prepareImage(beside('folder.jpg'), context())).rejects.toThrow(/is not a file/);
  });

  it('publishes a real sound, also through a link that stays inside the content folder', async () => {
    const prepared = await prepareMedia(beside('shared.m4a'), context());
    const copy = await readFile(join(context().cacheDir, prepared.hash, prepared.file));
    expect(copy.equals(await readFile(REAL_M4A))).toBe(true);
  });
});
