/**
 * The pipeline's front door: one scene's photo and initial view in, every web derivative out
 * (cached), or a PanoramaInputError that names the photo and says what to do.
 */
import { readFile } from 'node:fs/promises';
import { resolveContentFile } from './content-file.ts';
import { join } from 'node:path';
import { checkFullSphereRatio, checkResolution, inspectPhoto } from './inspect-photo.ts';
import { type Coverage, coverageFromDescription, type PartialDescription, readGPano } from './coverage.ts';
import { decodeSphere, derivePhoto, photoHash, POSTER_SOURCE_WIDTH, type PhotoDerivatives } from './derive-photo.ts';
import { resizeRaw } from './tiles.ts';
import { posterPlaceholder, renderPosters, type Posters, type PosterView } from './poster.ts';
import type { RawImage } from './reproject.ts';
import { knownPhoto, rememberPhoto } from './known-photos.ts';

export interface PanoramaRequest {
  /** The photo's path relative to the project root; also how messages name it. */
  photo: string;
  /** A partial panorama described by the editor (wins over the photo's GPano data). */
  partial?: PartialDescription;
  view: PosterView;
}

export interface PreparedPanorama extends PhotoDerivatives {
  posters: Posters;
}

export interface PipelineContext {
  root: string;
  cacheDir: string;
  /** Folders whose files may be published (the content folders); the project root when not given. */
  contentDirs?: readonly string[];
}

/** The sphere for rendering posters when the derivatives came from the cache (a new view, say). */
async function posterSphere(source: Buffer, coverage: Coverage | undefined, sphereWidth: number): Promise<RawImage> {
  // Decoded straight at the posters' width: a 16384-px photo is shrunk as it is read.
  const width = sphereWidth > POSTER_SOURCE_WIDTH ? POSTER_SOURCE_WIDTH : undefined;
  const sphere = await decodeSphere(source, coverage, width);
  return sphere.width > POSTER_SOURCE_WIDTH ? resizeRaw(sphere, POSTER_SOURCE_WIDTH) : sphere;
}

export async function preparePanorama(request: PanoramaRequest, { root, cacheDir, contentDirs = [root] }: PipelineContext): Promise<PreparedPanorama> {
  const label = request.photo;
  const path = await resolveContentFile(join(root, request.photo), label, 'photo', contentDirs);
  // An unchanged photo is known from last time: neither its header nor its bytes are read (known-photos.ts).
  const { stamp, known } = await knownPhoto(cacheDir, path);
  let bytes: Promise<Buffer> | undefined;
  const source = () => (bytes ??= readFile(path));
  const info = known?.info ?? (await inspectPhoto(path, label));
  const gpano = known?.gpano ?? (await readGPano(await source(), info.width, info.height));
  let coverage: Coverage | undefined;
  if (request.partial) coverage = coverageFromDescription(request.partial, info.width, info.height);
  else if (gpano.coverage) coverage = gpano.coverage;
  else checkFullSphereRatio(info, label);
  const sphereWidth = coverage?.fullWidth ?? info.width;
  checkResolution(sphereWidth, info, label);
  const coverageKey = JSON.stringify(coverage ?? null);
  const hash = known?.hashes[coverageKey] ?? photoHash(await source(), coverage);

  // Fresh photo: the posters are rendered from the decoded sphere while the tiles are encoded.
  const alongside = (sphere: RawImage, dir: string) => renderPosters(request.view, dir, async () => sphere);
  const derived = await derivePhoto(hash, source, label, sphereWidth, coverage, gpano.poseHeading, cacheDir, alongside);
  const dir = join(cacheDir, derived.derivatives.hash);
  const files = derived.alongside ?? (await renderPosters(request.view, dir, async () => posterSphere(await source(), coverage, sphereWidth)));
  if (stamp && !known?.hashes[coverageKey]) await rememberPhoto(cacheDir, path, stamp, { info, gpano, hashes: { ...known?.hashes, [coverageKey]: hash } });
  return { ...derived.derivatives, posters: { ...files, placeholder: await posterPlaceholder(request.view, dir) } };
}
