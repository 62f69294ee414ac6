import { spawn } from 'node:child_process';
import { astroEnv } from './astro-env.ts';

export interface AstroBuildResult {
  code: number | null;
  /** stdout and stderr together, as an editor sees them in the terminal. */
  output: string;
}

/** A real `astro build` in a child process, built as production; `env` picks the content and output folders. */
export function astroBuild(env: Record<string, string>): Promise<AstroBuildResult> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: astroEnv('production', { NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}
