/**
 * Peak memory of a process and everything it starts (Astro spawns none today, but Pagefind's
 * indexer and FFmpeg are child processes): every descendant's VmRSS summed, sampled from /proc.
 * Shared by the pipeline's site build and the scale benchmark.
 */
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** RSS of each process in the tree, by pid: name and KiB. */
export async function treeRss(root: number): Promise<Map<number, { name: string; kib: number }>> {
  const found = new Map<number, { name: string; kib: number }>();
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    found.set(pid, { name: /Name:\s+(\S+)/.exec(status)?.[1] ?? '?', kib: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) });
    const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
    for (const task of tasks) {
      const children = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
      pending.push(...children.split(' ').filter(Boolean).map(Number));
    }
  }
  return found;
}

export interface TreePeak {
  /** Peak of the summed RSS, KiB. */
  peakKiB: number;
  /** The processes above 10 MiB at that peak, with their MiB. */
  atPeak: string;
}

/** Samples the child's process tree every `everyMs` until it exits; resolves with the peak. */
export async function sampleTreePeak(child: ChildProcess, everyMs = 20): Promise<TreePeak> {
  let running = true;
  child.once('close', () => (running = false));
  const peak: TreePeak = { peakKiB: 0, atPeak: '' };
  while (running && child.pid !== undefined) {
    const tree = await treeRss(child.pid);
    const total = [...tree.values()].reduce((sum, p) => sum + p.kib, 0);
    if (total > peak.peakKiB) {
      peak.peakKiB = total;
      peak.atPeak = [...tree.values()].filter((p) => p.kib > 10_240).map((p) => `${p.name} ${Math.round(p.kib / 1024)}`).join(', ');
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return peak;
}
