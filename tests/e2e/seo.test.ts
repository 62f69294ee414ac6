/** What search engines and link previews read: titles, canonical, Open Graph, JSON-LD, sitemap, robots, RSS. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const page = (path: string) => readFileSync(join('dist', path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
const meta = (html: string, attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('SEO and sharing', () => {
  it('a scene page has its own title, description, canonical, and the scene poster as Open Graph and Twitter card', () => {
    const html = page('en/tours/cao-nguyen-da/cot-co-lung-cu/');
    expect(/<title>(.*?)<\/title>/.exec(html)![1]).toBe('Lũng Cú Flag Tower — The Đồng Văn Karst Plateau · Hà Giang 360');
    expect(meta(html, 'name', 'description')).toBe('A flag tower on top of Dragon Mountain, near the northernmost point of Vietnam.');
    expect(html).toContain('<link rel="canonical" href="https://hagiang360.example/en/tours/cao-nguyen-da/cot-co-lung-cu/">');
    const og = meta(html, 'property', 'og:image')!;
    expect(og).toMatch(/^https:\/\/hagiang360\.example\/_pano\/.+\.(jpg|webp)$/);
    expect(meta(html, 'property', 'og:image:width')).toBe('1200');
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'name', 'twitter:image')).toBe(og);
    // The poster file the card points to is published.
    expect(existsSync(join('dist', new URL(og).pathname))).toBe(true);
  });

  it('places carry schema.org TouristAttraction JSON-LD with coordinates and today’s province', () => {
    const [scene] = jsonLd(page('tours/cao-nguyen-da/cot-co-lung-cu/'));
    expect(scene).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TouristAttraction',
      name: 'Cột cờ Lũng Cú',
      geo: { '@type': 'GeoCoordinates', latitude: 23.3636, longitude: 105.3161 },
      address: { addressRegion: 'Tuyên Quang', addressCountry: 'VN' },
      containedInPlace: { name: 'Cao nguyên đá Đồng Văn' },
    });
    const [tour] = jsonLd(page('en/tours/hoang-su-phi/'));
    expect(tour).toMatchObject({ '@type': 'TouristAttraction', name: 'The Hoàng Su Phì Rice Terraces', inLanguage: 'en' });
    const [article] = jsonLd(page('articles/chinh-quyen-so-thanh-pho-ha-giang/'));
    expect(article).toMatchObject({ '@type': 'Article', datePublished: '2026-11-20', inLanguage: 'vi' });
    const [site] = jsonLd(page('en/'));
    expect(site).toMatchObject({ '@type': 'WebSite', potentialAction: { target: 'https://hagiang360.example/en/search/?q={query}' } });
  });

  it('every indexable page has a unique title and a description', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const urls = [...sitemap.matchAll(/<loc>https:\/\/hagiang360\.example(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
    // Both languages, every kind of page; no embeds.
    expect(urls).toContain('/en/tours/cao-nguyen-da/cot-co-lung-cu/');
    expect(urls).toContain('/map/');
    expect(urls.some((u) => u.startsWith('/embed/'))).toBe(false);
    const titles = new Map<string, string>();
    for (const url of urls.filter((u) => u.endsWith('/'))) {
      const html = page(url);
      const title = /<title>(.*?)<\/title>/.exec(html)![1]!;
      expect(titles.get(title), `${url} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, url);
      expect(meta(html, 'name', 'description')?.length, url).toBeGreaterThan(20);
    }
    expect(titles.size).toBe(urls.filter((u) => u.endsWith('/')).length);
    expect(titles.size).toBeGreaterThanOrEqual(38);
    // The sitemap pairs each page with its other-language twin.
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://hagiang360.example/en/map/"/>');
  });

  it('robots.txt points to the sitemap and keeps embed frames out', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toContain('Sitemap: https://hagiang360.example/sitemap-index.xml');
    expect(robots).toContain('Disallow: /embed/');
    expect(existsSync('dist/sitemap-index.xml')).toBe(true);
  });

  it('RSS lists the articles per language, linked from every page', () => {
    const vi = readFileSync('dist/rss.xml', 'utf8');
    const en = readFileSync('dist/en/rss.xml', 'utf8');
    expect(vi).toContain('<language>vi</language>');
    expect(vi).toContain('<link>https://hagiang360.example/articles/chinh-quyen-so-thanh-pho-ha-giang/</link>');
    expect(en).toContain('<title>How Hà Giang city built its digital government and put tourism into virtual reality</title>');
    expect(page('en/about/')).toContain('<link rel="alternate" type="application/rss+xml" title="Hà Giang 360 — Articles" href="https://hagiang360.example/en/rss.xml">');
  });
});
