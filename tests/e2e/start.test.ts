/** `npm start` ends by saying which address to open (issue 16: it was buried under the build's log). */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroEnv } from './support/astro-env.ts';

describe('npm start', () => {
  it('builds, then serves with a last line that names the address, which answers', async () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toMatch(/^npm run build && node scripts\/serve\/preview\.ts\b/);

    // The serving half on the already built dist/, on a free port.
    const child = spawn(process.execPath, ['scripts/serve/preview.ts', '--port', '0'], { env: astroEnv('production'), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 20_000 }).toMatch(/open http:\/\/localhost:\d+\//);
      await new Promise((resolve) => setTimeout(resolve, 500)); // anything printed after it would show now
      const lines = output.split('\n').filter((line) => line.trim() && !/^─+$/.test(line.trim()));
      const address = /open (http:\/\/localhost:\d+\/)/.exec(lines.at(-1) ?? '')?.[1];
      expect(address, output).toBeDefined();
      const response = await fetch(address!);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/<title>Hà Giang 360/);
    } finally {
      child.kill();
    }
  });
});
