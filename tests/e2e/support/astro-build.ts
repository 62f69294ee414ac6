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

/** A build a test needs to succeed: its whole output in the error when it does not. */
export async function astroBuildOrThrow(env: Record<string, string>): Promise<string> {
  const { code, output } = await astroBuild(env);
  if (code !== 0) throw new Error(`astro build failed:\n${output}`);
  return output;
}
