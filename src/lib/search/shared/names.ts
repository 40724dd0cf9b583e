/**
 * Every name that two sides of the search must spell alike, in one place: the build writes
 * files under these names and the page's script loads them; the page's markup carries these
 * form fields and data attributes and the script, the build and the tests find them by these.
 * Names only: no logic, no imports, nothing the browser bundle could not carry.
 */

/** Folder of the index scripts, under the site's assets/. */
export const INDEX_DIR = 'pagefind';

/** Where pagefind.js believes its files are (its `basePath`); only the part after it names a file. */
export const PAGEFIND_BASE = '/pagefind/';

/** Pagefind's entry file, the first it reads. */
export const PAGEFIND_ENTRY = 'pagefind-entry.json';

/** The script that carries the index file `path` ("index/vi_1.pf_index" -> "index/vi_1.pf_index.js"). */
export function scriptPath(path: string): string {
  return `${path}.js`;
}

/** The entry's script, which the search page names to say where the index is. */
// Marked pure so that bundles without the search page (every page's script) leave it out.
export const ENTRY_SCRIPT = /* @__PURE__ */ scriptPath(PAGEFIND_ENTRY);

/** Global function each index script calls with its file name and bytes (base64). */
export const CHUNK_CALLBACK = 'tuSachSearchChunk';

/** Global function each data script calls with its file name and value. */
export const DATA_CALLBACK = 'tuSachSearchData';

/** The search's own files, beside Pagefind's in INDEX_DIR. */
export const RECORD_FACTS_FILE = 'record-facts.json';
export const COMMON_WORDS_FILE = 'common-words.json';
export const ANSWERS_FILE = 'answers.json';

/** The ids of one document's records. */
export function documentRecordsFile(slug: string): string {
  return `records/${slug}.json`;
}

/** What the hit of a record shows, by its Pagefind id. */
export function recordTextFile(id: string): string {
  return `text/${id}.json`;
}

/** Pagefind's answer for the frequent word numbered `n` in ANSWERS_FILE. */
export function answerFile(n: number): string {
  return `answers/${n}.json`;
}

/**
 * Folder of the catalog files, under assets/ beside INDEX_DIR: one per document, its articles'
 * headings and khoản, written by the route src/pages/assets/catalog/[slug].json.js.ts.
 */
export const CATALOG_DIR = 'catalog';

/** A document's catalog file, named as the index loader names files (relative to INDEX_DIR). */
export function articlesFile(slug: string): string {
  return `../${CATALOG_DIR}/${slug}.json`;
}

/** The search page's script, assets/search.js: the page's code bundled with pagefind.js. */
export const PAGE_SCRIPT = 'search';

/** The search form's fields, which are also the search page's URL parameters (?q=…&loai=…). */
export const FIELD = { query: 'q', kind: 'loai', document: 'van-ban' } as const;

/** Id of the search page's query box. */
export const QUERY_INPUT_ID = 'search-q';

/** URL parameter of a hit's link that carries the words to mark on the page it opens. */
export const HIGHLIGHT_PARAM = 'tim';

/** Data attributes of the search page's parts, which its script and the tests find them by. */
export const HOOK = {
  /** The panel; its value is the address of the index's entry script. */
  panel: 'data-search-index',
  form: 'data-search-form',
  /** The filters, folded after the hits; their controls belong to the form by its id. */
  filters: 'data-search-filters',
  /** The notice that search needs JavaScript, hidden by the script. */
  noJs: 'data-search-nojs',
  results: 'data-search-results',
  status: 'data-search-status',
  /** What to try when nothing is found (the Hỏi đáp page), shown by the script then. */
  none: 'data-search-none',
  list: 'data-search-list',
  more: 'data-search-more',
  /** The embedded catalog (JSON). */
  catalog: 'data-search-catalog',
  /** Set on the results to the query whose hits they show. */
  shownQuery: 'data-query',
  /** Set on the results once the index is loaded. */
  ready: 'data-ready',
} as const;

/**
 * On an element of a built page that is a record of its own (each Điều, each glossary term);
 * the marks of a hit's words go inside it. Apart from HOOK, as every page's script reads it.
 */
export const RECORD_HOOK = 'data-search-record';

/**
 * On a record's element: the title its hit shows when its heading is only a number, as in a law
 * whose articles have no titles ("Điều 29. 1. Biên giới quốc gia, …" rather than "Điều 29").
 */
export const RECORD_TITLE = 'data-search-title';

/** What a built page declares for its records: its kind of page (on <main>) and its document. */
export const PAGE_FACT = { kind: 'data-page-kind', document: 'data-document' } as const;

/** The CSS selector of elements with an attribute: "[data-search-form]". */
export function selector(attribute: string): string {
  return `[${attribute}]`;
}

/** An attribute to spread on an element in markup: `{...attribute(HOOK.form)}`. */
export function attribute(name: string, value = ''): Record<string, string> {
  return { [name]: value };
}
