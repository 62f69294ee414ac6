/** The pieces of an offline pack (issue 19): what a page names, what a chunk imports, tiles per level, trimmed pages. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImportsOf, filesNamedIn, importsOf, keptLevelWidth, SiteFiles, staticImportsOf, tileUrls, viewerJsonOf } from '../../src/offline/pack-plan.ts';
import { tempDir } from './panorama/fixtures.ts';
import { trimViewerLevels } from '../../src/offline/save-tour-trim.ts';
import { inlineJson } from '../../src/data/inline-json.ts';

const levels = [
  { width: 2048, cols: 8, rows: 4 },
  { width: 4096, cols: 16, rows: 8 },
  { width: 6000, cols: 16, rows: 8 },
];
const panorama = { baseUrl: '/_pano/abc/base.webp', tileUrl: '/_pano/abc/tiles/{level}/{col}_{row}.webp', levels };

describe('offline pack plan', () => {
  it('finds the files a page names: styles, scripts, pictures, inline loaders, the tour map', () => {
    const html = `<link rel="stylesheet" href="/_astro/Base.x1.css"><script type="module" src="/_astro/a.b2.js"></script>
      <img src="/_pano/h/poster-1.webp" srcset="/_pano/h/p-640.webp 640w, /_pano/h/p-1280.webp 1280w">
      <script>import(\`/_astro/search-ui.c3.js\`)</script><img src="/tours/t/map.svg"><a href="/tours/t/s/">next</a>
      <meta property="og:image" content="https://example.org/_pano/h/og.jpg">`;
    expect(filesNamedIn(html).sort()).toEqual(
      ['/_astro/Base.x1.css', '/_astro/a.b2.js', '/_pano/h/poster-1.webp', '/_pano/h/p-640.webp', '/_pano/h/p-1280.webp', '/_astro/search-ui.c3.js', '/tours/t/map.svg'].sort(),
    );
  });

  it('tells a chunk’s imports on load from those on demand', () => {
    const code = `import{a as b}from"./core.A1.js";import"./side.B2.js";const m=()=>import("./plugin.C3.js");const d=["_astro/plugin.C3.js","_astro/x.D4.css"]`;
    expect(importsOf(code).sort()).toEqual(['/_astro/core.A1.js', '/_astro/plugin.C3.js', '/_astro/side.B2.js', '/_astro/x.D4.css']);
    expect(staticImportsOf(code).sort()).toEqual(['/_astro/core.A1.js', '/_astro/side.B2.js']);
    expect(dynamicImportsOf(code).sort()).toEqual(['/_astro/plugin.C3.js', '/_astro/x.D4.css']);
  });

  it('lists tiles level by level up to the chosen width', () => {
    expect(tileUrls(panorama, 2048)).toHaveLength(32);
    expect(tileUrls(panorama, 2048)[0]).toBe('/_pano/abc/tiles/0/0_0.webp');
    expect(tileUrls(panorama, Infinity)).toHaveLength(32 + 128 + 128);
    expect(keptLevelWidth(levels, 2048)).toBe(2048);
    // A photo narrower than 2048 still keeps its first level.
    expect(tileUrls({ ...panorama, levels: [{ width: 1600, cols: 8, rows: 4 }] }, 1024)).toHaveLength(32);
  });

  it('trims a saved page’s viewer to the saved levels and leaves the rest of the page as it was', () => {
    const tour = { tourTitle: 'T </script> & co', scenes: [{ url: '/tours/t/s/', panorama, variants: [{ panorama }] }] };
    const html = `<head><script>let x = 1;</script></head><hg-viewer><script type="application/json">${inlineJson(tour)}</script></hg-viewer><p>after</p>`;
    const trimmed = trimViewerLevels(html, 2048);
    const data = viewerJsonOf(trimmed)!;
    expect(data.scenes[0]!.panorama.levels.map((l) => l.width)).toEqual([2048]);
    expect(data.scenes[0]!.variants![0]!.panorama.levels.map((l) => l.width)).toEqual([2048]);
    expect(data.tourTitle).toBe('T </script> & co');
    expect(trimmed.startsWith('<head><script>let x = 1;</script></head><hg-viewer>')).toBe(true);
    expect(trimmed.endsWith('</script></hg-viewer><p>after</p>')).toBe(true);
    expect(trimmed).not.toContain('</script> & co');
  });

  it('keeps the scripts it has read, not the pages (a large site holds thousands: issue 20)', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, '_astro'), { recursive: true });
    await mkdir(join(dir, 'tours/t'), { recursive: true });
    await writeFile(join(dir, '_astro/a.js'), 'one');
    await writeFile(join(dir, 'tours/t/index.html'), '<p>one</p>');
    const site = new SiteFiles(dir);
    expect([await site.text('/_astro/a.js'), await site.text('/tours/t/')]).toEqual(['one', '<p>one</p>']);
    await writeFile(join(dir, '_astro/a.js'), 'two');
    await writeFile(join(dir, 'tours/t/index.html'), '<p>two</p>');
    expect([await site.text('/_astro/a.js'), await site.text('/tours/t/')]).toEqual(['one', '<p>two</p>']);
  });
});
