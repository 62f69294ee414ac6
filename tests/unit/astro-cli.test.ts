/** Builds that run side by side (test files in parallel) each get a working folder of their own (scripts/support/astro-cli.ts). */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuildInvocation } from '../../scripts/support/astro-cli.ts';

const project = resolve(import.meta.dirname, '../..');

describe('astroBuildInvocation', () => {
  it('builds from the project when the output stays inside it', () => {
    for (const outDir of [undefined, 'dist', join(project, 'node_modules/.cache/x/dist')]) {
      const run = astroBuildInvocation(outDir);
      expect(run.cwd).toBe(project);
      expect(run.args.slice(1)).toEqual(['build']);
    }
  });

  it('gives each build into a folder elsewhere its own working folder inside the project, and removes it', () => {
    const a = astroBuildInvocation('/tmp/site-a/dist');
    const b = astroBuildInvocation('/tmp/site-b/dist');
    try {
      expect(a.cwd).not.toBe(b.cwd);
      // Astro keeps such a build's prerender chunks under the working folder: inside the project, its node_modules resolve.
      for (const run of [a, b]) expect(run.cwd.startsWith(join(project, 'node_modules'))).toBe(true);
      expect(a.args.slice(1)).toEqual(['build', '--root', project]);
    } finally {
      a.cleanUp();
      b.cleanUp();
    }
    expect(existsSync(a.cwd) || existsSync(b.cwd)).toBe(false);
  });
});
