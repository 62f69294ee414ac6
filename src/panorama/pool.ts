import { availableParallelism } from 'node:os';
import { parseJobs } from '../build/env-settings.ts';

/**
 * Photos prepared at once. One per core the machine offers (issue 20: a 16-core build machine was
 * held to 2); libvips threads each job too, but a job also spends time in JavaScript (the posters'
 * reprojection) and on the disk, so one job per core keeps every core busy. `HG360_JOBS=1` measures
 * or limits it (a shared machine, a small container).
 */
export const defaultConcurrency = (): number => parseJobs(process.env.HG360_JOBS) ?? Math.max(1, availableParallelism());

/** Runs `work` on every item with at most `limit` at once; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
