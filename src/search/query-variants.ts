/**
 * The queries to send to Pagefind for what a tourist typed.
 *
 * Pagefind 1.6 folds accents (ồ → o, so "dong" finds "dòng"), but đ is a letter of its own, not a
 * d with an accent, and Pagefind keeps it: "dong van" does not find "Đồng Văn" (checked in
 * tests/unit/search-index.test.ts). Tourists type d for đ, so every word that starts with d and a
 * vowel is also searched with đ and the results are merged. In every language: English pages name
 * Đồng Văn too, and a tourist types "dong van" there as well (issue 16). Only the first letter, and
 * only before a vowel: đ only ever begins a Vietnamese syllable, and one never goes on with a
 * consonant, so "and", "trade" or "dragon" never multiply the searches.
 */

/** A word that may be a Vietnamese syllable written with d for đ (checked without its accents). */
const D_FOR_DJ = /^d[aăâeêioôơuưy]/i;

/** More variants than this (three words starting with d) are not worth the wait: the rest stay plain. */
export const MAX_VARIANTS = 8;

/** The query itself first, then its variants; whitespace collapsed, nothing else changed. */
export function queryVariants(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let variants: string[][] = [words];
  words.forEach((word, index) => {
    if (!D_FOR_DJ.test(word.normalize('NFD')) || variants.length * 2 > MAX_VARIANTS) return;
    variants = variants.flatMap((variant) => [variant, variant.map((w, i) => (i === index ? 'đ' + w.slice(1) : w))]);
  });
  return variants.map((variant) => variant.join(' '));
}
