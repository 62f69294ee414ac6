import { cp, mkdir } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { buildPanoramaManifest, type PanoramaManifest } from '../panorama/build-manifest.ts';

/** What pages see of a panorama: URLs only, never a path on disk. */
export type PublicPanoramaManifest = Record<
  string,
  { ok: true; url: string; previewUrl: string; width: number; height: number } | { ok: false; problem: string; hint: string }
>;

export interface PanoramaIntegrationOptions {
  /** Folders, relative to the project, whose photos are panoramas. */
  photoDirs?: string[];
  /**
   * Where the derivatives are published, e.g. `https://cdn.example.org/pano/`. By default they
   * are served by the site itself under `/_pano/`. Names are content hashes, so they can be
   * cached forever (`Cache-Control: immutable`).
   */
  assetsBase?: string;
}

const VIRTUAL_ID = 'virtual:hg360/panoramas';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const PUBLIC_DIR = '_pano';

/**
 * Turns the editors' photos into web-ready panoramas: derives them (cached by content hash) when
 * a page first asks for `virtual:hg360/panoramas`, serves them in `astro dev`, and copies exactly
 * the ones in use into the build output.
 */
export default function panoramas(options: PanoramaIntegrationOptions = {}): AstroIntegration {
  const photoDirs = options.photoDirs ?? ['content/tours'];
  let root = '';
  let cacheDir = '';
  let manifest: Promise<PanoramaManifest> | undefined;

  function loadManifest(logger: AstroIntegrationLogger): Promise<PanoramaManifest> {
    manifest ??= (async () => {
      const started = performance.now();
      const result = await buildPanoramaManifest({
        root,
        photoDirs,
        cacheDir,
        onProgress: (done, total, key) => {
          if (total > 4) logger.info(`panorama ${done}/${total} ${key}`);
        },
      });
      logger.info(`${Object.keys(result).length} panoramas ready in ${Math.round(performance.now() - started)} ms`);
      return result;
    })();
    return manifest;
  }

  function publicManifest(full: PanoramaManifest, base: string): PublicPanoramaManifest {
    return Object.fromEntries(
      Object.entries(full).map(([key, entry]) => [
        key,
        entry.ok
          ? {
              ok: true,
              url: `${base}${entry.derivatives.hash}/${entry.derivatives.files.full}`,
              previewUrl: `${base}${entry.derivatives.hash}/${entry.derivatives.files.preview}`,
              width: entry.derivatives.width,
              height: entry.derivatives.height,
            }
          : entry,
      ]),
    );
  }

  return {
    name: 'hg360:panoramas',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(root, 'node_modules/.cache/hg360/panoramas');
        const base = options.assetsBase ?? `${config.base.replace(/\/$/, '')}/${PUBLIC_DIR}/`;
        const plugin: Plugin = {
          name: 'hg360:panoramas',
          resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
          async load(id) {
            if (id !== RESOLVED_ID) return undefined;
            const full = await loadManifest(logger);
            return `export default ${JSON.stringify(publicManifest(full, base))};`;
          },
          // Dev: serve derivatives from the cache, and forget the manifest when a photo changes.
          configureServer(server) {
            server.middlewares.use(`/${PUBLIC_DIR}/`, (req, res, next) => {
              const file = normalize(decodeURIComponent((req.url ?? '').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
              if (!/^\/?[0-9a-f]{16}\/[a-z]+\.(jpg|webp|avif)$/.test(file)) return next();
              res.setHeader('Content-Type', file.endsWith('.jpg') ? 'image/jpeg' : `image/${file.split('.').pop()}`);
              createReadStream(join(cacheDir, file))
                .on('error', () => next())
                .pipe(res);
            });
            server.watcher.on('all', (_event, path) => {
              if (!/\.(jpe?g|png|webp|avif|tiff?)$/i.test(path)) return;
              manifest = undefined;
              const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
              if (mod) server.moduleGraph.invalidateModule(mod);
            });
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      // Only the derivatives of this build's photos are published: stale ones stay in the cache.
      'astro:build:done': async ({ dir, logger }) => {
        if (!manifest) return;
        const full = await manifest;
        const outDir = join(fileURLToPath(dir), PUBLIC_DIR);
        await mkdir(outDir, { recursive: true });
        const hashes = new Set(Object.values(full).flatMap((entry) => (entry.ok ? [entry.derivatives.hash] : [])));
        for (const hash of hashes) await cp(join(cacheDir, hash), join(outDir, hash), { recursive: true });
        logger.info(`copied ${hashes.size} panoramas to ${PUBLIC_DIR}/${options.assetsBase ? ` (publish them at ${options.assetsBase})` : ''}`);
      },
    },
  };
}
