/**
 * What the shelf's common words (build/common-words.ts counts them) change in a query: the page a
 * hit opens does not mark the commonest of them, and on a large shelf they are not searched when
 * the query has rarer words. On a small shelf every word is searched: there the common words cost little, and
 * they still help the ranking (words side by side, marks in the excerpt).
 */
import { fold, hasMarks } from './fold.ts';
import type { CommonWords } from './index-files.ts';

/** A word in more than this share of the records is common (and counted in the build's list). */
export const COMMON_SHARE = 0.3;

/**
 * A word in more than this share of the records is not marked on the page a hit opens: "của",
 * "có", "điều", "biên", "giới" are in most articles, and marked everywhere they would hide the
 * words that matter. Words of 30-50% ("biển", "dân", "khu vực") still mark what a reader asked.
 */
export const UNMARKED_SHARE = 0.5;

/** Below this many records every word of a query is searched. */
export const LARGE_SHELF = 2000;

/** Common words searched when a query has nothing else: its rarest ones. */
const COMMON_KEPT = 2;

/**
 * The words of a query worth searching: all of them on a small shelf; on a large one its
 * uncommon ones, or if it has none, its two rarest. Pagefind matches a word as the start of
 * longer ones, so a word that begins a common word ("bi", the start of "biên") finds at least as
 * many records, and counts as common too.
 */
export function searchedWords(
  query: readonly string[],
  common: CommonWords,
  total: number,
): string[] {
  if (total < LARGE_SHELF) return [...query];
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

/**
 * The words of a query the page a hit opens marks: all but those in more than UNMARKED_SHARE of
 * the `total` records. A word typed with marks is judged as typed ("biển" is rarer than "bien",
 * which is also "biên").
 */
export function markedWords(
  query: readonly string[],
  common: CommonWords,
  total: number,
): string[] {
  const count = (word: string) =>
    common[hasMarks(word) ? word.toLowerCase().normalize('NFC') : fold(word)] ?? 0;
  return query.filter((word) => count(word) <= UNMARKED_SHARE * total);
}
