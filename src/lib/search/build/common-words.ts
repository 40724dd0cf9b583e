/**
 * The shelf's common words: those in so many records that searching them costs much and tells
 * little ("luật", "điều", "biên", "giới" in a library of border law). On a large shelf the search
 * leaves them out of a query that has rarer words, so a query's cost follows its rare words, not
 * the size of the shelf. On today's shelf (a few hundred records) every word is searched: there
 * the common words cost little, and they still help the ranking (words side by side, marks in
 * the excerpt). Counted at build time over the records' text, folded as queries are.
 */
import { fold, words } from '../query/fold.ts';
import type { CommonWords } from '../query/index-files.ts';

/** A word in more than this share of the records is common. */
export const COMMON_SHARE = 0.3;

/** Below this many records no word is left out. */
export const LARGE_SHELF = 2000;

/** Folded words found in more than `share` of the texts, with their counts; none for a small shelf. */
export function commonWords(texts: readonly string[], { share = COMMON_SHARE, minTexts = LARGE_SHELF } = {}): CommonWords {
  if (texts.length < minTexts) return {};
  const counts = textCounts(texts, (word) => [fold(word)]);
  return Object.fromEntries([...counts].filter(([, n]) => n > share * texts.length).sort(([a], [b]) => a.localeCompare(b)));
}

/** How many of the texts hold each of the forms that `formsOf` gives of their words. */
export function textCounts(texts: readonly string[], formsOf: (word: string) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const forms = new Set(words(text.normalize('NFC')).flatMap((word) => [...formsOf(word)]));
    for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
}
