/**
 * The queries to send to Pagefind for what a tourist typed.
 *
 * Pagefind 1.6 folds accents (ồ → o, so "dong" finds "dòng"), but đ is a letter of its own, not a
 * d with an accent, and Pagefind keeps it: "dong van" does not find "Đồng Văn" (checked in
 * tests/unit/search-index.test.ts). Tourists type d for đ, so every word that starts with d is
 * also searched with đ and the results are merged. Only the first letter of a word: in Vietnamese,
 * đ and d only ever begin a syllable, so "and" or "trade" never multiply the searches.
 */

/** Per language: plain letter typed → the letter it may stand for. */
const PLAIN_FOR: Record<string, Record<string, string>> = {
  vi: { d: 'đ' },
};

/** More variants than this (three words starting with d) are not worth the wait: the rest stay plain. */
export const MAX_VARIANTS = 8;

/** The query itself first, then its variants; whitespace collapsed, nothing else changed. */
export function queryVariants(query: string, lang: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const letters = PLAIN_FOR[lang.split('-')[0]!.toLowerCase()] ?? {};
  let variants: string[][] = [words];
  words.forEach((word, index) => {
    const stands = letters[word[0]!.toLowerCase()];
    if (!stands || variants.length * 2 > MAX_VARIANTS) return;
    variants = variants.flatMap((variant) => [variant, variant.map((w, i) => (i === index ? stands + w.slice(1) : w))]);
  });
  return variants.map((variant) => variant.join(' '));
}
