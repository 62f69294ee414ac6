import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy (issue 14, item 8), one for every page: a static host sends one
 * header per URL pattern, so the policy allows the union of what the pages need. Its hashes are
 * computed from the built HTML itself (see inlineCode), so they always match what is published.
 */
export interface PolicyInputs {
  /** `sha256-…` of every inline script that runs (hoisted Astro scripts, `is:inline`, `define:vars`). */
  scriptHashes: Iterable<string>;
  /** `sha256-…` of every `<style>` element (Astro inlines small stylesheets). */
  styleHashes: Iterable<string>;
  /** The map's tile template (src/config/map.ts), e.g. `https://{s}.tile.example.org/{z}/{x}/{y}.png`. */
  mapTilesUrl: string;
  /** Where panorama files are published (PANORAMA_ASSETS_BASE), when it is another origin. */
  assetsBase?: string | undefined;
}

/** Every directive but `frame-ancestors`, which differs between site pages and embeds. */
export function contentPolicy(inputs: PolicyInputs): string {
  const assets = assetsOrigin(inputs.assetsBase);
  const list = (...sources: (string | undefined)[]) => [...new Set(sources.filter(Boolean))].join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows exactly that, not eval().
    ['script-src', list("'self'", "'wasm-unsafe-eval'", ...sorted(inputs.scriptHashes))],
    // Browsers without style-src-elem/-attr (Safari < 15.4, Firefox < 108) fall back to this line;
    // the others forbid any <style> but ours and allow style="" attributes (the poster placeholder,
    // Leaflet's and PSV's markup), which cannot run code.
    ['style-src', "'self' 'unsafe-inline'"],
    ['style-src-elem', list("'self'", ...sorted(inputs.styleHashes))],
    ['style-src-attr', "'unsafe-inline'"],
    // blob: PSV downloads a panorama with fetch (to show progress) and decodes it through a blob:
    // URL (TextureLoader.blobToImage); only our own scripts can make one.
    ['img-src', list("'self'", 'data:', 'blob:', ...tileSources(inputs.mapTilesUrl), assets)],
    ['media-src', list("'self'", assets)],
    // The viewer fetches tiles and panels; Pagefind its index and wasm.
    ['connect-src', list("'self'", assets)],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort().map((hash) => `'${hash}'`);

/**
 * The CSP source of an absolute PANORAMA_ASSETS_BASE (`https://cdn.example.org`; the host alone for a
 * scheme-relative `//cdn.example.org/…`, which then follows the page's scheme); nothing for a path on the site itself.
 */
export function assetsOrigin(assetsBase: string | undefined): string | undefined {
  if (!assetsBase) return undefined;
  if (assetsBase.startsWith('//')) return new URL(`https:${assetsBase}`).host;
  if (!/^https?:\/\//i.test(assetsBase)) return undefined;
  return new URL(assetsBase).origin;
}

/**
 * The CSP source for a Leaflet tile template. `{s}` (subdomains a, b, c…) in the host becomes a
 * `*.` wildcard on the rest of the name: CSP wildcards only stand for whole leftmost labels.
 */
export function tileSources(template: string): string[] {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!match) return [];
  const [, scheme, host] = match as unknown as [string, string, string];
  if (!host.includes('{')) return [`${scheme}://${host}`];
  const labels = host.split('.');
  const last = labels.findLastIndex((label) => label.includes('{'));
  return [`${scheme}://*.${labels.slice(last + 1).join('.')}`];
}

export interface InlineCode {
  scripts: string[];
  styles: string[];
  /** `on…=` attributes, which no hash can allow: the policy blocks them. */
  handlers: string[];
}

const EXECUTABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/** The inline scripts that run, the `<style>` elements and any inline handlers of one HTML page, as the browser reads them. */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE.test(type.trim())) scripts.push(body);
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(body);
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const handlers: string[] = [];
  // Attribute by attribute, so that words inside a quoted value (an alt text) are never taken for one.
  for (const [, attributes = ''] of markup.matchAll(/<[a-z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\s*\/)*)\s*>/gi)) {
    for (const [, name = ''] of attributes.matchAll(/\s([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
      if (/^on[a-z]+$/i.test(name)) handlers.push(name);
    }
  }
  return { scripts, styles, handlers };
}

/** The CSP hash source of a script's or style's text (without quotes). */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
