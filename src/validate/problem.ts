/** One thing wrong in the content, said the way Astro says content errors: file → field. */
export interface ContentProblem {
  /** File as the editor sees it, relative to the project, e.g. `content/tours/x/y.mdx`. */
  file: string;
  /** Field path in the frontmatter, e.g. `links[1].to`, or `file name`. */
  field: string;
  /** What is wrong, why it matters, and how to fix it. */
  message: string;
}
