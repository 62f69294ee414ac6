import { describe, expect, it } from 'vitest';
import { hotspotPanel } from '../../src/components/viewer/tour-nodes.ts';

describe('hotspot panel', () => {
  it('shows hostile editor text as text, never as markup', () => {
    const html = hotspotPanel({
      id: 'x',
      yaw: 0,
      pitch: 0,
      title: '<img src=x onerror=alert(1)>',
      text: '"><script>alert(2)</script>',
      image: { url: '/a.webp" onload="alert(3)', width: 800, height: 600, alt: '" autofocus onfocus="alert(4)' },
      audio: '/_pano/0123456789abcdef/media.m4a',
      video: '/v.mp4"><script>alert(5)</script>',
    });
    expect(html).not.toMatch(/<script|<img src=x|" onload=|" autofocus/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('<audio controls preload="none" src="/_pano/0123456789abcdef/media.m4a"></audio>');
    expect(html).toContain('<video controls preload="metadata" playsinline src="/v.mp4&#34;&#62;&#60;script&#62;alert(5)&#60;/script&#62;"></video>');
  });
});
