import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureSite, type FixtureSite } from '../../fixtures/fixture-site.ts';
import { astroEnv } from './astro-env.ts';
import { astroBuildInvocation } from '../../../scripts/support/astro-cli.ts';
import { serveStatic } from '../../../scripts/support/static-server.ts';

export interface AstroBuildResult {
  code: number | null;
  /** stdout and stderr together, as an editor sees them in the terminal. */
  output: string;
}

/** A real `astro build` in a child process, built as production; `env` picks the content and output folders. */
export function astroBuild(env: Record<string, string>): Promise<AstroBuildResult> {
  // Several builds may run at once (test files in parallel): each from its own folder (astro-cli.ts).
  const { cwd, args, cleanUp } = astroBuildInvocation(env.HG360_OUT_DIR);
  const child = spawn(process.execPath, args, {
    cwd,
    env: astroEnv('production', { NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      cleanUp();
      resolve({ code, output });
    }),
  );
}

/** A build a test needs to succeed: its whole output in the error when it does not. */
export async function astroBuildOrThrow(env: Record<string, string>): Promise<string> {
  const { code, output } = await astroBuild(env);
  if (code !== 0) throw new Error(`astro build failed:\n${output}`);
  return output;
}

/** A fixture site built into its own `dist/` and served, for a test file's `beforeAll`; `close` undoes it all. */
export interface ServedFixture {
  site: FixtureSite;
  outDir: string;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Copies fixture `name` (tests/fixtures/content), lets `prepare` change it (photos, frontmatter),
 * builds it with its own content store and cache, and serves the result on a free port.
 */
export async function serveFixtureSite(name: string, prepare: (site: FixtureSite) => Promise<void> = async () => {}): Promise<ServedFixture> {
  const site = await fixtureSite(name);
  await prepare(site);
  await mkdir(site.articlesDir, { recursive: true });
  const outDir = join(site.root, 'dist');
  await astroBuildOrThrow({ HG360_CONTENT_DIR: site.toursDir, HG360_ARTICLES_DIR: site.articlesDir, HG360_OUT_DIR: outDir, HG360_CACHE_DIR: join(site.root, 'astro-cache') });
  const served = await serveStatic(outDir);
  return {
    site,
    outDir,
    baseUrl: served.url,
    close: async () => {
      await served.close();
      await site.remove();
    },
  };
}
