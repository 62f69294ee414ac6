/**
 * The words for a photo or file the pipeline refused. getTours() words the pipeline's own errors
 * with this too, so an editor reads the same sentence from the validator and from the build.
 */
export function pipelineMessage(error: { problem: string; hint: string }, written: string): string {
  const demo = /\.illustration\.(jpg|mp4)$/.test(written) ? ' For the demo tours, run `npm run demo:panoramas`.' : '';
  return `${error.problem} (${written}) ${error.hint}${demo}`;
}
