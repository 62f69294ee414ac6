/** Saved pages of a phone-quality pack (issue 19). No DOM: unit-tested in Node. */

/** The saved copy of a page tells its viewer of no tile level finer than the pack holds. */
export function trimViewerLevels(html: string, maxWidth: number): string {
  const m = /(<hg-viewer[\s\S]*?<script type="application\/json"[^>]*>)([\s\S]*?)(<\/script>)/.exec(html);
  if (!m) return html;
  type Pano = { levels: { width: number }[] };
  const data = JSON.parse(m[2]!) as { scenes: { panorama: Pano; variants?: { panorama: Pano }[] }[] };
  const trim = (p: Pano) => (p.levels = p.levels.filter((l, i) => i === 0 || l.width <= maxWidth));
  for (const scene of data.scenes) {
    trim(scene.panorama);
    for (const v of scene.variants ?? []) trim(v.panorama);
  }
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return html.slice(0, m.index) + m[1] + json + m[3] + html.slice(m.index + m[0].length);
}
