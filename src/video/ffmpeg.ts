/**
 * FFmpeg from `@ffmpeg-installer/ffmpeg`, which ships its binary inside the npm package, so
 * `npm ci` is all a fresh machine needs (packages that download a binary at install time cannot
 * work here; see DESIGN.md). Everything the video pipeline asks FFmpeg goes through `runFfmpeg`.
 */
import { spawn } from 'node:child_process';
import { chmod, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

let binary: Promise<string> | undefined;

/** The binary's path. npm 11 skips the package's `chmod u+x` install script unless allowed: do it here. */
export function ffmpegPath(): Promise<string> {
  binary ??= (async () => {
    const { path } = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string };
    await chmod(path, 0o755).catch(() => undefined);
    return path;
  })();
  return binary;
}

export interface FfmpegRun {
  code: number;
  stderr: string;
  /** Peak resident memory of the FFmpeg process in bytes, when the system reports it. */
  peakRss?: number;
}

/** Runs FFmpeg with `args` (no shell); resolves with its exit code and log whatever the code. */
export async function runFfmpeg(args: readonly string[], options: { input?: Buffer } = {}): Promise<FfmpegRun> {
  const path = await ffmpegPath();
  return new Promise((resolve, reject) => {
    const child = spawn(path, ['-hide_banner', '-nostdin', ...args], { stdio: [options.input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      // FFmpeg's log can be long; the start (streams) and the end (errors) are what matter.
      stderr = (stderr + chunk).length > 200_000 ? stderr.slice(0, 100_000) + chunk : stderr + chunk;
    });
    // Peak memory, read from /proc while FFmpeg runs (VmHWM is the process's high-water mark).
    let peakRss: number | undefined;
    const poll = setInterval(() => {
      void readFile(`/proc/${child.pid}/status`, 'utf8').then(
        (status) => {
          const kb = /VmHWM:\s+(\d+) kB/.exec(status);
          if (kb) peakRss = Math.max(peakRss ?? 0, Number(kb[1]) * 1024);
        },
        () => undefined,
      );
    }, 100);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    if (options.input) child.stdin!.end(options.input);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code: code ?? 1, stderr, ...(peakRss === undefined ? {} : { peakRss }) });
    });
  });
}
