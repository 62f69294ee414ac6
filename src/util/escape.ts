/**
 * Text made safe inside HTML or XML (SVG): PSV takes captions, tooltips and panel content as HTML
 * strings, and the drawn tour maps are SVG. Every character that could open markup or end an
 * attribute becomes a numeric reference, which HTML and XML read alike.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The same escaping, named for the SVG and XML it goes into. */
export const escapeXml = escapeHtml;
