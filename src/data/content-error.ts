import { AstroError } from 'astro/errors';

/** One thing wrong in the content, said the way Astro says content errors: file → field. */
export interface ContentProblem {
  /** File relative to the project, e.g. `content/tours/x/y.mdx`. */
  file: string;
  /** Field path in the frontmatter, e.g. `links[1].to`. */
  field: string;
  /** What is wrong, why, and how to fix it. */
  message: string;
}

/**
 * Stops the build with every problem found at once, not one per build. It is an AstroError (Astro's user error)
 * so Astro prints the message and hint for the editor instead of a stack trace.
 */
export class ContentError extends AstroError {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `The tour content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n'),
      'Fix the fields named above, save, and build again. Nothing was published.',
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
