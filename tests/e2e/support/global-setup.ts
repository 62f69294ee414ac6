/**
 * Builds the site once (`npm run build`: demo content, then `astro build`) and serves `dist/` for every e2e test.
 * Set HG_SKIP_BUILD=1 to reuse an existing `dist/` while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/support/static-server.ts';
import { astroEnv } from './astro-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.HG_SKIP_BUILD && existsSync('dist/index.html'))) {
    // Exactly the README's build (demo content, then astro build), so tests never drift from it.
    // Built exactly as production is: no dev-only code (the editors' picker) in the bundle.
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: astroEnv('production') });
  }
  const { server, url } = await serveStatic('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
