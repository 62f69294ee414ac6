/**
 * A photo the pipeline cannot use. The message is written for the editor who put it there:
 * what is wrong with which file, and what to do about it.
 */
export class PanoramaInputError extends Error {
  override name = 'PanoramaInputError';
  /** Path of the photo relative to the project, as the editor sees it. */
  readonly file: string;
  /** What is wrong, in one sentence. */
  readonly problem: string;
  /** How to fix it. */
  readonly hint: string;

  constructor(file: string, problem: string, hint: string) {
    super(`${file}: ${problem} ${hint}`);
    this.file = file;
    this.problem = problem;
    this.hint = hint;
  }
}
