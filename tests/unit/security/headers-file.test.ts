import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, publishedHeadersProblems } from '../../../src/security/headers-file.ts';

const at = (path: string, host = 'site.example') => new URL(path, `https://${host}`);

describe('the _headers file (Cloudflare Pages syntax)', () => {
  it('reads rules, comments, blank lines, header names in any case and values with colons', () => {
    const { rules, problems } = parseHeadersFile('\uFEFF# comment\n/*\n  X-Frame-Options: SAMEORIGIN\r\n  Link: <https://a.example/x>; rel=preload\n\n/embed/*\n  ! X-Frame-Options\n');
    expect(problems).toEqual([]);
    expect(rules).toEqual([
      { pattern: '/*', set: [['x-frame-options', 'SAMEORIGIN'], ['link', '<https://a.example/x>; rel=preload']], detach: [], line: 2 },
      { pattern: '/embed/*', set: [], detach: ['x-frame-options'], line: 6 },
    ]);
  });

  it('applies every matching rule in order: values of one header joined with ", ", "! Name" detaching what came before', () => {
    const { rules } = parseHeadersFile(
      ['/*', '  A: site', '  B: site', '/embed/*', '  ! A', '  A: embed', '  B: embed', '/late/*', '  C: late', '/*', '  ! C'].join('\n'),
    );
    expect(Object.fromEntries(headersFor(rules, at('/tours/x/')))).toEqual({ a: 'site', b: 'site' });
    expect(Object.fromEntries(headersFor(rules, at('/embed/x/y/?ui=none')))).toEqual({ a: 'embed', b: 'site, embed' });
    // A detach only removes what earlier rules set.
    expect(Object.fromEntries(headersFor(rules, at('/late/page')))).toEqual({ a: 'site', b: 'site' });
  });

  it('matches * (anything), :name (one segment) and https://host patterns, and nothing by prefix alone', () => {
    const { rules } = parseHeadersFile(['/tours/:tour/', '  T: 1', '/pano/*.webp', '  W: 1', 'https://:sub.site.example/*', '  H: 1', '/exact', '  E: 1'].join('\n'));
    const names = (url: URL) => [...headersFor(rules, url).keys()];
    expect(names(at('/tours/cao-nguyen-da/'))).toEqual(['t']);
    expect(names(at('/tours/cao-nguyen-da/nha-vuong/'))).toEqual([]);
    expect(names(at('/pano/ab/c.webp'))).toEqual(['w']);
    expect(names(at('/x', 'preview.site.example'))).toEqual(['h']);
    expect(names(at('/x', 'site.example'))).toEqual([]);
    expect(names(at('/exact'))).toEqual(['e']);
    expect(names(at('/exactly'))).toEqual([]);
    // Regular-expression characters in a pattern are literal.
    expect([...headersFor(parseHeadersFile('/a.b\n  X: 1').rules, at('/axb')).keys()]).toEqual([]);
  });

  it('reports what a host would drop: long lines, headers before a pattern, two *, lines that are neither', () => {
    const long = `/*\n  Content-Security-Policy: ${'x'.repeat(2000)}\n`;
    expect(parseHeadersFile(long).problems).toEqual([expect.stringMatching(/^line 2 has 2027 characters; hosts ignore lines longer than 2000/)]);
    expect(parseHeadersFile('  A: 1\n/*/x/*\n  B: 1\n/ok\n  just words\n  C:\n').problems).toEqual([
      'line 1: "A: 1" comes before any URL pattern',
      'line 2: "/*/x/*" has more than one *',
      'line 3: "B: 1" comes before any URL pattern',
      'line 5: "just words" is neither "Name: value" nor "! Name"',
      'line 6: "C:" needs a header name without spaces and a value',
    ]);
  });

  it('reads the site’s own public/_headers without a problem', () => {
    const { rules, problems } = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(problems).toEqual([]);
    const embed = headersFor(rules, at('/en/embed/cao-nguyen-da/'));
    expect(embed.get('content-security-policy')).toBe('{{CONTENT_POLICY}}; frame-ancestors *');
    expect(embed.has('x-frame-options')).toBe(false);
    expect(embed.get('x-content-type-options')).toBe('nosniff');
    expect(headersFor(rules, at('/')).get('content-security-policy')).toBe("{{CONTENT_POLICY}}; frame-ancestors 'self'");
  });
});

describe('the published _headers, checked by the build', () => {
  const site = ['/*', "  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'self'"];
  it('passes when every page gets exactly one policy with script-src', () => {
    const text = [...site, '/embed/*', '  ! Content-Security-Policy', "  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors *"].join('\n');
    expect(publishedHeadersProblems(text, ['/', '/embed/t/', '/404.html'])).toEqual([]);
  });

  it('names a page with two policies (no detach), or none, and lines a host would drop', () => {
    const twice = [...site, '/embed/*', "  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors *"].join('\n');
    expect(publishedHeadersProblems(twice, ['/', '/embed/t/'])).toEqual([
      '/embed/t/ gets 2 Content-Security-Policies (detach the site-wide one with "! Content-Security-Policy" in the rule that sets its own)',
    ]);
    const none = ['/tours/*', "  Content-Security-Policy: script-src 'self'", '/embed/*', "  Content-Security-Policy: frame-ancestors *"].join('\n');
    expect(publishedHeadersProblems(none, ['/', '/embed/t/', '/tours/a/'])).toEqual([
      '/ gets no Content-Security-Policy with script-src',
      '/embed/t/ gets no Content-Security-Policy with script-src',
    ]);
    expect(publishedHeadersProblems(`/*\n  Content-Security-Policy: script-src 'self' ${'x'.repeat(2000)}`, [])).toHaveLength(1);
  });
});
