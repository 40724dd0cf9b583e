/**
 * The search catalog (query/catalog.ts), made from the structure model: every document's names
 * and article numbers and the glossary's terms, which the search page embeds as JSON; and each
 * document's articles, which the route src/pages/assets/catalog/[slug].json.js.ts writes as a
 * file of its own.
 */
import type { GlossaryEntry } from '../../glossary.ts';
import type { ShelfDocument } from '../../library.ts';
import { articles, childNodes } from '../../legal/model.ts';
import { gist } from '../../legal/toc.ts';
import { sitePath } from '../../paths.ts';
import {
  numberRuns,
  type CatalogArticle,
  type CatalogDocument,
  type CatalogTerm,
} from '../query/catalog.ts';

/** The catalog of the shelf; `statusOf` gives what a hit of each document says of its status (src/lib/status.ts). */
export function catalogOf(
  documents: readonly ShelfDocument[],
  statusOf?: (doc: ShelfDocument) => string,
): CatalogDocument[] {
  return documents.map((doc) => ({
    slug: doc.slug,
    name: doc.data.shortTitle,
    aliases: [doc.data.title, ...(doc.data.number ? [doc.data.number] : [])],
    path: sitePath({ page: 'document', slug: doc.slug }),
    numbers: doc.text ? numberRuns(articles(doc.text).map((a) => a.num)) : '',
    ...(statusOf && { status: statusOf(doc) }),
  }));
}

/** The articles of a document with a text, for its catalog file. */
export function articlesOf(doc: ShelfDocument): CatalogArticle[] {
  return doc.text
    ? articles(doc.text).map((a) => ({
        num: a.num,
        id: a.id,
        label: a.label.text,
        gist: gist(a),
        clauses: childNodes(a.content)
          .filter((n) => n.kind === 'khoan')
          .map((n) => n.num),
      }))
    : [];
}

/** Definitions of one term a search puts first; a term many documents define keeps the first. */
const DEFINITIONS_PER_TERM = 3;

export function termsOf(glossary: readonly GlossaryEntry[]): CatalogTerm[] {
  return glossary.map((entry) => ({
    term: entry.term,
    definitions: entry.definitions
      .slice(0, DEFINITIONS_PER_TERM)
      .map(({ doc, pin }) => ({ doc, dieu: pin.dieu, ...(pin.khoan && { khoan: pin.khoan }) })),
  }));
}
