/**
 * Pagefind's excerpts, tidied for a result list: headings the result already shows are dropped, and
 * words the tourist typed are marked however they were typed. Excerpts are Pagefind's safe HTML
 * (text escaped, matches in `<mark>`); this only removes words and wraps plain words in `<mark>`.
 */

/** Without diacritics, đ as d, lower case: how a tourist without a Vietnamese keyboard types a word. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** A word of the excerpt without its `<mark>` and the punctuation around it, folded. */
const plain = (word: string) => foldWord(word.replace(/<\/?mark>/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
/** Where a heading may start: the excerpt's start, after "…" or "·", or after a sentence. */
const endsSentence = (word: string | undefined) => word === undefined || word === '…' || word === '·' || /[.!?:;)](<\/mark>)?$/.test(word);
/** Pagefind ends a heading that has no punctuation of its own with a full stop. */
const endsWithStop = (word: string) => /\.(<\/mark>)?$/.test(word);

/**
 * Drops the copies of the result's headings (its title, its hotspots' names) that Pagefind leaves in
 * an excerpt, which the result shows just above (issue 16: "Sông Lô Sông Lô bắt nguồn…",
 * "… Cú Flag Tower. The Lũng Cú flag tower…"). A copy is dropped when it opens the excerpt, when it
 * stands as a sentence of its own with the full stop Pagefind gives headings, when the same words
 * follow it at once, or when the excerpt opens mid-heading ("… Cú Flag Tower. The…"). Prose that
 * merely names the place stays.
 */
export function withoutHeadings(excerpt: string, headings: string[]): string {
  const words = excerpt.split(' ');
  const heads = [...new Set(headings)].map((heading) => heading.split(/\s+/).filter(Boolean).map(foldWord)).filter((head) => head.length > 0);
  const matches = (at: number, head: string[]) => head.every((word, i) => words[at + i] !== undefined && plain(words[at + i]!) === word);
  const kept: string[] = [];

  /** How many words from `at` are a heading's copy to drop; 0 for none. */
  const headingAt = (at: number): number => {
    for (const head of heads) {
      if (at === 0 && matches(0, head)) return head.length;
      if (at === 1 && words[0] === '…') {
        // The excerpt starts inside a heading: its last words (two or more), with the heading's full stop.
        for (let from = 1; from < head.length - 1; from++) {
          const tail = head.slice(from);
          if (matches(1, tail) && endsWithStop(words[tail.length]!)) return tail.length;
        }
      }
      if (!matches(at, head) || !endsSentence(kept.at(-1))) continue;
      if (endsWithStop(words[at + head.length - 1]!) || matches(at + head.length, head)) return head.length;
    }
    return 0;
  };

  let i = 0;
  while (i < words.length) {
    const skip = headingAt(i);
    // Never the excerpt's last words: a heading alone is better than nothing.
    if (skip > 0 && i + skip < words.length) i += skip;
    else kept.push(words[i++]!);
  }
  return kept.join(' ');
}

/**
 * Marks the words of the excerpt that are words of the query once both are folded. Pagefind marks
 * what its index matched, which depends on the language: on an English page "dong van" marked "Văn"
 * but not "Đồng", since đ is a letter of its own there (issue 16). Words already marked, and words
 * with an HTML entity, are left as they are.
 */
export function markQueryWords(excerpt: string, query: string): string {
  const wanted = new Set(query.split(/\s+/).map(foldWord).filter(Boolean));
  if (wanted.size === 0) return excerpt;
  return excerpt
    .split(' ')
    .map((word) => (/[<&]/.test(word) || !wanted.has(plain(word)) ? word : `<mark>${word}</mark>`))
    .join(' ');
}
