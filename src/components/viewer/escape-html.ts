/** PSV takes captions, tooltips and panel content as HTML strings: editor text goes in escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
