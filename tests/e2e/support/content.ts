/** Reads a scene's frontmatter straight from content/, so tests check the site against its source. */
import { readFileSync } from 'node:fs';
import { parseFrontmatterYaml, splitFrontmatter } from '../../../src/collections/frontmatter.ts';

export interface SceneSource {
  file: string;
  photoPath: string;
  title: string;
  view: { yaw: number; pitch: number; zoom: number };
  links: { to: string; yaw: number; pitch?: number }[];
  hotspots: { id: string; title: string; text: string; yaw?: number; pitch?: number; area?: [number, number][] }[];
  body: string;
}

export function readScene(tour: string, scene: string): SceneSource {
  const file = `content/tours/${tour}/${scene}.mdx`;
  const split = splitFrontmatter(readFileSync(file, 'utf8'))!;
  const data = parseFrontmatterYaml(split.yaml) as Record<string, any>;
  const body = split.body;
  return {
    file,
    photoPath: `content/tours/${tour}/${(data.photo ?? data.video).replace(/^\.\//, '')}`,
    title: data.title,
    view: { yaw: 0, pitch: 0, zoom: 50, ...data.view },
    links: data.links ?? [],
    hotspots: data.hotspots ?? [],
    body: body.trim(),
  };
}
