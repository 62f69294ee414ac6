/**
 * /embed.js: the <hg-tour> element for partners (src/embed/hg-tour.ts). Its TypeScript is only
 * erasable syntax, so stripping the types (Node's own stripper) is the whole build: a few KiB,
 * one stable address partners can paste, no bundler entry to keep in step.
 */
import { stripTypeScriptTypes } from 'node:module';
import source from '../embed/hg-tour.ts?raw';

export function GET(): Response {
  const js = stripTypeScriptTypes(source, { mode: 'strip' }).replace(/^import type .*$/m, '');
  return new Response(js, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
