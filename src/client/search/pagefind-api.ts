/**
 * The part of Pagefind's browser API (pagefind.js 1.6, `createInstance`) the search page uses.
 * pagefind.js itself is produced by the Pagefind binary at build time and bundled in by the
 * search-index integration as the module "pagefind-runtime" (declared in pagefind-runtime.d.ts).
 */
export type Filters = Record<string, string[]>;

/** Filters of a search: a value or values per filter, and `not`, `any`, `all` to combine them. */
export interface FilterQuery {
  [filter: string]: string | string[] | FilterQuery;
}

export interface PagefindData {
  url: string;
  /** The record's text, HTML-escaped; its whitespace-separated words are what locations count. */
  raw_content: string;
  meta: Record<string, string | undefined>;
  filters: Filters;
  /** Elements with an id, and the word location where each starts. */
  anchors: { element: string; id: string; text: string; location: number }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word locations of the matches in the record's text. */
  words: number[];
  /** Meta fields (title …) the query matched. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Records matching the term before filters. */
  unfilteredResultCount: number;
}

/** Weights of Pagefind's ranking (`ranking` option); unset ones keep Pagefind's defaults. */
export interface Ranking {
  metaWeights?: Record<string, number>;
}

export interface Pagefind {
  /** A null term lists every record the filters allow. */
  search(term: string | null, options?: { filters?: FilterQuery }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
