import { createReadStream } from 'node:fs';
import { join, normalize } from 'node:path';
import { publishReferenced } from './publish-referenced.ts';
import { contentFolders } from '../validate/validate-content.ts';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { failIfAsked } from '../config/test-faults.ts';
import { panoramaCacheDir } from '../build/env-settings.ts';

export interface PanoramaIntegrationOptions {
  /**
   * Where the derivatives are published, e.g. `https://cdn.example.org/pano/`. By default the
   * site serves them itself under `/_pano/`. Names are content hashes: cache them forever.
   */
  assetsBase?: string;
}

const VIRTUAL_ID = 'virtual:hg360/panoramas';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const PUBLIC_DIR = '_pano';
const CONTENT_TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  avif: 'image/avif',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/**
 * The panorama step of the build. Pages ask `virtual:hg360/panoramas` for a scene's panorama;
 * the pipeline (src/panorama/, Node only) makes the files into a content-hashed cache. In
 * `astro dev` the cache is served as is; after `astro build`, exactly the files the pages refer
 * to are copied into `dist/_pano/`, so stale outputs are never published.
 */
export default function panoramas(options: PanoramaIntegrationOptions = {}): AstroIntegration {
  let cacheDir = '';
  let assetsBase = '';

  return {
    name: 'hg360:panoramas',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        cacheDir = panoramaCacheDir(root);
        // Only files inside the content folders can be published (src/panorama/content-file.ts).
        const { toursDir, articlesDir } = contentFolders(root);
        const contentDirs = [toursDir, articlesDir];
        assetsBase = options.assetsBase ?? `${config.base.replace(/\/$/, '')}/${PUBLIC_DIR}/`;
        const pipeline = fileURLToPath(new URL('../panorama/', import.meta.url));
        const plugin: Plugin = {
          name: 'hg360:panoramas',
          resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
          load(id) {
            if (id !== RESOLVED_ID) return undefined;
            // Runs in the server/prerender environment only: the pipeline never reaches the browser.
            return [
              `import { preparePanorama as prepare } from ${JSON.stringify(join(pipeline, 'prepare.ts'))};`,
              `import { publicAssets } from ${JSON.stringify(join(pipeline, 'public-assets.ts'))};`,
              `const context = ${JSON.stringify({ root, cacheDir, contentDirs })};`,
              `export const assetsBase = ${JSON.stringify(assetsBase)};`,
              `import { prepareImage as image, prepareMedia as media } from ${JSON.stringify(join(pipeline, 'prepare-media.ts'))};`,
              `export async function preparePanorama(request) { return publicAssets(await prepare(request, context), assetsBase); }`,
              `export async function prepareImage(file) { const p = await image(file, context); return { url: assetsBase + p.hash + '/' + p.file, width: p.width, height: p.height }; }`,
              `import { prepareVideo as video } from ${JSON.stringify(join(pipeline, '../video/prepare-video.ts'))};`,
              `import { publicVideoAssets } from ${JSON.stringify(join(pipeline, '../video/public-assets.ts'))};`,
              `export async function prepareVideo(request) { return publicVideoAssets(await video(request, context), assetsBase); }`,
              `export async function prepareMedia(file) { const p = await media(file, context); return assetsBase + p.hash + '/' + p.file; }`,
            ].join('\n');
          },
          configureServer(server) {
            server.middlewares.use(`/${PUBLIC_DIR}/`, (req, res, next) => {
              const file = normalize(decodeURIComponent((req.url ?? '').split('?')[0]!));
              if (!/^\/[0-9a-f]{16}\/[\w./-]+$/.test(file) || file.includes('..')) return next();
              res.setHeader('Content-Type', CONTENT_TYPES[file.split('.').pop()!] ?? 'application/octet-stream');
              createReadStream(join(cacheDir, file))
                .on('error', () => next())
                .pipe(res);
            });
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        failIfAsked('publish');
        const { panoramas, files, published } = await publishReferenced(fileURLToPath(dir), cacheDir, assetsBase, PUBLIC_DIR);
        const upload = options.assetsBase ? `; upload what ${options.assetsBase} lacks: npm run publish:assets -- --dry-run` : '';
        logger.info(`published ${panoramas} hashed folders (${files} files + tiles, ${published} in all, listed in ${PUBLIC_DIR}/manifest.json) to ${PUBLIC_DIR}/${upload}`);
      },
    },
  };
}
