/**
 * JSON safe to put inside a `<script>` data block (viewer config, map config, JSON-LD): no `</script>`
 * in an editor's text can close it early, and no line separator can break it.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
