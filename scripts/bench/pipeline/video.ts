/**
 * The video section of `npm run bench:pipeline` (issue 18): a 360° source video made from a bench
 * photo (4 s, 3840×1920, 30 fps, with moving hues and film grain so the encoder has real work),
 * then `prepareVideo` from a cold cache: encode seconds per second of video for each rendition,
 * bytes, bit rate and FFmpeg's peak RSS; then the unchanged re-run (no encoding at all).
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg } from '../../../src/video/ffmpeg.ts';
import { prepareVideo, type EncodeReport } from '../../../src/video/prepare-video.ts';
import { VIDEO_SETTINGS } from '../../../src/video/settings.ts';

const SOURCE = { width: 3840, seconds: 4, fps: 30 } as const;

async function makeSource(photo: string, out: string): Promise<void> {
  const { width, seconds, fps } = SOURCE;
  const run = await runFfmpeg([
    // -frames:v, not -t: with a looped picture as input, FFmpeg 4.1 did not stop at -t.
    '-y', '-loop', '1', '-framerate', String(fps), '-i', photo, '-frames:v', String(seconds * fps),
    '-vf', `scale=${width}:${width / 2},hue=h=t*30,noise=alls=6:allf=t,format=yuv420p`,
    // A camera-like source: high bit rate H.264.
    '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', out,
  ]);
  if (run.code !== 0) throw new Error(run.stderr.slice(-1000));
}

const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);

export async function benchVideo(photo: string, photoName: string, work: string): Promise<string> {
  const dir = join(work, 'video');
  await mkdir(dir, { recursive: true });
  const source = join(dir, 'source.mp4');
  if (!existsSync(source)) await makeSource(photo, source);
  const cacheDir = join(dir, 'cache');
  await rm(cacheDir, { recursive: true, force: true });
  const reports: EncodeReport[] = [];
  const context = { root: dir, cacheDir };
  const request = { video: 'source.mp4', view: { yaw: 0, pitch: 0, zoom: 50 } };
  const cold = performance.now();
  const prepared = await prepareVideo(request, context, { onEncoded: (r) => (reports.push(r), console.log(`  ${r.width}×${r.height} in ${(r.encodeMs / 1000).toFixed(1)} s`)) });
  const coldMs = performance.now() - cold;
  const warm = performance.now();
  await prepareVideo(request, context, { onEncoded: (r) => reports.push(r) });
  const warmMs = performance.now() - warm;
  const load = loadavg()[0]!.toFixed(1);
  const rows = reports
    .slice(0, prepared.renditions.length)
    .map(
      (r) =>
        `| ${r.width}×${r.height} | ${(r.encodeMs / 1000).toFixed(1)} | ${(r.encodeMs / 1000 / r.seconds).toFixed(2)} | ${mib(r.bytes)} | ${((r.bytes * 8) / r.seconds / 1e6).toFixed(1)} | ${r.peakRss ? mib(r.peakRss) : '—'} |`,
    );
  const { crf, preset } = VIDEO_SETTINGS.h264;
  return `## Video pipeline (bench:pipeline)

\`npm run bench:pipeline\` — ${new Date().toISOString().slice(0, 10)}, on this 2-core machine. Source: ${photoName} made into a
${SOURCE.seconds}-second ${SOURCE.width}×${SOURCE.width / 2} ${SOURCE.fps} fps H.264 video with turning hues and moving film grain (so
every frame differs, like a real camera's). \`src/video/prepare-video.ts\` from a cold cache: H.264 (x264 \`${preset}\`, CRF ${crf},
\`+faststart\`) renditions one after the other, each a separate FFmpeg process (peak RSS of that process).
Load average at the end of the run: ${load} (the machine is shared; times grow with it).

| rendition | encode s | s per s of video | MiB | Mbit/s | FFmpeg peak RSS MiB |
|---|---:|---:|---:|---:|---:|
${rows.join('\n')}

Whole cold run (probe, first frame, thumbnails, posters, renditions): **${(coldMs / 1000).toFixed(1)} s**. Unchanged re-run (hash of
the source, cached files found, nothing encoded): **${warmMs.toFixed(0)} ms**.
`;
}
