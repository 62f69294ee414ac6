/** Embed options from the address and the pasted snippet: only known values get through. */
import { describe, expect, it } from 'vitest';
import { addressOptions, parseEmbedOptions } from '../../src/embed/embed-options.ts';
import { embedPath, iframeSnippet, oembedPath } from '../../src/embed/oembed.ts';

const SCENES = ['pho-co-dong-van', 'nha-vuong'];

describe('addressOptions', () => {
  it('reads the query string and the hash, the hash winning', () => {
    const merged = addressOptions('?ui=full&yaw=10', '#ui=none&zoom=70');
    expect(parseEmbedOptions(merged, SCENES).options).toEqual({ ui: 'none' });
    expect(new URLSearchParams(merged).get('yaw')).toBe('10');
    expect(new URLSearchParams(merged).get('zoom')).toBe('70');
  });
});

describe('parseEmbedOptions', () => {
  it('keeps known values', () => {
    expect(parseEmbedOptions('?scene=nha-vuong&ui=minimal&gallery=0&autorotate=1&lang=en', SCENES)).toEqual({
      options: { scene: 'nha-vuong', ui: 'minimal', gallery: false, autorotate: true, lang: 'en' },
      ignored: [],
    });
    expect(parseEmbedOptions('', SCENES)).toEqual({ options: {}, ignored: [] });
  });

  it('ignores anything else, with a reason per option, and never inherited keys', () => {
    const hostile = encodeURIComponent('"><script>alert(1)</script>');
    const { options, ignored } = parseEmbedOptions(`?scene=${hostile}&ui=toString&gallery=true&autorotate=__proto__&lang=javascript:alert(1)`, SCENES);
    expect(options).toEqual({});
    expect(ignored.map((r) => r.split(':')[0]).sort()).toEqual(['autorotate', 'gallery', 'lang', 'scene', 'ui']);
    expect(parseEmbedOptions('?scene=constructor', SCENES).options).toEqual({});
  });
});

describe('iframe snippet and oEmbed paths', () => {
  it('escapes the title and source it is given', () => {
    const html = iframeSnippet('https://x.example/embed/a/?q="><b>', 'A "quoted" <title> & more');
    expect(html).toContain('src="https://x.example/embed/a/?q=&quot;&gt;&lt;b&gt;"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
    expect(html).toMatch(/allow="fullscreen; gyroscope; accelerometer; xr-spatial-tracking"/);
  });

  it('names the embed and oEmbed addresses of tours and scenes', () => {
    expect(embedPath('cao-nguyen-da')).toBe('/embed/cao-nguyen-da/');
    expect(embedPath('cao-nguyen-da', 'nha-vuong')).toBe('/embed/cao-nguyen-da/nha-vuong/');
    expect(oembedPath('cao-nguyen-da')).toBe('/oembed/cao-nguyen-da.json');
    expect(oembedPath('cao-nguyen-da', 'nha-vuong')).toBe('/oembed/cao-nguyen-da/nha-vuong.json');
  });
});

describe('command origins', () => {
  it('lets any origin drive the embed by default, and only the listed ones when the site says so', async () => {
    const { isAllowedOrigin } = await import('../../src/components/viewer/plugins/embed-api/origins.ts');
    expect(isAllowedOrigin('https://hotel.example', '*')).toBe(true);
    const allowed = ['https://hotel.example', 'http://localhost:8080'];
    expect(isAllowedOrigin('https://hotel.example', allowed)).toBe(true);
    expect(isAllowedOrigin('https://evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('https://hotel.example.evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('null', allowed)).toBe(false);
  });
});
