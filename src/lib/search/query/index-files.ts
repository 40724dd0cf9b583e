/**
 * The search's own files as a query reads them, beside Pagefind's index: what the build writes
 * (build/) and the search page loads. Their names are in shared/names.ts.
 */

/** The kind of page of law texts (filter `kind`). */
export const LAW_KIND = 'van-ban';

/** The kind of page of the Q&A, whose questions the search compares with the query (questions.ts). */
export const QUESTION_KIND = 'hoi-dap';

/** RECORD_FACTS_FILE: what the search knows of the records besides their words (build/record-facts.ts). */
export interface RecordFacts {
  /** How many records the index has. */
  total: number;
  /** Ids of the records of documents' own pages (title, metadata, notes). */
  documents: string[];
  /** Ids of the records that are not law, by kind of page. */
  others: Record<string, string[]>;
  /** How many records each kind of page and each document has. */
  counts: { kind: Record<string, number>; document: Record<string, number> };
  /** The question (title) of each Q&A record, by id: a query close to one puts it first. */
  questions: Record<string, string>;
}

/** A heading of a page with an id, and the word location where it starts. */
export interface Heading {
  id: string;
  text: string;
  location: number;
}

/** recordTextFile(id): what a record's hit shows (build/record-texts.ts). */
export interface RecordText {
  /** Site-absolute address of the hit, with its anchor: "/van-ban/x.html#dieu-14". */
  url: string;
  title: string;
  /** The text as Pagefind indexed it: its whitespace-separated words are what word locations count. */
  content: string;
  /** Kind of page (filter `kind`). */
  kind: string;
  /** Slug of the document it belongs to, if any. */
  document?: string;
  /** For the record of a whole page: its headings with an id, and the word location where each starts. */
  headings?: Heading[];
}

/** COMMON_WORDS_FILE: how many records each common word is in, folded (build/common-words.ts). */
export type CommonWords = Record<string, number>;

/** The best-scored records of each word that the search ranks (and an answer holds). */
export const RESULTS_PER_WORD = 500;

/** ANSWERS_FILE: the words with an answer (`answerKey`), each with the number of its answerFile (build/answers.ts). */
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
