import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assetsOrigin, contentPolicy, cspHash, inlineCode, tileSources } from '../../../src/security/content-policy.ts';

describe('the Content-Security-Policy', () => {
  it('allows our scripts by hash, Pagefind’s wasm, the tile host and the panorama CDN, and nothing inline else', () => {
    const policy = contentPolicy({
      scriptHashes: ['sha256-b', 'sha256-a', 'sha256-a'],
      styleHashes: ['sha256-s'],
      mapTilesUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      assetsBase: 'https://cdn.example.org/pano/',
    });
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'",
      "style-src 'self' 'unsafe-inline'",
      "style-src-elem 'self' 'sha256-s'",
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data: blob: https://tile.openstreetmap.org https://cdn.example.org",
      "media-src 'self' https://cdn.example.org",
      "connect-src 'self' https://cdn.example.org",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]);
  });

  it('adds no origin for panoramas served by the site itself', () => {
    expect(assetsOrigin(undefined)).toBeUndefined();
    expect(assetsOrigin('/_pano/')).toBeUndefined();
    expect(assetsOrigin('https://cdn.example.org:8443/a/')).toBe('https://cdn.example.org:8443');
    expect(assetsOrigin('//cdn.example.org/pano/')).toBe('cdn.example.org');
    const policy = contentPolicy({ scriptHashes: [], styleHashes: [], mapTilesUrl: 'https://t.example/{z}/{x}/{y}.png', assetsBase: '/_pano/' });
    expect(policy).toContain("media-src 'self';");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('turns a tile template into the host it loads from, {s} subdomains as a wildcard', () => {
    expect(tileSources('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://tile.openstreetmap.org']);
    expect(tileSources('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.example.org']);
    expect(tileSources('https://tiles-{s}.example.vn/{z}/{x}/{y}.webp?key=1')).toEqual(['https://*.example.vn']);
    expect(tileSources('http://localhost:8080/{z}/{x}/{y}.png')).toEqual(['http://localhost:8080']);
  });
});

describe('inline code of a built page', () => {
  it('hashes scripts that run (no type, module, JavaScript types), not data scripts, external ones or <template> text', () => {
    const html = [
      '<script>a()</script>',
      '<script type="module">b()</script>',
      '<script type="text/javascript" defer>c()</script>',
      '<script type="application/json">{"x":1}</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="module" src="/_astro/x.js"></script>',
      '<style>p{color:red}</style><p style="color:blue">x</p>',
    ].join('');
    const code = inlineCode(html);
    expect(code.scripts).toEqual(['a()', 'b()', 'c()']);
    expect(code.styles).toEqual(['p{color:red}']);
    expect(code.handlers).toEqual([]);
  });

  it('finds inline event handlers in markup, not in script or style text', () => {
    const code = inlineCode(
      '<script>const s = "<img onerror=x>"</script><img src="x" onerror="alert(1)"><button type="button" onClick=go()><img alt="carry on=1 > x" src=y><br/><input disabled onfocus=\'z\'>',
    );
    expect(code.handlers).toEqual(['onerror', 'onClick', 'onfocus']);
  });

  it('hashes as browsers do: SHA-256 of the UTF-8 text, base64', () => {
    // echo -n "alert('Hello, world.');" | openssl dgst -sha256 -binary | base64 (the CSP spec's example)
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(cspHash('đ')).toBe(`sha256-${createHash('sha256').update(Buffer.from([0xc4, 0x91])).digest('base64')}`);
  });
});
