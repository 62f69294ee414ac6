/**
 * Splitting the derivative work of a very large site across CI machines (issue 20): with
 * `HG360_SHARD=<i>/<n>`, machine i derives only the photos whose content hash falls in shard i, into
 * the shared derivative cache; the machine that builds the site then finds every photo there.
 * By the photo's bytes, not its name or its place in a list: a new scene does not move every other
 * photo to another machine, and two scenes sharing a photo land on the same one.
 */
import { createHash } from 'node:crypto';
import type { Shard } from '../build/env-settings.ts';

/** The shard (1…count) a photo belongs to, from its bytes' SHA-256. */
export function shardOfBytes(bytes: Buffer, count: number): number {
  return shardOfHash(createHash('sha256').update(bytes).digest('hex'), count);
}

/** The shard (1…count) of a hex digest: its first 48 bits modulo the number of shards. */
export function shardOfHash(hex: string, count: number): number {
  return (Number.parseInt(hex.slice(0, 12), 16) % count) + 1;
}

export const inShard = (bytes: Buffer, shard: Shard | undefined) => !shard || shardOfBytes(bytes, shard.count) === shard.index;
