/**
 * The part of Pagefind's browser API (pagefind.js 1.6, `createInstance`) the search page uses.
 * pagefind.js itself is produced by the Pagefind binary at build time and bundled in by
 * src/integrations/search-index.ts as the module "pagefind-runtime" (declared in
 * src/client/search/pagefind-runtime.d.ts).
 */
export interface PagefindResult {
  id: string;
  score: number;
  /** Word locations of the matches in the record's text. */
  words: number[];
  /** Meta fields (title …) the query matched. */
  matchedMetaFields?: string[];
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

/**
 * Only plain searches: the search page never asks Pagefind to filter or for its filters, as once
 * they are loaded every search pays for counting them (build/record-facts.ts).
 */
export interface Pagefind {
  /** Loads the entry, the language's metadata and the WebAssembly; search() does it when needed. */
  init(): Promise<void>;
  search(term: string): Promise<PagefindResponse>;
}
