/**
 * The small catalog the search page carries so that "điều 14 luật biên giới" goes straight to the
 * article: every document's names and the numbers of its articles. The articles' headings and
 * khoản, a few KB a law, are a file of their own per document (articlesOf, written as
 * assets/catalog/<slug>.json.js), loaded only when a query names that document, so the page does
 * not grow with every law on the shelf.
 * and every term the laws define with where they define it, so "vanh dai bien gioi la gi" goes
 * to the defining khoản. Built from the structure model; the search page embeds it as JSON.
 */
import type { GlossaryEntry } from '../../glossary.ts';
import type { ShelfDocument } from '../../library.ts';
import { articles, childNodes } from '../../legal/model.ts';
import { gist } from '../../legal/toc.ts';
import { sitePath } from '../../paths.ts';

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
}

/** A document with its articles' headings and khoản, as loaded from its catalog file. */
export interface CatalogDocumentArticles extends CatalogDocument {
  articles: CatalogArticle[];
}

export function catalogOf(documents: readonly ShelfDocument[]): CatalogDocument[] {
  return documents.map((doc) => ({
    slug: doc.slug,
    name: doc.data.shortTitle,
    aliases: [doc.data.title, ...(doc.data.number ? [doc.data.number] : [])],
    path: sitePath({ page: 'document', slug: doc.slug }),
    numbers: doc.text ? numberRuns(articles(doc.text).map((a) => a.num)) : '',
  }));
}

/** Article numbers as runs of consecutive ones: ["1","2","3","3a","4"] -> "1-3,3a,4". */
export function numberRuns(nums: readonly string[]): string {
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= nums.length; i++) {
    const consecutive = i < nums.length && /^\d+$/.test(nums[i]) && /^\d+$/.test(nums[i - 1]) && Number(nums[i]) === Number(nums[i - 1]) + 1;
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

/** The articles of a document with a text, for its catalog file. */
export function articlesOf(doc: ShelfDocument): CatalogArticle[] {
  return doc.text
    ? articles(doc.text).map((a) => ({
        num: a.num,
        id: a.id,
        label: a.label.text,
        gist: gist(a),
        clauses: childNodes(a.content).filter((n) => n.kind === 'khoan').map((n) => n.num),
      }))
    : [];
}

/** What the search page embeds. */
export interface SearchCatalog {
  documents: CatalogDocument[];
  terms: CatalogTerm[];
}

/** A term the laws define, and the khoản (or article) that define it. */
export interface CatalogTerm {
  term: string;
  definitions: { doc: string; dieu: string; khoan?: string }[];
}

/** Definitions of one term a search puts first; a term many documents define keeps the first. */
const DEFINITIONS_PER_TERM = 3;

export function termsOf(glossary: readonly GlossaryEntry[]): CatalogTerm[] {
  return glossary.map((entry) => ({
    term: entry.term,
    definitions: entry.definitions.slice(0, DEFINITIONS_PER_TERM).map(({ doc, pin }) => ({ doc, dieu: pin.dieu, ...(pin.khoan && { khoan: pin.khoan }) })),
  }));
}
