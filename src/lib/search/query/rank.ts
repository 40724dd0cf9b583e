/**
 * Ranking records over the words of a query. Pagefind keeps only records that contain every word
 * of a query, so a resident's question ("thay moc quoc gioi bi hu hai bao cho ai") finds nothing
 * when one of its words is not in the article. The search therefore asks Pagefind for each word on
 * its own and combines the answers here, as a multi-word search would:
 * - the sum of Pagefind's scores for the words (BM25 per word);
 * - times the share of the query the record covers, squared, each word weighted by its rarity
 *   (idf), so "là", "gì", "của" barely count and missing a rare word costs much;
 * - raised for each pair of neighbouring query words that stand side by side in the record
 *   (Vietnamese words are syllables: "mốc quốc giới" is three of them);
 * - raised by the share of the query in the record's title (or chapter heading), squared, as
 *   Pagefind does for titles in a multi-word search.
 * Records that cover less than half the share of the best-covering record are left out: they
 * have only the query's common words.
 */
import type { Heading } from './index-files.ts';

/** How one query word matched one record. */
export interface WordMatch {
  score: number;
  /** Positions of the matched word in the record's text (Pagefind's word locations). */
  locations: number[];
  /** Whether the word is in the record's title or its chapter's heading. */
  inTitle: boolean;
}

/** Pagefind's answers for one query word. */
export interface WordMatches {
  /** How rare the word is, as BM25 reckons (`idf`). */
  idf: number;
  /** Matches by record id. */
  records: ReadonlyMap<string, WordMatch>;
}

export interface RankedRecord {
  id: string;
  score: number;
  /** Positions of the matches of each query word (empty for words the record lacks). */
  locations: number[][];
}

/** Extra weight for each pair of neighbouring query words found side by side. */
const PAIR_BONUS = 0.5;
/** Extra weight for a record whose title holds the whole query. */
const TITLE_BONUS = 1;

/** BM25's inverse document frequency of a word found in `having` of `total` records. */
export function idf(total: number, having: number): number {
  return Math.log(1 + (total - having + 0.5) / (having + 0.5));
}

/** Records matched by the query's words, best first; `perWord[k]` holds the matches of word k. */
export function rankRecords(perWord: readonly WordMatches[]): RankedRecord[] {
  const ids = new Set(perWord.flatMap((word) => [...word.records.keys()]));
  const weight = perWord.reduce((total, word) => total + word.idf, 0) || 1;
  const scored = [...ids].map((id) => {
    const matches = perWord.map((word) => word.records.get(id));
    return {
      id,
      ...recordScore(perWord, matches, weight),
      locations: matches.map((m) => m?.locations ?? []),
    };
  });
  const enough = Math.max(0, ...scored.map((r) => r.coverage)) / 2;
  return scored
    .filter((r) => r.coverage >= enough)
    .sort((a, b) => b.score - a.score)
    .map(({ id, score, locations }) => ({ id, score, locations }));
}

function recordScore(
  perWord: readonly WordMatches[],
  matches: (WordMatch | undefined)[],
  weight: number,
): { score: number; coverage: number } {
  let sum = 0;
  let covered = 0;
  let titled = 0;
  let pairs = 0;
  matches.forEach((match, k) => {
    if (!match) return;
    sum += match.score;
    covered += perWord[k].idf;
    if (match.inTitle) titled += perWord[k].idf;
    const before = matches[k - 1];
    if (before?.locations.some((at) => match.locations.includes(at + 1))) pairs++;
  });
  const coverage = covered / weight;
  const inTitle = titled / weight;
  return {
    score: sum * coverage ** 2 * (1 + PAIR_BONUS * pairs) * (1 + TITLE_BONUS * inTitle ** 2),
    coverage,
  };
}

/** Words in an excerpt. */
export const EXCERPT_WORDS = 30;

/** A stretch of an excerpt's text: a word the query matched (`marked`), or the text between. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/**
 * The stretch of a record's text that holds the most of the query's words (then the most
 * matches), the matched words marked. `text` is the record's text as Pagefind indexed it, whose
 * whitespace-separated words are what the locations count. Plain text, never markup: the page
 * puts it on screen as text.
 */
export function excerpt(
  text: string,
  locations: readonly (readonly number[])[],
  length = EXCERPT_WORDS,
): ExcerptRun[] {
  const all = text.split(/[^\S\uFEFF]+/);
  const value = (from: number) => {
    const inside = locations.map(
      (word) => word.filter((l) => l >= from && l < from + length).length,
    );
    return inside.filter((n) => n > 0).length * 1000 + inside.reduce((a, b) => a + b, 0);
  };
  let start = 0;
  let best = -1;
  for (const at of locations.flat()) {
    const from = Math.max(0, Math.min(at - Math.floor(length / 4), all.length - length));
    if (value(from) > best) [start, best] = [from, value(from)];
  }
  const matched = new Set(locations.flat());
  const runs: ExcerptRun[] = [];
  const add = (text: string, marked = false) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else runs.push({ text, marked });
  };
  if (start > 0) add('… ');
  all.slice(start, start + length).forEach((word, i) => {
    if (i > 0) add(' ');
    add(word, matched.has(start + i));
  });
  if (start + length < all.length) add(' …');
  return runs;
}

/** The headed sections of a page that hold the most matched words, best first. */
export function bestSections(
  pageHeadings: readonly Heading[],
  locations: readonly (readonly number[])[],
  limit: number,
): Heading[] {
  const matched = locations.flat();
  const headings = [...pageHeadings].sort((a, b) => a.location - b.location);
  return headings
    .map((heading, i) => {
      const end = headings[i + 1]?.location ?? Number.POSITIVE_INFINITY;
      return { heading, count: matched.filter((l) => l >= heading.location && l < end).length };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((s) => s.heading);
}
