/**
 * /embed.js: the <hg-tour> element for partners (src/embed/hg-tour.ts). Its TypeScript is only
 * erasable syntax, so stripping the types (Node's own stripper) is the whole build: a few KiB,
 * one stable address partners can paste, no bundler entry to keep in step.
 */
import { stripTypeScriptTypes } from 'node:module';
import source from '../embed/hg-tour.ts?raw';

/**
 * Node calls its stripper experimental and says so once, in the middle of a route line of the
 * build's log (issue 16): the warning is held back for this one call, every other one still shows.
 */
function stripTypes(code: string): string {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (!String(warning).includes('stripTypeScriptTypes')) (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return stripTypeScriptTypes(code, { mode: 'strip' });
  } finally {
    process.emitWarning = emitWarning;
  }
}

export function GET(): Response {
  const js = stripTypes(source).replace(/^import type .*$/m, '');
  return new Response(js, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
