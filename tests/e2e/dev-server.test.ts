/**
 * `astro dev` makes panorama derivatives on demand and serves them from the cache, the same URLs
 * the build publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dev: ChildProcess;
let baseUrl: string;

beforeAll(async () => {
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4399', '--host', '127.0.0.1'], {
    // Vitest's own environment (NODE_ENV=test, VITEST*) would make Astro's Vite think it runs under test.
    env: Object.fromEntries(Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' }).filter(([key]) => !key.startsWith('VITEST'))),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start in 60 s:\n${output}`)), 60_000);
    let output = '';
    dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}: ${output}`)));
    dev.stdout!.on('data', (chunk: Buffer) => {
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

describe('astro dev', () => {
  it('renders a scene page whose poster, base image and tiles are served', async () => {
    // The first request may land while the content layer is still syncing: ask again until ready.
    let html = '';
    for (let attempt = 0; attempt < 60 && !html.includes('data-poster'); attempt++) {
      html = await (await fetch(`${baseUrl}/tours/cao-nguyen-da/cot-co-lung-cu/`)).text();
      if (!html.includes('data-poster')) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const poster = html.match(/src="(\/_pano\/[0-9a-f]{16}\/poster-[^"]+\.webp)"/)?.[1];
    expect(poster).toBeDefined();
    const response = await fetch(`${baseUrl}${poster}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    const config = JSON.parse(html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)![1]!);
    const scene = config.scenes.find((s: { id: string }) => s.id === 'cot-co-lung-cu');
    expect((await fetch(`${baseUrl}${scene.panorama.baseUrl}`)).status).toBe(200);
    const tile = scene.panorama.tileUrl.replace('{level}', '0').replace('{col}', '1').replace('{row}', '0');
    expect((await fetch(`${baseUrl}${tile}`)).status).toBe(200);
  });

  it('does not serve files outside the panorama cache', async () => {
    expect((await fetch(`${baseUrl}/_pano/0123456789abcdef/..%2F..%2F..%2Fpackage.json`)).status).not.toBe(200);
  });

  it('shows an editor’s change on the next page load', async () => {
    const file = 'content/tours/thanh-pho-ha-giang/cau-yen-bien.mdx';
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('title: Cầu Yên Biên', 'title: Cầu Yên Biên (đang sửa)'));
      let html = '';
      for (let attempt = 0; attempt < 40 && !html.includes('Cầu Yên Biên (đang sửa)'); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        html = await (await fetch(`${baseUrl}/tours/thanh-pho-ha-giang/cau-yen-bien/`)).text();
      }
      expect(html).toMatch(/<h1[^>]*>Cầu Yên Biên \(đang sửa\)<\/h1>/);
    } finally {
      writeFileSync(file, original);
    }
  });
});
