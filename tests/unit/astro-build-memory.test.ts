/**
 * Issue 20: `npm run build` starts `astro build` through scripts/astro-build.ts with a V8 heap limit
 * and allocator settings (src/build/astro-process.ts), and bench:scale says which process held the
 * memory without counting a freshly forked child's shared pages twice (scripts/bench/process-tree.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOCATOR_ENV, ASTRO_HEAP_MIB, astroBuildProcess } from '../../src/build/astro-process.ts';
import { addSample, commandLabel, type TreePeak, type TreeProcess } from '../../scripts/bench/process-tree.ts';
import { tempDir } from './panorama/fixtures.ts';

describe('astro build process settings', () => {
  it('limits the heap and sets the allocators, leaving Astro its arguments', () => {
    const { args, env } = astroBuildProcess('/site', { PATH: '/bin' }, ['--verbose']);
    expect(args).toEqual([`--max-old-space-size=${ASTRO_HEAP_MIB}`, '/site/node_modules/astro/bin/astro.mjs', 'build', '--verbose']);
    expect(env).toEqual({ PATH: '/bin', MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DELAY: '0' });
  });

  it("keeps a heap limit and allocator values the environment sets", () => {
    const { args, env } = astroBuildProcess('/site', { NODE_OPTIONS: '--max-old-space-size=6144', MALLOC_ARENA_MAX: '4' });
    expect(args).toEqual(['/site/node_modules/astro/bin/astro.mjs', 'build']);
    expect(env.MALLOC_ARENA_MAX).toBe('4');
    expect(env.MIMALLOC_PURGE_DELAY).toBe(ALLOCATOR_ENV.MIMALLOC_PURGE_DELAY);
  });

  it('scripts/astro-build.ts runs Astro with them and exits with its code', async () => {
    // A stand-in for Astro's CLI that reports what it was started with.
    const root = await tempDir();
    await mkdir(join(root, 'node_modules/astro/bin'), { recursive: true });
    await writeFile(
      join(root, 'node_modules/astro/bin/astro.mjs'),
      `import v8 from 'node:v8';
       console.log(JSON.stringify({ argv: process.argv.slice(2), limit: v8.getHeapStatistics().heap_size_limit / 1048576, arena: process.env.MALLOC_ARENA_MAX }));
       process.exit(3);`,
    );
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    delete env.MALLOC_ARENA_MAX;
    const run = spawnSync(process.execPath, [resolve('scripts/astro-build.ts'), '--silent'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(3);
    const seen = JSON.parse(run.stdout) as { argv: string[]; limit: number; arena: string };
    expect(seen.argv).toEqual(['build', '--silent']);
    // V8 adds its young generation to the old-space limit.
    expect(seen.limit).toBeGreaterThanOrEqual(ASTRO_HEAP_MIB);
    expect(seen.limit).toBeLessThan(ASTRO_HEAP_MIB + 256);
    expect(seen.arena).toBe('2');
  });
});

describe('bench process tree', () => {
  const astro = 'node\0node_modules/astro/bin/astro.mjs\0build\0';
  const tree = (entries: [number, Omit<TreeProcess, 'name'> & { name?: string }][]) =>
    new Map(entries.map(([pid, p]) => [pid, { name: p.name ?? 'node', ...p }] as [number, TreeProcess]));

  it('names processes by their program and script', () => {
    expect(commandLabel(astro.split('\0').filter(Boolean), 'node')).toBe('node astro.mjs build');
    expect(commandLabel(['/usr/bin/node', '--max-old-space-size=2048', '/w/scripts/astro-build.ts'], 'node')).toBe('node astro-build.ts');
    expect(commandLabel(['/w/node_modules/pagefind/bin/pagefind_extended', '--service'], 'pagefind_extende')).toBe('pagefind_extended');
    expect(commandLabel([], 'ffmpeg')).toBe('ffmpeg');
  });

  it("does not count a child between fork and exec, whose pages are still its parent's", () => {
    const peak: TreePeak = { peakKiB: 0, atPeak: '', byProcess: [] };
    const own = new Map<string, number>();
    // Astro at 1 GiB forks to start Pagefind: for a moment the child shows Astro's command line and RSS.
    addSample(peak, own, tree([[10, { kib: 1024 * 1024, cmdline: astro }], [11, { kib: 1000 * 1024, cmdline: astro, parent: 10 }]]));
    expect(peak.peakKiB).toBe(1024 * 1024);
    // …or no command line yet while the kernel copies its page tables (a node child with a script of its own counts).
    addSample(peak, own, tree([[10, { kib: 1024 * 1024, cmdline: astro }], [12, { kib: 650 * 1024, cmdline: '', parent: 10 }], [13, { kib: 30 * 1024, cmdline: 'node\0worker.js\0', parent: 10 }]]));
    expect(peak.peakKiB).toBe(1054 * 1024);
    addSample(peak, own, tree([[10, { kib: 1000 * 1024, cmdline: astro }], [11, { name: 'pagefind_extende', kib: 60 * 1024, cmdline: '/x/pagefind_extended\0', parent: 10 }]]));
    expect(peak.peakKiB).toBe(1060 * 1024);
    expect(peak.atPeak).toBe('node astro.mjs build 1000, pagefind_extended 60');
    expect(peak.byProcess).toEqual([
      { command: 'node astro.mjs build', peakMiB: 1024 },
      { command: 'pagefind_extended', peakMiB: 60 },
      { command: 'node worker.js', peakMiB: 30 },
    ]);
  });
});
