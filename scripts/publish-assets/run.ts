/**
 * `npm run publish:assets -- --dry-run`: which panorama files the CDN or object store at
 * `PANORAMA_ASSETS_BASE` does not have yet (issue 20). Compares the build's `dist/_pano/manifest.json`
 * with the manifest already published there (fetched from `<base>manifest.json`, or read from a
 * local folder: a mounted bucket, a test), and prints the missing paths, one a line, relative to
 * `dist/_pano/`, for `aws s3 cp`/`rclone copy --files-from`/`wrangler r2 object put` to upload.
 * Without `--dry-run` it copies them itself, but only into a local folder.
 *   --base <url|folder>   instead of PANORAMA_ASSETS_BASE     --dist <folder>   instead of dist
 * The file names are content hashes: upload them with `Cache-Control: public, max-age=31536000,
 * immutable`, and the manifest last, with a short cache (docs/scaling.md).
 */
import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE, missingFiles, type PanoManifest } from '../../src/panorama/manifest.ts';
import { publishCommands } from './commands.ts';

class PublishError extends Error {}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const isUrl = (base: string) => /^https?:\/\//i.test(base);
const folderOf = (base: string) => resolve(base.startsWith('file:') ? fileURLToPath(base) : base);

async function localManifest(dist: string): Promise<PanoManifest> {
  const file = join(dist, '_pano', MANIFEST_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new PublishError(`${file} does not exist: run \`npm run build\` first (with the same PANORAMA_ASSETS_BASE), then this command.`);
  });
  return JSON.parse(text) as PanoManifest;
}

/** The manifest already at the base; undefined when there is none yet (a first upload). */
async function remoteManifest(base: string): Promise<PanoManifest | undefined> {
  if (isUrl(base)) {
    const url = new URL(MANIFEST_FILE, base.endsWith('/') ? base : `${base}/`);
    const response = await fetch(url).catch((error: Error) => {
      throw new PublishError(`${url} could not be fetched (${error.message}). Check PANORAMA_ASSETS_BASE and the network.`);
    });
    if (response.status === 404 || response.status === 403) return undefined;
    if (!response.ok) throw new PublishError(`${url} answered ${response.status}; the comparison needs the published manifest or a 404.`);
    return (await response.json()) as PanoManifest;
  }
  return readFile(join(folderOf(base), MANIFEST_FILE), 'utf8').then(
    (text) => JSON.parse(text) as PanoManifest,
    () => undefined,
  );
}

/** Copies the missing files into a local folder, then the manifest (last: a broken copy is redone next time). */
async function copyInto(folder: string, source: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(folder, file)), { recursive: true });
    await link(join(source, file), join(folder, file)).catch(() => copyFile(join(source, file), join(folder, file)));
  }
  await copyFile(join(source, MANIFEST_FILE), join(folder, MANIFEST_FILE));
}

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const base = option('--base') ?? process.env.PANORAMA_ASSETS_BASE;
  if (!base) {
    throw new PublishError(
      'PANORAMA_ASSETS_BASE is not set: set it to where the panoramas are published (e.g. PANORAMA_ASSETS_BASE=https://cdn.example.org/pano/, the same value the site was built with), or pass --base <url or folder>.',
    );
  }
  const dist = resolve(option('--dist') ?? 'dist');
  const local = await localManifest(dist);
  const remote = await remoteManifest(base);
  const missing = missingFiles(local, remote);
  const total = Object.keys(local.files).length;
  const bytes = missing.reduce((sum, path) => sum + local.files[path]!.size, 0);
  const source = join(dist, '_pano');
  console.error(
    `[publish:assets] ${missing.length} of ${total} files (${(bytes / 1024 / 1024).toFixed(1)} MiB) are not at ${base} yet${remote ? '' : ' (it has no manifest.json: everything is new)'}.`,
  );
  if (dryRun) {
    for (const path of missing) console.log(path);
    if (missing.length > 0) console.error(publishCommands(source, base));
    return;
  }
  if (isUrl(base)) {
    throw new PublishError(`This command copies only into a local folder. For ${base}, run it with --dry-run and give the list to your upload tool:\n${publishCommands(source, base)}`);
  }
  await copyInto(folderOf(base), source, missing);
  console.error(`[publish:assets] copied ${missing.length} files and manifest.json into ${folderOf(base)}.`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof PublishError)) throw error;
  console.error(`[publish:assets] ${error.message}`);
  process.exitCode = 1;
}
