/**
 * How content problems read, in Astro's style for content errors: the file in bold, then one
 * `**field**: message` line per problem. The same text goes to the terminal (bold or plain), to
 * Astro's error overlay in `astro dev` (which renders the bold), and into the tests' snapshots.
 */
import type { ContentProblem } from './problem.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Problems grouped by file, in the order given. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = new Map<string, ContentProblem[]>();
  for (const problem of problems) files.set(problem.file, [...(files.get(problem.file) ?? []), problem]);
  return [...files]
    .map(([file, list]) => [`**${file}**`, ...list.map((p) => `  **${p.field}**: ${p.message}`)].join('\n'))
    .join('\n\n');
}

/** The title line of an error report. */
export function errorTitle(count: number): string {
  return `The content has ${plural(count, 'problem')}.`;
}

export const ERROR_HINT = 'Fix the fields named above and save: every problem is listed at once. Nothing was built, and the last published site is unchanged.';

/** The whole report for the terminal and the overlay (markdown bold). */
export function formatErrors(errors: readonly ContentProblem[]): string {
  return `${errorTitle(errors.length)}\n\n${formatProblems(errors)}`;
}

export function formatWarnings(warnings: readonly ContentProblem[]): string {
  return `The content has ${plural(warnings.length, 'warning')} (the site is still built):\n\n${formatProblems(warnings)}`;
}

/** `**bold**` → ANSI bold for a colour terminal, or plain text (logs, CI, snapshots). */
export function forTerminal(markdown: string, color: boolean): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, color ? '\u001b[1m$1\u001b[22m' : '$1');
}
