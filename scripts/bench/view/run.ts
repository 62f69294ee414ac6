/**
 * `npm run bench:view` — first-view benchmark: how fast each contender paints a poster, shows the panorama and
 * gets the visible view sharp, and how many bytes that costs. Prints a Markdown table.
 *
 *   node scripts/bench/view/run.ts [--runs 3] [--photo PATH] [--write] [--shots]
 *                                  [--contender "Name=URL"]… [--timeout 30000] [--network fast|slow]…
 *
 * --write    replaces the "## First view (bench:view)" section of BENCHMARKS.md (creates the file if needed).
 * --shots    also screenshots every peer at several directions next to the expected view (orientation check).
 * --contender adds a page that is already being served somewhere (repeatable).
 * --network  which links to measure on (default both, each its own table): fast = localhost as it is,
 *            slow = the tourists' mobile link, 1.6 Mbit/s and 150 ms round trip (network.ts).
 *
 * Programmatic use (how our own site joins): `runBenchView({ extraContenders: [source] })` where a source gets
 * a BenchContext and returns Contender(s) — typically `ctx.serve(dir)` to put a built site on a static server.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPeers, REPO_ROOT, resolvePhoto, WORK_ROOT, type PeerBuild } from './peers.ts';
import { launchBrowser, measureOnce, PROBE_DEFAULTS, summarise, type Contender, type RunResult } from './measure.ts';
import { formatRuns, formatSection, formatTable, writeSection } from './report.ts';
import { loadRaw } from './cube-tiles.ts';
import { referenceGrid } from './reference.ts';
import { INITIAL_VFOV } from './pages.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';
import { takeShots } from './shots.ts';
import type { BenchContext, ContenderSource } from './contender-source.ts';

export type { BenchContext, ContenderSource } from './contender-source.ts';
import { NETWORK_LABELS, type NetworkProfileName } from './network.ts';

export type { Contender } from './measure.ts';



export interface BenchOptions {
  runs?: number;
  photo?: string | undefined;
  write?: boolean;
  shots?: boolean;
  timeoutMs?: number | undefined;
  extraContenders?: ContenderSource[];
  log?: (line: string) => void;
  /** Network profiles to measure, each a table of its own (network.ts). @default ['fast', 'slow'] */
  networks?: NetworkProfileName[];
}

export async function runBenchView(options: BenchOptions = {}) {
  const log = options.log ?? console.log;
  const runs = options.runs ?? 3;
  const photo = await resolvePhoto(options.photo);
  const peers = await buildPeers(photo, log);
  const servers: StaticServer[] = [];
  const serve = async (dir: string) => {
    const server = await serveStatic(dir, { bench: true });
    servers.push(server);
    return server.url;
  };
  const browser = await launchBrowser();
  try {
    const origin = await serve(WORK_ROOT);
    const contenders: Contender[] = peers.pages.map((p) => ({ name: p.name, url: `${origin}/${p.path}`, showsReferenceView: p.showsReferenceView }));
    const ctx: BenchContext = { photo, peers, serve };
    for (const source of options.extraContenders ?? []) contenders.push(...[await source(ctx)].flat());

    const photoRaw = await loadRaw(photo);
    const reference = referenceGrid(photoRaw, { yaw: 0, pitch: 0, vFov: INITIAL_VFOV }, PROBE_DEFAULTS.cols, PROBE_DEFAULTS.rows);

    if (options.shots) {
      const dir = join(peers.dir, 'shots');
      log(`Screenshots → ${dir}`);
      log(await takeShots(browser, contenders, photoRaw, dir));
    }

    const byNetwork: { network: NetworkProfileName; summaries: ReturnType<typeof summarise>[] }[] = [];
    for (const network of options.networks ?? (['fast', 'slow'] as const)) {
      // Runs are interleaved (A B C, A B C, …) so that any drift of the machine hits every contender alike.
      const results = new Map<Contender, RunResult[]>(contenders.map((c) => [c, []]));
      for (let run = 1; run <= runs; run++) {
        for (const contender of contenders) {
          const screenshotPath = run === 1 && network === 'fast' ? join(peers.dir, `sharp-${contenders.indexOf(contender) + 1}.png`) : undefined;
          const timeoutMs = network === 'slow' ? Math.max(options.timeoutMs ?? 30_000, 60_000) : options.timeoutMs;
          const result = await measureOnce(browser, contender, { reference, timeoutMs, screenshotPath, network });
          results.get(contender)!.push(result);
          log(`  ${network} run ${run}/${runs} ${contender.name}: first frame ${result.firstFrameMs?.toFixed(0) ?? '—'} ms, sharp ${result.sharpMs?.toFixed(0) ?? '—'} ms`);
        }
      }
      const summaries = contenders.map((c) => summarise(c, results.get(c)!));
      log('');
      log(`${NETWORK_LABELS[network]}:`);
      log(formatRuns(summaries));
      log('');
      log(formatTable(summaries));
      byNetwork.push({ network, summaries });
    }
    const summaries = byNetwork[0]!.summaries;

    if (options.write) {
      const meta = await import('sharp').then((m) => m.default(photo).metadata());
      const section = formatSection(byNetwork, {
        date: new Date().toISOString().slice(0, 10),
        photo: photo.startsWith(REPO_ROOT) ? photo.slice(REPO_ROOT.length) : photo.replace(/^.*\/shared\//, '../shared/'),
        photoSize: `${meta.width}×${meta.height}`,
        browser: browser.version(),
        runs,
      });
      await writeSection(join(REPO_ROOT, 'BENCHMARKS.md'), section);
      log(`\nWrote "First view (bench:view)" to BENCHMARKS.md`);
    }
    return summaries;
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

function parseCli(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      photo: { type: 'string' },
      write: { type: 'boolean', default: false },
      shots: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '30000' },
      contender: { type: 'string', multiple: true, default: [] },
      network: { type: 'string', multiple: true, default: ['fast', 'slow'] },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: expected a whole number ≥ 1`);
  const extraContenders: ContenderSource[] = values.contender.map((spec) => {
    const at = spec.indexOf('=');
    if (at < 1) throw new Error(`--contender "${spec}": expected "Name=URL"`);
    return () => ({ name: spec.slice(0, at), url: spec.slice(at + 1) });
  });
  const networks = values.network as NetworkProfileName[];
  for (const n of networks) if (n !== 'fast' && n !== 'slow') throw new Error(`--network ${n}: expected fast or slow`);
  return { runs, photo: values.photo, write: values.write, shots: values.shots, timeoutMs: Number(values.timeout), extraContenders, networks };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseCli(process.argv.filter((a) => a !== '--no-ours').slice(2));
  // Our own site is measured too, unless asked not to (e.g. to look at the peers alone).
  if (!process.argv.includes('--no-ours')) options.extraContenders?.unshift((await import('./ours.ts')).ourSite);
  runBenchView(options).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
