/**
 * Small helpers the three parsers share: plain text out of the HTML some tools allow in hotspot texts, a
 * title for a text that has none, and reading numbers that may be missing or written as strings.
 */

/** `<b>Chợ</b> phiên&nbsp;Đồng Văn<br>…` → plain text; `changed` says whether markup was dropped. */
export function plainText(html: string): { text: string; changed: boolean } {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, changed: text !== html.trim() };
}

/** The first sentence or the first ~60 characters of a text, to title a hotspot that has only a text. */
export function titleFromText(text: string): string {
  const first = text.split(/(?<=[.!?])\s|\n/)[0]!.trim();
  if (first.length <= 60) return first.replace(/[.!?]$/, '');
  const cut = first.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : 60)}…`;
}

/** A finite number from a number or a numeric string, else undefined. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A non-empty trimmed string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** True for an address on the web rather than a file beside the tour. */
export const isWebAddress = (url: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith('//');
