import { availableParallelism } from 'node:os';

/** Image work is CPU-bound and libvips is multithreaded itself: two jobs keep a 2-core machine busy. */
export const DEFAULT_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));

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
