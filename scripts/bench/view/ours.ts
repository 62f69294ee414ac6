/**
 * Our contender: the benchmark photo as a one-scene tour, built by the real site (pipeline, scene
 * page, viewer) into a work folder, and measured on its scene page as tourists get it.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContenderSource } from './contender-source.ts';

const WORK = 'node_modules/.cache/hg360/bench-view/our-site';

export const ourSite: ContenderSource = async (ctx) => {
  const content = join(WORK, 'content/tours/bench');
  await mkdir(content, { recursive: true });
  await copyFile(ctx.photo, join(content, 'photo.jpg'));
  await writeFile(
    join(content, 'index.mdx'),
    `---\ntitle: Benchmark\nsummary: One scene made from the benchmark photo.\nstartScene: photo\nlocation: { lat: 22.82, lng: 104.98 }\nregion: { province: Tuyên Quang }\ncategory: landmarks\n---\n`,
  );
  await writeFile(join(content, 'photo.mdx'), `---\ntitle: Benchmark photo\nphoto: ./photo.jpg\nlocation: { lat: 22.82, lng: 104.98 }\nview: { yaw: 0, pitch: 0, zoom: 50 }\n---\nThe benchmark photo.\n`);
  // No articles: the site's own ones link tours the benchmark site does not have.
  await mkdir(join(WORK, 'content/articles'), { recursive: true });
  const outDir = join(WORK, 'dist');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    stdio: 'inherit',
    env: {
      ...process.env,
      HG360_CONTENT_DIR: `./${relative('.', join(WORK, 'content/tours'))}`,
      HG360_ARTICLES_DIR: `./${relative('.', join(WORK, 'content/articles'))}`,
      // Its own content store, so the real site's cached collections are left alone.
      HG360_CACHE_DIR: `./${relative('.', join(WORK, 'astro-cache'))}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  // The scene page has the site's header above a 16:9 viewer, so its canvas is not the
  // 1280×720 reference view: any panorama frame counts as the first frame.
  return { name: 'Hà Giang 360 (scene page)', url: `${await ctx.serve(outDir)}/tours/bench/photo/`, showsReferenceView: false };
};
