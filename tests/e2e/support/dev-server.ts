/** `astro dev` for a test file, the way tests/e2e/dev-server.test.ts starts it, on a port of the caller's choice. */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { astroEnv } from './astro-env.ts';

export interface DevServerOptions {
  /**
   * Runs before `astro dev` starts (after the file's earlier beforeAll hooks) and returns extra
   * environment for it: a fixture site's folders, say.
   */
  prepare?: () => Promise<Record<string, string>>;
  /** Runs once the server has stopped: removing what `prepare` made. */
  cleanUp?: () => Promise<void>;
}

/** What a test file sees of its dev server: its address and everything it printed so far. */
export interface DevServer {
  readonly url: string;
  readonly output: string;
}

/**
 * Starts `astro dev` on `port` before the file's tests and stops it (and waits for it to exit) after
 * them. Each file that needs one owns a fixed port (4397–4399; 4411 for the area picker): if Astro moves to another because
 * the port is busy, the start fails rather than talk to someone else's server.
 */
export function useDevServer(port: number, { prepare, cleanUp }: DevServerOptions = {}): DevServer {
  let dev: ChildProcess | undefined;
  const state = { url: '', output: '' };
  beforeAll(async () => {
    const env = (await prepare?.()) ?? {};
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      env: astroEnv('development', { NO_COLOR: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const child = dev;
    child.stderr!.on('data', (chunk: Buffer) => (state.output += chunk.toString()));
    state.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start in 60 s:\n${state.output}`)), 60_000);
      child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}: ${state.output}`)));
      child.stdout!.on('data', (chunk: Buffer) => {
        state.output += chunk.toString();
        const match = state.output.match(/http:\/\/127\.0\.0\.1:(\d+)/);
        if (!match) return;
        clearTimeout(timer);
        if (match[1] === String(port)) resolve(match[0]);
        else reject(new Error(`port ${port} is busy (astro dev moved to ${match[1]})`));
      });
    });
  }, 90_000);
  afterAll(async () => {
    if (dev && dev.exitCode === null) {
      const exited = new Promise((resolve) => dev!.once('exit', resolve));
      dev.kill();
      await exited;
    }
    await cleanUp?.();
  });
  return state;
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
