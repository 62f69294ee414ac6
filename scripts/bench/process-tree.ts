/**
 * Peak memory of a process and everything it starts (Pagefind's indexer, esbuild's service, FFmpeg
 * are child processes): every descendant's VmRSS summed, sampled from /proc. Shared by the
 * pipeline's site build and the scale benchmark. Besides the peak of the sum it keeps each
 * process's own peak, named by its command, so a table can say which process it was.
 *
 * A child caught between fork and exec still shows its parent's name (and its command line, or none
 * yet), and its VmRSS counts the parent's pages a second time (they are shared until exec replaces
 * them): such a child is left out of the sum. Issue 20: a 600-scene `astro build` of ~1.25 GiB
 * starting Pagefind or esbuild was once summed to 1.9 GiB with "a second node process of ~650 MiB".
 */
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface TreeProcess {
  name: string;
  kib: number;
  /** The parent's pid (undefined for the root). */
  parent?: number;
  /** The raw command line (NUL-separated), '' when unreadable. */
  cmdline: string;
}

/** RSS of each process in the tree, by pid: name, KiB, parent and command line. */
export async function treeRss(root: number): Promise<Map<number, TreeProcess>> {
  const found = new Map<number, TreeProcess>();
  const pending: [number, number | undefined][] = [[root, undefined]];
  while (pending.length > 0) {
    const [pid, parent] = pending.pop()!;
    const [status, cmdline] = await Promise.all([readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''), readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')]);
    found.set(pid, { name: /Name:\s+(\S+)/.exec(status)?.[1] ?? '?', kib: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), parent, cmdline });
    const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
    for (const task of tasks) {
      const children = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
      pending.push(...children.split(' ').filter(Boolean).map((child) => [Number(child), pid] as [number, number]));
    }
  }
  return found;
}

/**
 * True for a child that has not exec'd yet, its pages still the parent's: the parent's name and either
 * the parent's command line or none readable yet (while the kernel copies its page tables).
 */
export function notYetExeced(process: TreeProcess, tree: Map<number, TreeProcess>): boolean {
  const parent = process.parent === undefined ? undefined : tree.get(process.parent);
  return parent !== undefined && process.name === parent.name && (process.cmdline === '' || process.cmdline === parent.cmdline);
}

/**
 * A short name for a process from its command line: the program and, for Node, the script it runs
 * and its first argument (`node astro.mjs build`, `node derive-panoramas.ts`, `pagefind_extended`, `ffmpeg`).
 */
export function commandLabel(argv: string[], name: string): string {
  if (argv.length === 0) return name;
  const program = basename(argv[0]!);
  if (!/^node\d*$/.test(program)) return program;
  const args = argv.slice(1).filter((a) => !a.startsWith('-'));
  return args.length === 0 ? 'node' : ['node', basename(args[0]!), ...args.slice(1, 2)].join(' ');
}

export interface ProcessPeak {
  /** commandLabel() of the process. */
  command: string;
  /** Its own highest RSS, MiB. */
  peakMiB: number;
}

export interface TreePeak {
  /** Peak of the summed RSS, KiB. */
  peakKiB: number;
  /** The processes above 10 MiB at that peak, with their MiB. */
  atPeak: string;
  /** Each command's own peak (several processes of one command: the highest), largest first, 10 MiB and up. */
  byProcess: ProcessPeak[];
}

/** Folds one sample of the tree into the peaks so far. */
export function addSample(peak: TreePeak, own: Map<string, number>, tree: Map<number, TreeProcess>): void {
  const counted = [...tree.values()]
    .filter((p) => !notYetExeced(p, tree))
    .map((p) => ({ command: commandLabel(p.cmdline.split('\0').filter(Boolean), p.name), kib: p.kib }));
  for (const p of counted) own.set(p.command, Math.max(own.get(p.command) ?? 0, p.kib));
  const total = counted.reduce((sum, p) => sum + p.kib, 0);
  if (total > peak.peakKiB) {
    peak.peakKiB = total;
    peak.atPeak = counted
      .filter((p) => p.kib > 10_240)
      .map((p) => `${p.command} ${Math.round(p.kib / 1024)}`)
      .join(', ');
  }
  peak.byProcess = [...own]
    .map(([command, kib]) => ({ command, peakMiB: Math.round(kib / 1024) }))
    .filter((p) => p.peakMiB >= 10)
    .sort((a, b) => b.peakMiB - a.peakMiB);
}

/** Samples the child's process tree every `everyMs` until it exits; resolves with the peak. */
export async function sampleTreePeak(child: ChildProcess, everyMs = 20): Promise<TreePeak> {
  let running = true;
  child.once('close', () => (running = false));
  const peak: TreePeak = { peakKiB: 0, atPeak: '', byProcess: [] };
  const own = new Map<string, number>();
  while (running && child.pid !== undefined) {
    addSample(peak, own, await treeRss(child.pid));
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return peak;
}
