/**
 * `npm run check`'s first step: the content checks on their own, without starting Astro. Prints
 * every problem at once and exits 1 when there is one (never a stack trace: an editor reads this).
 */
import { ERROR_HINT, formatErrors, formatWarnings, forTerminal } from '../src/validate/format-report.ts';
import { contentFolders, validateContent } from '../src/validate/validate-content.ts';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const report = await validateContent(contentFolders(process.cwd()));
if (report.warnings.length > 0) console.warn(forTerminal(formatWarnings(report.warnings), color) + '\n');
if (report.errors.length > 0) {
  console.error(forTerminal(formatErrors(report.errors), color) + `\n\n${ERROR_HINT}`);
  process.exitCode = 1;
} else {
  console.info('Content checked: no problems.');
}
