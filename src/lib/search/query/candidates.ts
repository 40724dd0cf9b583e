/**
 * The records a query's words find, ranked (rank.ts): each word searched on its own, in its
 * đ-readings (fold.ts), within the filters; and, when the query holds residents' words, the same
 * for each reading with the law's words in their place (residents-words.ts), counted a little less.
 */
import { dReadings } from './fold.ts';
import { RESULTS_PER_WORD } from './index-files.ts';
import type { PagefindResponse } from './pagefind-api.ts';
import { idf, rankRecords, type RankedRecord, type WordMatch, type WordMatches } from './rank.ts';
import { LAW_WORDS_WEIGHT } from './residents-words.ts';

export type WordSearch = (word: string) => Promise<PagefindResponse>;

export interface CandidateQuery {
  /** The query's words that are searched. */
  words: readonly string[];
  /** Its readings with the law's words for residents' words. */
  readings: readonly (readonly string[])[];
  /** Which records the filters keep. */
  allowed: (id: string) => boolean;
  /** How many records the index has. */
  total: number;
}

/**
 * Every record the filters allow that has any of the query's words, best first. What a reading
 * finds counts LAW_WORDS_WEIGHT of its score, and less again when the law's words are more than
 * the resident's ("xuất cảnh, nhập cảnh, quá cảnh trái phép" for "vượt biên"): the score is a sum
 * over words, and more words would otherwise score more. A record found both ways keeps its
 * better score.
 */
export async function candidatesFor(
  searchWord: WordSearch,
  query: CandidateQuery,
): Promise<RankedRecord[]> {
  const rank = (words: readonly string[]) =>
    rankedFor(searchWord, words, query.allowed, query.total);
  const [own, ...read] = await Promise.all([rank(query.words), ...query.readings.map(rank)]);
  if (read.length === 0) return own;
  const best = new Map(own.map((record) => [record.id, record]));
  read.forEach((ranking, k) => {
    const scale = LAW_WORDS_WEIGHT * Math.min(1, query.words.length / query.readings[k].length);
    for (const record of ranking) {
      const score = record.score * scale;
      if (score > (best.get(record.id)?.score ?? 0)) best.set(record.id, { ...record, score });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}

async function rankedFor(
  searchWord: WordSearch,
  queryWords: readonly string[],
  allowed: (id: string) => boolean,
  total: number,
): Promise<RankedRecord[]> {
  const perWord = await Promise.all(
    [...new Set(queryWords)].map(async (word): Promise<WordMatches> => {
      const records = new Map<string, WordMatch>();
      let having = 0;
      for (const response of await Promise.all(dReadings(word).map(searchWord))) {
        having += response.unfilteredResultCount;
        for (const result of response.results
          .filter((r) => allowed(r.id))
          .slice(0, RESULTS_PER_WORD)) {
          const seen = records.get(result.id);
          records.set(result.id, {
            score: Math.max(seen?.score ?? 0, result.score),
            locations: [...(seen?.locations ?? []), ...result.words],
            inTitle: Boolean(seen?.inTitle || result.matchedMetaFields?.length),
          });
        }
      }
      return { idf: idf(total, Math.min(having, total)), records };
    }),
  );
  return rankRecords(perWord);
}
