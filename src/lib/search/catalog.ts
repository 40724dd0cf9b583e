/**
 * The small catalog the search page carries so that "điều 14 luật biên giới" goes straight to the
 * article: every document's names and, for documents with a text, its articles and their khoản.
 * and every term the laws define with where they define it, so "vanh dai bien gioi la gi" goes
 * to the defining khoản. Built from the structure model; the search page embeds it as JSON.
 */
import type { GlossaryEntry } from '../glossary.ts';
import type { ShelfDocument } from '../library.ts';
import { articles, childNodes } from '../legal/model.ts';
import { gist } from '../legal/toc.ts';
import { sitePath } from '../paths.ts';

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
  /** Empty when this edition has no text of the document. */
  articles: CatalogArticle[];
}

export function catalogOf(documents: readonly ShelfDocument[]): CatalogDocument[] {
  return documents.map((doc) => ({
    slug: doc.slug,
    name: doc.data.shortTitle,
    aliases: [doc.data.title, ...(doc.data.number ? [doc.data.number] : [])],
    path: sitePath({ page: 'document', slug: doc.slug }),
    articles: doc.text
      ? articles(doc.text).map((a) => ({
          num: a.num,
          id: a.id,
          label: a.label.text,
          gist: gist(a),
          clauses: childNodes(a.content).filter((n) => n.kind === 'khoan').map((n) => n.num),
        }))
      : [],
  }));
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

export function termsOf(glossary: readonly GlossaryEntry[]): CatalogTerm[] {
  return glossary.map((entry) => ({
    term: entry.term,
    definitions: entry.definitions.map(({ doc, pin }) => ({ doc, dieu: pin.dieu, ...(pin.khoan && { khoan: pin.khoan }) })),
  }));
}
