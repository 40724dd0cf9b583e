/**
 * The shelf's common words: those in more than COMMON_SHARE of the records ("luật", "điều",
 * "biên", "giới", "của" in a library of border law), with their counts. They tell little: the
 * page a hit opens does not mark the commonest, and on a large shelf, where searching them also
 * costs much, the search leaves them out of a query that has rarer words (query/common-words.ts
 * decides both). Counted once, at
 * build time, over the records' text: each word folded as queries are ("bien" counts "biên" and
 * "biển"), and as written, lower case, for a reader who types the marks ("biển" is rarer).
 */
import { fold, words } from '../query/fold.ts';
import { COMMON_SHARE } from '../query/common-words.ts';
import type { CommonWords } from '../query/index-files.ts';

/** Words, folded and as written, found in more than `share` of the texts, with their counts. */
export function commonWords(texts: readonly string[], share = COMMON_SHARE): CommonWords {
  const counts = textCounts(texts, (word) => new Set([fold(word), word.toLowerCase()]));
  return Object.fromEntries(
    [...counts].filter(([, n]) => n > share * texts.length).sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** How many of the texts hold each of the forms that `formsOf` gives of their words. */
export function textCounts(
  texts: readonly string[],
  formsOf: (word: string) => Iterable<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const forms = new Set(words(text.normalize('NFC')).flatMap((word) => [...formsOf(word)]));
    for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
}
