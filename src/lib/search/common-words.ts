/**
 * The shelf's common words: those in so many records that searching them costs much and tells
 * little ("luật", "điều", "biên", "giới" in a library of border law). On a large shelf the search
 * leaves them out of a query that has rarer words, so a query's cost follows its rare words, not
 * the size of the shelf. On today's shelf (a few hundred records) every word is searched: there
 * the common words cost little, and they still help the ranking (words side by side, marks in
 * the excerpt). Counted at build time over the records' text, folded as queries are.
 */
import { fold, words } from './fold.ts';

/** A word in more than this share of the records is common. */
export const COMMON_SHARE = 0.3;

/** Below this many records no word is left out. */
export const LARGE_SHELF = 2000;

/** The index file (beside Pagefind's) that lists them for the search page. */
export const COMMON_WORDS_FILE = 'common-words.json';

/** Folded words found in more than `share` of the texts, in alphabetical order; none for a small shelf. */
export function commonWords(texts: readonly string[], { share = COMMON_SHARE, minTexts = LARGE_SHELF } = {}): string[] {
  if (texts.length < minTexts) return [];
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(words(fold(text)))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > share * texts.length).map(([w]) => w).sort();
}

/**
 * The words of a query worth searching: its uncommon ones, or all of them if it has no other.
 * Pagefind matches a word as the start of longer ones, so a word that begins a common word ("bi",
 * the start of "biên") finds at least as many records, and counts as common too.
 */
export function searchedWords(query: readonly string[], common: ReadonlySet<string>): string[] {
  const isCommon = (word: string) => {
    const folded = fold(word);
    return [...common].some((c) => c.startsWith(folded));
  };
  const rare = query.filter((w) => !isCommon(w));
  return rare.length > 0 ? rare : [...query];
}
