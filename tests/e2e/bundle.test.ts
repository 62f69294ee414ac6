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
    const home = readFileSync('dist/index.html', 'utf8');
    expect(home).not.toMatch(/<script[^>]+src=/);
  });
});
