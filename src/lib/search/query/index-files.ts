/**
 * Pagefind's answers for the shelf's frequent words, worked out once at build time. Before it
 * returns, Pagefind scores every record that holds a word, so on a large shelf a word found in
 * thousands of records ("biên", "quốc", "tàu") costs a reader's browser far more than a rare one,
 * and the cost grows with the shelf. The search only ever ranks a word's best `RESULTS_PER_WORD`
 * records, so for each word in `FREQUENT` records or more the build asks Pagefind once and writes
 * those records down; the search page reads the answer instead of asking, and a query costs the
 * same however large the shelf. A search the reader narrows to a kind of page or a document asks
 * Pagefind, as the best records of the whole shelf may hold too few of what is asked for. A shelf
 * with no word that frequent (today's) has no answers, and searches as before.
 */
import { textCounts } from '../build/common-words.ts';
import { fold } from './fold.ts';

/** A word found in this many records or more gets its answer worked out at build time. */
export const FREQUENT = 1000;

/** The best-scored records of each word that the search ranks (and an answer holds). */
export const RESULTS_PER_WORD = 500;

/** Words with an answer (`answerKey`), each with the number of its file. */
export type AnswerList = Record<string, number>;

/**
 * Pagefind's answer for one word, compactly: how many records hold it, then its best records as
 * [id, score, word locations, 1 when it matched the title or context].
 */
export interface Answer {
  count: number;
  results: [id: string, score: number, locations: number[], inTitle: 0 | 1][];
}

/** How a word is looked up, and searched: Pagefind reads a query in lower case, so "Biên" is "biên". */
export function answerKey(word: string): string {
  return word.toLowerCase().normalize('NFC');
}

/**
 * The words a reader may type that are in at least `min` of the texts, in every way a query
 * holds them: as written ("biển"), without marks ("bien"), and for words with đ, without marks
 * but with đ, as a query's đ-readings search them ("đon", fold.ts).
 */
export function frequentWords(texts: readonly string[], min = FREQUENT): string[] {
  const counts = textCounts(texts, (word) => {
    const typed = answerKey(word);
    return typed.startsWith('đ') ? [typed, fold(word), `đ${fold(word).slice(1)}`] : [typed, fold(word)];
  });
  return [...counts].filter(([, n]) => n >= min).map(([form]) => form).sort();
}
