/**
 * Issue 20: `npm run build` starts `astro build` with a V8 heap limit (src/build/astro-process.ts),
 * and bench:scale says which process held the memory without counting a freshly forked child's
 * shared pages twice (scripts/bench/process-tree.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ASTRO_HEAP_MIB, astroBuildArgs } from '../../src/build/astro-process.ts';
import { addSample, commandLabel, type TreePeak, type TreeProcess } from '../../scripts/bench/process-tree.ts';

describe('astro build heap limit', () => {
  it("npm run build starts astro build with it, and the benchmark with the same arguments", async () => {
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { build: string } };
    expect(scripts.build).toMatch(new RegExp(`&& node --max-old-space-size=${ASTRO_HEAP_MIB} node_modules/astro/bin/astro\\.mjs build$`));
    expect(astroBuildArgs(scripts.build)).toEqual([`--max-old-space-size=${ASTRO_HEAP_MIB}`, 'node_modules/astro/bin/astro.mjs', 'build']);
  });

  it('says how the build script should end when it does not start Astro with node', () => {
    expect(() => astroBuildArgs('npm run demo:panoramas && astro build')).toThrow(
      `package.json's build script should end with \`node --max-old-space-size=${ASTRO_HEAP_MIB} node_modules/astro/bin/astro.mjs build\`, not \`astro build\`.`,
    );
  });

  it('is the V8 heap limit of a process started with those arguments', () => {
    const args = astroBuildArgs(`x && node --max-old-space-size=${ASTRO_HEAP_MIB} -e 0 build`).slice(0, 1);
    const run = spawnSync(process.execPath, [...args, '-p', "require('node:v8').getHeapStatistics().heap_size_limit / 1048576"], { encoding: 'utf8' });
    // V8 adds its young generation to the old-space limit.
    expect(Number(run.stdout)).toBeGreaterThanOrEqual(ASTRO_HEAP_MIB);
    expect(Number(run.stdout)).toBeLessThan(ASTRO_HEAP_MIB + 128);
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
