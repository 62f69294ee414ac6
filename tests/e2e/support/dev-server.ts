/** `astro dev` for a test file, the way tests/e2e/dev-server.test.ts starts it, on a port of the caller's choice. */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { astroEnv } from './astro-env.ts';

/** Starts `astro dev` before the file's tests and stops it after them; returns the base URL getter. */
export function useDevServer(port: number): () => string {
  let dev: ChildProcess | undefined;
  let baseUrl = '';
  beforeAll(async () => {
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      env: astroEnv('development'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const child = dev;
    baseUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`astro dev did not start in 60 s:\n${output}`)), 60_000);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}: ${output}`)));
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = chunk.toString().match(/http:\/\/127\.0\.0\.1:\d+/);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
    });
  });
  afterAll(() => {
    dev?.kill();
  });
  return () => baseUrl;
}

/** Fetches a page until the content layer has synced and the page renders (the first requests may land too early). */
export async function waitForPage(url: string, marker = 'data-poster'): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const html = await fetch(url).then((r) => r.text(), () => '');
    if (html.includes(marker)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never rendered`);
}
