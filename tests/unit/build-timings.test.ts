import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { type TimedStep, withTimings } from '../../src/build/timings.ts';
import { phasesOf } from '../../scripts/bench/scale/phases.ts';
import { tempDir } from './panorama/fixtures.ts';

const integration = (name: string, hooks: AstroIntegration['hooks']): AstroIntegration => ({ name, hooks });

describe('HG360_BUILD_TIMINGS', () => {
  afterEach(() => {
    delete process.env.HG360_BUILD_TIMINGS;
  });

  it('leaves the integrations untouched when not set', () => {
    const list = [integration('a', { 'astro:build:done': () => {} })];
    expect(withTimings(list)).toBe(list);
  });

  it('writes one line a hook run, named after the integration, and passes the hook its arguments', async () => {
    const file = join(await tempDir(), 'timings.jsonl');
    process.env.HG360_BUILD_TIMINGS = file;
    let seen: unknown;
    const [wrapped, edges] = withTimings([integration('hg360:x', { 'astro:build:done': (options) => void (seen = options) })]);
    expect(edges!.name).toBe('hg360:build-timings');
    await (wrapped!.hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: 'd' });
    expect(seen).toEqual({ dir: 'd' });
    const steps = (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as TimedStep);
    expect(steps).toEqual([{ step: 'hg360:x astro:build:done', start: expect.any(Number), end: expect.any(Number) }]);
  });
});

describe('the phases of bench:scale', () => {
  it('reads the gaps between hooks as Astro’s own steps', () => {
    const at = (step: string, start: number, end = start) => ({ step, start, end });
    const steps = [
      at('hg360:content-checks astro:config:setup', 1_000, 1_500),
      at('hg360:build-timings astro:config:done', 2_000),
      at('hg360:build-timings astro:build:start', 4_000),
      at('data photos', 6_000, 7_000),
      at('hg360:panoramas astro:build:done', 10_000, 11_000),
      at('hg360:search astro:build:done', 11_000, 13_000),
      at('hg360:atomic-output astro:build:done', 13_000, 13_500),
    ];
    expect(phasesOf(steps, 0, 14_000)).toEqual({ checks: 0.5, sync: 2, bundling: 2, derivatives: 1, rendering: 3, copying: 1, pagefind: 2, other: 1 });
  });
});
