/**
 * The content checks (src/validate/) as an Astro integration.
 * - `astro build`: checked in `astro:config:setup`, before Astro syncs content, renders a page or
 *   touches `dist/`; a problem stops the build there, so the last published `dist/` stays as it was.
 * - `astro dev`: checked at start and after every save in the content folders. While there are
 *   problems, pages answer with Astro's error overlay listing them; the next good save reloads.
 * Warnings (a scene nobody can walk to) are printed once each, and never stop anything.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ErrorPayload, Plugin, ViteDevServer } from 'vite';
import { ContentError } from '../validate/content-error.ts';
import { ERROR_HINT, errorTitle, formatErrors, formatProblems, formatWarnings, forTerminal } from '../validate/format-report.ts';
import type { ContentProblem } from '../validate/problem.ts';
import { contentFolders, validateContent, type ContentReport } from '../validate/validate-content.ts';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

/** Prints each warning the first time it appears, not on every check. */
function warningPrinter(logger: AstroIntegrationLogger) {
  const printed = new Set<string>();
  return (warnings: readonly ContentProblem[]) => {
    const fresh = warnings.filter((w) => !printed.has(JSON.stringify(w)));
    for (const w of fresh) printed.add(JSON.stringify(w));
    if (fresh.length > 0) logger.warn(forTerminal(formatWarnings(fresh), color));
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Astro's overlay payload (the shape of its getViteErrorPayload): HTML message, no stack. */
function overlayPayload(errors: readonly ContentProblem[]): ErrorPayload {
  const html = (markdown: string) => escapeHtml(markdown).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/\n/g, '<br>');
  return {
    __isEnhancedAstroErrorPayload: true,
    type: 'error',
    err: { name: 'ContentError', title: errorTitle(errors.length), message: html(formatProblems(errors)), hint: html(ERROR_HINT), stack: '', plugin: 'hg360:content-checks' },
  } as ErrorPayload;
}

/** `astro dev`: keep the latest report, recheck on saves, and show problems instead of pages. */
function devPlugin(root: string, logger: AstroIntegrationLogger): Plugin {
  const folders = contentFolders(root);
  const printWarnings = warningPrinter(logger);
  let latest: ContentReport = { errors: [], warnings: [] };
  let shown = '';
  let running: Promise<void> | undefined;
  let again = false;

  async function check(server: ViteDevServer): Promise<void> {
    const before = latest.errors.length;
    latest = await validateContent(folders);
    printWarnings(latest.warnings);
    const text = formatErrors(latest.errors);
    if (latest.errors.length > 0 && text !== shown) {
      logger.error(`${forTerminal(text, color)}\n\n${ERROR_HINT}`);
      server.ws.send(overlayPayload(latest.errors));
    } else if (latest.errors.length === 0 && before > 0) {
      logger.info('content problems fixed; reloading the page.');
      server.ws.send({ type: 'full-reload' });
    }
    shown = latest.errors.length > 0 ? text : '';
  }

  /** One check at a time; saves during a check ask for one more afterwards. */
  function schedule(server: ViteDevServer): void {
    if (running) {
      again = true;
      return;
    }
    running = check(server)
      .catch((error: unknown) => logger.error(`content checks failed: ${(error as Error).message}`))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule(server);
        }
      });
  }

  return {
    name: 'hg360:content-checks',
    configureServer(server) {
      server.watcher.add([folders.toursDir, folders.articlesDir]);
      const inContent = (file: string) => file.startsWith(folders.toursDir) || file.startsWith(folders.articlesDir);
      server.watcher.on('all', (_event, file) => {
        if (inContent(file)) schedule(server);
      });
      schedule(server);
      // Registered before Astro's own middleware: pages wait for the running check, then show the overlay.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return next();
        void (running ?? Promise.resolve()).then(() => {
          if (latest.errors.length === 0) return next();
          const errors = latest.errors;
          res.on('close', () => setTimeout(() => server.ws.send(overlayPayload(errors)), 200));
          const body = `<!doctype html><title>${escapeHtml(errorTitle(errors.length))}</title><script type="module" src="/@vite/client"></script><pre>${escapeHtml(forTerminal(formatErrors(errors), false))}</pre>`;
          res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
          res.end(body);
        });
      });
    },
  };
}

export default function contentChecks(): AstroIntegration {
  return {
    name: 'hg360:content-checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [devPlugin(root, logger)] } });
          return;
        }
        if (command !== 'build') return;
        const report = await validateContent(contentFolders(root));
        warningPrinter(logger)(report.warnings);
        // Thrown before Astro has synced content or opened dist/: Astro prints it (no stack) and exits 1.
        if (report.errors.length > 0) throw new ContentError(report.errors);
        logger.info('content checked: no problems.');
      },
    },
  };
}
