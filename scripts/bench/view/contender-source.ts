/** What a contender of bench:view is given and returns (its own module, so contenders and run.ts need not import each other). */
import type { PeerBuild } from './peers.ts';
import type { Contender } from './measure.ts';

export interface BenchContext {
  /** Absolute path of the benchmark photo; a contender should show this photo. */
  photo: string;
  /** The peers' build (work directory, pages). */
  peers: PeerBuild;
  /** Serves a directory on 127.0.0.1 for the duration of the benchmark; resolves to its origin (no trailing /). */
  serve(dir: string): Promise<string>;
}

/** Adds contender(s) to the benchmark, e.g. `async (ctx) => ({ name: 'Ours', url: `${await ctx.serve(dist)}/scene/` })`. */
export type ContenderSource = (ctx: BenchContext) => Contender | Contender[] | Promise<Contender | Contender[]>;
