/**
 * `astro build` as `npm run build` runs it, after `derive:panoramas`: Astro in a child process
 * with a heap limit and allocator settings that keep its peak memory down at hundreds of scenes
 * (src/build/astro-process.ts says which and why; issue 20). Arguments are passed on to Astro;
 * the exit code is Astro's.
 */
import { spawn } from 'node:child_process';
import { astroBuildProcess } from '../src/build/astro-process.ts';

const { args, env } = astroBuildProcess(process.cwd(), process.env, process.argv.slice(2));
const child = spawn(process.execPath, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
