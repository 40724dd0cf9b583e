/**
 * Which of a query's words are searched: on a large shelf, its common words (build/common-words.ts
 * says why and counts them) are left out when it has rarer ones.
 */
import { fold } from './fold.ts';
import type { CommonWords } from './index-files.ts';

/** Common words searched when a query has nothing else: its rarest ones. */
const COMMON_KEPT = 2;

/**
 * The words of a query worth searching: its uncommon ones, or if it has none, its two rarest.
 * Pagefind matches a word as the start of longer ones, so a word that begins a common word ("bi",
 * the start of "biên") finds at least as many records, and counts as common too.
 */
export function searchedWords(query: readonly string[], common: CommonWords): string[] {
  const entries = Object.entries(common);
  const count = (word: string) => {
    const folded = fold(word);
    return Math.max(0, ...entries.filter(([c]) => c.startsWith(folded)).map(([, n]) => n));
  };
  const rare = query.filter((w) => count(w) === 0);
  if (rare.length > 0) return rare;
  const rarest = new Set([...query].sort((a, b) => count(a) - count(b)).slice(0, COMMON_KEPT));
  return query.filter((w) => rarest.has(w));
}
