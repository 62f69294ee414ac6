/** `astro dev` has no index of its own: it serves the last build's, so the search box works while editing. */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Connect } from 'vite';

export function serveLastIndex(bundle: string, logger: AstroIntegrationLogger): Connect.NextHandleFunction {
  let warned = false;
  return (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    if (path.includes('..')) return next();
    res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    createReadStream(join(bundle, path))
      .on('error', () => {
        if (!warned) logger.warn(`no search index in ${bundle}: run \`npm run build\` once to search in \`astro dev\``);
        warned = true;
        next();
      })
      .pipe(res);
  };
}
