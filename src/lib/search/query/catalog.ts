/**
 * The small catalog the search page carries so that "điều 14 luật biên giới" goes straight to the
 * article: every document's names and the numbers of its articles, and every term the laws define
 * with where they define it, so "vanh dai bien gioi la gi" goes to the defining khoản. The
 * articles' headings and khoản, a few KB a law, are a file of their own per document, loaded only
 * when a query names that document, so the page does not grow with every law on the shelf. The
 * build makes them (build/catalog.ts); catalog-query.ts matches queries against them. It also
 * carries the law's words for residents' words (residents-words.ts), a few KB.
 */
import type { ResidentsWord } from './residents-words.ts';

export interface CatalogArticle {
  /** "14", "14a". */
  num: string;
  /** Anchor id of the article. */
  id: string;
  /** The heading line as written: "Điều 14" or "Điều 1. Phạm vi điều chỉnh". */
  label: string;
  /** The opening words, for untitled articles. */
  gist?: string;
  /** Numbers of its khoản. */
  clauses: string[];
}

export interface CatalogDocument {
  slug: string;
  /** The short title used in citations: "Luật Biên giới quốc gia năm 2003". */
  name: string;
  /** Other names a reader may type: the full title, the number (06/2003/QH11). */
  aliases: string[];
  /** Site path of the document's page: "van-ban/x.html". */
  path: string;
  /** Its article numbers as runs, "1-14,14a,15-41" (numberRuns); empty without a text. */
  numbers: string;
  /** What a hit of the document itself says of its status: the status words and its outstanding changes. */
  status?: string;
}

/** A document with its articles' headings and khoản, as loaded from its catalog file. */
export interface CatalogDocumentArticles extends CatalogDocument {
  articles: CatalogArticle[];
}

/** What the search page embeds. */
export interface SearchCatalog {
  documents: CatalogDocument[];
  terms: CatalogTerm[];
  /** The law's words for residents' words (residents-words.ts). */
  residentsWords: ResidentsWord[];
}

/** A term the laws define, and the khoản (or article) that define it. */
export interface CatalogTerm {
  term: string;
  definitions: { doc: string; dieu: string; khoan?: string }[];
}

/** Article numbers as runs of consecutive ones: ["1","2","3","3a","4"] -> "1-3,3a,4". */
export function numberRuns(nums: readonly string[]): string {
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= nums.length; i++) {
    const consecutive =
      i < nums.length &&
      /^\d+$/.test(nums[i]) &&
      /^\d+$/.test(nums[i - 1]) &&
      Number(nums[i]) === Number(nums[i - 1]) + 1;
    if (consecutive) continue;
    runs.push(i - 1 > start ? `${nums[start]}-${nums[i - 1]}` : nums[start]);
    start = i;
  }
  return runs.join(',');
}

/** Whether a document's number runs include article `num`. */
export function hasArticle(doc: CatalogDocument, num: string): boolean {
  return doc.numbers.split(',').some((run) => {
    const [from, to] = run.split('-');
    if (to === undefined) return from === num;
    return /^\d+$/.test(num) && Number(num) >= Number(from) && Number(num) <= Number(to);
  });
}
