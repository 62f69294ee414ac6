import { AstroError } from 'astro/errors';
import { ERROR_HINT, formatErrors } from './format-report.ts';

export type { ContentProblem } from './problem.ts';
import type { ContentProblem } from './problem.ts';

/**
 * Stops the build with every problem found at once, not one per build. It is an AstroError (Astro's user error)
 * so Astro prints the message and hint for the editor; the stack is dropped because it points into our code,
 * not at the editor's file, and Astro prints a trace only when there is one.
 */
export class ContentError extends AstroError {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatErrors(problems), ERROR_HINT);
    this.name = 'ContentError';
    this.problems = problems;
    this.stack = '';
  }
}
