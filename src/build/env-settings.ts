/**
 * The build's settings that come from environment variables (issue 20), read in one place so a
 * typo stops the build with a sentence naming the variable, what it holds and how to fix it,
 * instead of being silently ignored on a CI machine nobody watches.
 */
import { resolve } from 'node:path';

/** A bad environment variable: the message names it, says what it holds and how to write it. */
export class BuildSettingError extends Error {
  override name = 'BuildSettingError';
  /** The variable's name, e.g. `HG360_SHARD`. */
  readonly variable: string;

  constructor(variable: string, value: string, fix: string) {
    super(`${variable}=${JSON.stringify(value)} cannot be used: ${fix}`);
    this.variable = variable;
  }
}

/** `HG360_JOBS`: how many photos are prepared at once; undefined when not set. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new BuildSettingError('HG360_JOBS', value, 'write a whole number of photos to prepare at once, 1 or more (e.g. HG360_JOBS=4), or leave it unset to use every core.');
  }
  return jobs;
}

/** One CI machine's part of the derivative work: shard `index` of `count`, counted from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** `HG360_SHARD=2/4`: this machine derives the second quarter of the photos; undefined when not set. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    const why = match && index > count ? `there is no shard ${index} of ${count}` : 'it must be "<this machine>/<machines>"';
    throw new BuildSettingError('HG360_SHARD', value, `${why}. Write it as HG360_SHARD=2/4 (the second of four machines; shards count from 1 up to the number of machines), or leave it unset to derive every photo.`);
  }
  return { index, count };
}

/**
 * The derivative cache: `HG360_PANORAMA_CACHE` (relative to the project, or absolute) or
 * `node_modules/.cache/hg360/panoramas`. One folder per content hash, so CI machines can share it
 * (docs/scaling.md) and a benchmark can start cold without touching the site's own cache.
 */
export function panoramaCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.HG360_PANORAMA_CACHE || 'node_modules/.cache/hg360/panoramas');
}
