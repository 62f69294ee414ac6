/**
 * `astro dev` makes panorama derivatives on demand and serves them from the cache, the same URLs
 * the build publishes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDevServer, waitForPage } from './support/dev-server.ts';

// The demo site's content, copied: the test edits a scene, and other test files read content/ meanwhile.
let site = '';
const dev = useDevServer(4399, {
  prepare: async () => {
    site = await mkdtemp(join(tmpdir(), 'hg360-dev-server-'));
    await cp('content', join(site, 'content'), { recursive: true });
    return { HG360_CONTENT_DIR: join(site, 'content/tours'), HG360_ARTICLES_DIR: join(site, 'content/articles'), HG360_CACHE_DIR: join(site, 'astro-cache') };
  },
  cleanUp: () => rm(site, { recursive: true, force: true }),
});

describe('astro dev', () => {
  it('renders a scene page whose poster, base image and tiles are served', async () => {
    const baseUrl = dev.url;
    // The first request may land while the content layer is still syncing: ask again until ready.
    await waitForPage(`${baseUrl}/tours/cao-nguyen-da/cot-co-lung-cu/`);
    const html = await (await fetch(`${baseUrl}/tours/cao-nguyen-da/cot-co-lung-cu/`)).text();
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
    expect((await fetch(`${dev.url}/_pano/0123456789abcdef/..%2F..%2F..%2Fpackage.json`)).status).not.toBe(200);
  });

  it('shows an editor’s change on the next page load', async () => {
    const file = join(site, 'content/tours/thanh-pho-ha-giang/cau-yen-bien.mdx');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('title: Cầu Yên Biên', 'title: Cầu Yên Biên (đang sửa)'));
      let html = '';
      for (let attempt = 0; attempt < 40 && !html.includes('Cầu Yên Biên (đang sửa)'); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        html = await (await fetch(`${dev.url}/tours/thanh-pho-ha-giang/cau-yen-bien/`)).text();
      }
      expect(html).toMatch(/<h1[^>]*>Cầu Yên Biên \(đang sửa\)<\/h1>/);
    } finally {
      writeFileSync(file, original);
    }
  });
});
