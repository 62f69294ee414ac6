import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseJobs, parseShard } from '../../src/build/env-settings.ts';
import { inShard, shardOfBytes } from '../../src/panorama/shard.ts';

describe('HG360_SHARD: derivative work split across CI machines', () => {
  const photos = Array.from({ length: 400 }, () => randomBytes(64));

  it('puts every photo in exactly one shard, and every shard gets some', () => {
    for (const count of [1, 2, 3, 4, 7]) {
      const sizes = new Array<number>(count).fill(0);
      for (const photo of photos) {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(photo, { index, count }));
        expect(owners).toEqual([shardOfBytes(photo, count)]);
        sizes[owners[0]! - 1]!++;
      }
      // Even enough that no machine waits for another twice as long.
      for (const size of sizes) expect(size).toBeGreaterThan((photos.length / count) * 0.6);
    }
  });

  it('keeps a photo on its machine when other photos come and go', () => {
    const photo = photos[0]!;
    expect(shardOfBytes(Buffer.from(photo), 4)).toBe(shardOfBytes(photo, 4));
  });

  it('derives everything when HG360_SHARD is not set', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
    expect(inShard(photos[0]!, undefined)).toBe(true);
  });

  it('reads "2/4" as the second of four machines', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it('refuses a shard that does not exist, naming the variable and the fix', () => {
    expect(() => parseShard('5/4')).toThrowErrorMatchingInlineSnapshot(`[BuildSettingError: HG360_SHARD="5/4" cannot be used: there is no shard 5 of 4. Write it as HG360_SHARD=2/4 (the second of four machines; shards count from 1 up to the number of machines), or leave it unset to derive every photo.]`);
    expect(() => parseShard('0/4')).toThrow(/HG360_SHARD="0\/4" cannot be used: .*HG360_SHARD=2\/4/);
    expect(() => parseShard('abc')).toThrowErrorMatchingInlineSnapshot(`[BuildSettingError: HG360_SHARD="abc" cannot be used: it must be "<this machine>/<machines>". Write it as HG360_SHARD=2/4 (the second of four machines; shards count from 1 up to the number of machines), or leave it unset to derive every photo.]`);
    expect(() => parseShard('2/0')).toThrow(/HG360_SHARD/);
  });
});

describe('HG360_JOBS: photos prepared at once', () => {
  it('is every core unless set', () => {
    expect(parseJobs(undefined)).toBeUndefined();
    expect(parseJobs('3')).toBe(3);
  });

  it('refuses what is not a whole number of jobs', () => {
    expect(() => parseJobs('0')).toThrowErrorMatchingInlineSnapshot(`[BuildSettingError: HG360_JOBS="0" cannot be used: write a whole number of photos to prepare at once, 1 or more (e.g. HG360_JOBS=4), or leave it unset to use every core.]`);
    expect(() => parseJobs('two')).toThrow(/HG360_JOBS="two" cannot be used/);
    expect(() => parseJobs('1.5')).toThrow(/HG360_JOBS/);
  });
});
