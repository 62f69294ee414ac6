/**
 * All or nothing: `astro build` writes into a fresh folder beside the output folder and swaps it in
 * only when every step (pages, panorama copies, sitemap, search index) has succeeded. A build that
 * fails anywhere leaves the last published site byte for byte as it was (issue 14).
 *
 * Astro empties its `outDir` before it renders, so the staging folder *is* Astro's `outDir`; this
 * integration must be the last one, so that its `astro:build:done` runs after every other step.
 * The swap is two renames on one file system: the old site moves aside, the new one takes its
 * name, and only then is the old one deleted; if the second rename fails the old one moves back.
 */
import { existsSync, rmSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { failIfAsked } from '../config/test-faults.ts';

/** Names of the temporary folders, beside the output folder: `.dist.building-<pid>`, `.dist.previous-<pid>`. */
export const stagingName = (outName: string, pid: number) => `.${outName}.building-${pid}`;
const previousName = (outName: string, pid: number) => `.${outName}.previous-${pid}`;

/** Leftovers of builds that were killed (power cut, Ctrl+C) before they could clean up. */
async function removeLeftovers(parent: string, outName: string): Promise<void> {
  const pattern = new RegExp(`^\\.${outName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)-\\d+$`);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (pattern.test(name)) await rm(join(parent, name), { recursive: true, force: true });
  }
}

/** Puts `staging` in the place of `target`, keeping the old `target` until the new one is in place. */
export async function swapIn(staging: string, target: string): Promise<void> {
  const previous = join(dirname(target), previousName(basename(target), process.pid));
  const hadPrevious = existsSync(target);
  if (hadPrevious) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

export default function atomicOutput(): AstroIntegration {
  let target = '';
  let staging = '';
  let swapped = false;

  return {
    name: 'hg360:atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        const parent = dirname(target);
        await removeLeftovers(parent, basename(target));
        staging = join(parent, stagingName(basename(target), process.pid));
        const stagingUrl = pathToFileURL(`${staging}/`);
        // build.client and build.server were resolved inside the old outDir: move them along.
        updateConfig({ outDir: stagingUrl, build: { client: new URL('./client/', stagingUrl), server: new URL('./server/', stagingUrl) } });
        // A failed build never reaches astro:build:done: its half-written folder goes when the process does.
        process.once('exit', () => {
          if (!swapped) rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        failIfAsked('swap');
        const built = fileURLToPath(dir).replace(/[\\/]$/, '');
        if (built !== staging) throw new Error(`hg360:atomic-output expected the site in ${staging}, Astro built it in ${built}; nothing was published.`);
        await swapIn(staging, target);
        swapped = true;
        logger.info(`site published to ${target} (the previous one was replaced only now that every step succeeded).`);
      },
    },
  };
}
