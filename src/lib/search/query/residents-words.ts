/**
 * Residents' words: people type "lính biên phòng", "vượt biên", "súng" where the law
 * says "Bộ đội Biên phòng", "xuất cảnh, nhập cảnh trái phép", "vũ khí". The build lists the law's
 * words for residents' words (build/residents-words.ts); a query holding a resident's words is
 * also searched with the law's words in their place, and what that finds counts a little less
 * than what the query's own words find.
 */
import { matchesTerm, words } from './fold.ts';

/** A resident's words and the law's words for them. */
export interface ResidentsWord {
  words: string;
  law: string;
}

/** What the best record found through the law's words counts, against the best one the query's own words find. */
export const LAW_WORDS_WEIGHT = 0.8;

/** At most this many readings of one query: each is one more ranking (its words are mostly searched already). */
const MAX_READINGS = 3;

/**
 * The query's words with a resident's words in them replaced by the law's words, one reading per
 * entry found; none when the query holds none. Typed without marks, a resident's word matches
 * every marked form ("sung" is "súng"); typed with marks, only those marks.
 */
export function lawReadings(query: readonly string[], list: readonly ResidentsWord[]): string[][] {
  const readings = new Map<string, string[]>();
  for (const entry of list) {
    const phrase = words(entry.words);
    for (let at = 0; at + phrase.length <= query.length; at++) {
      if (!phrase.every((word, k) => matchesTerm(word, query[at + k]))) continue;
      const reading = [
        ...query.slice(0, at),
        ...words(entry.law),
        ...query.slice(at + phrase.length),
      ];
      readings.set(reading.join(' ').toLowerCase(), reading);
    }
  }
  return [...readings.values()].slice(0, MAX_READINGS);
}
