/** Checks on the built site's files, without a browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function builtScripts(): { file: string; code: string }[] {
  const dir = 'dist/_astro';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(dir, file), 'utf8') }));
}

describe('built bundle', () => {
  it('holds exactly one copy of three.js', () => {
    // three.js marks itself on window.__THREE__ and warns when a second copy loads; each copy in
    // the bundle carries that warning text once.
    const copies = builtScripts().filter(({ code }) => code.includes('Multiple instances of Three.js being imported'));
    expect(copies.map((c) => c.file)).toHaveLength(1);
    const total = builtScripts().reduce((n, { code }) => n + code.split('Multiple instances of Three.js being imported').length - 1, 0);
    expect(total).toBe(1);
  });

  it('loads three.js only from the viewer, not on pages without one', () => {
    // Pages without a viewer load at most small module scripts, none of them three.js (the quality
    // gates measure their total); the viewer's chunk is imported only by the viewer element.
    const three = builtScripts().find(({ code }) => code.includes('Multiple instances of Three.js being imported'))!.file;
    for (const path of ['tours/index.html', 'about/index.html', 'articles/index.html', 'en/tours/cao-nguyen-da/index.html']) {
      const html = readFileSync(join('dist', path), 'utf8');
      const scripts = [...html.matchAll(/<script[^>]+src="\/_astro\/([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts, path).not.toContain(three);
      for (const script of scripts) expect(readFileSync(join('dist/_astro', script), 'utf8'), `${path} → ${script}`).not.toContain(three);
    }
  });
});
