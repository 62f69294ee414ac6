// robots.txt: everything may be crawled except the embed frames (copies of scene pages for partners).
import type { APIContext } from 'astro';

export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', context.site);
  return new Response(`User-agent: *\nDisallow: /embed/\nDisallow: /en/embed/\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
