/**
 * Queries that name an article ("Điều 14 Luật Biên giới quốc gia", "dieu 14 luat bien gioi",
 * "khoản 2 điều 35 luật biên phòng") or a document ("luat bien phong", "06/2003/QH11") are
 * answered from the catalog, so what they name comes first whatever the full-text ranking says.
 */
import {
  hasArticle,
  type CatalogArticle,
  type CatalogDocument,
  type CatalogDocumentArticles,
  type CatalogTerm,
} from './catalog.ts';
import { fold, words } from './fold.ts';

export interface ArticleRef {
  dieu: string;
  khoan?: string;
  /** The other words of the query, folded, in order: they may name the document. */
  rest: string[];
  /** The same words as typed (lower case), to prefer exact diacritics. */
  restTyped: string[];
}

/** The article a query names, or undefined when it names none. */
export function parseArticleRef(query: string): ArticleRef | undefined {
  const typed = words(query.toLowerCase().normalize('NFC'));
  const folded = typed.map(fold);
  const used = new Set<number>();
  const numberAfter = (keyword: string, pattern: RegExp): string | undefined => {
    for (let i = 0; i < folded.length; i++) {
      const joined = new RegExp(`^${keyword}(\\d+[a-z]?)$`).exec(folded[i]);
      if (joined) {
        used.add(i);
        return joined[1];
      }
      if (folded[i] === keyword && pattern.test(folded[i + 1] ?? '')) {
        used.add(i).add(i + 1);
        return folded[i + 1];
      }
    }
    return undefined;
  };
  const dieu = numberAfter('dieu', /^\d+[a-z]?$/);
  if (!dieu) return undefined;
  const khoan = numberAfter('khoan', /^\d+$/);
  const keep = (_: string, i: number) => !used.has(i);
  return { dieu, khoan, rest: folded.filter(keep), restTyped: typed.filter(keep) };
}

export interface ArticleMatch {
  doc: CatalogDocument;
  article: CatalogArticle;
  /** The khoản asked for, when the article has it. */
  khoan?: string;
}

/**
 * The documents a reference points into: the one whose name best matches the other words of the
 * query: at least two of them must stand together in the name, as in "luat bien gioi"; rare
 * words count more than "luật" or "việt nam", words in the name's order count more, exact
 * diacritics break ties. With no other words, every document that has that article. Nothing when
 * the other words name no document: they describe content instead.
 */
export function referencedDocuments<T extends CatalogDocument>(
  ref: ArticleRef,
  catalog: readonly T[],
): T[] {
  const having = catalog.filter((doc) => hasArticle(doc, ref.dieu));
  if (ref.rest.length === 0) return having;
  const scores = catalog.map((doc) => nameScore(ref, doc, catalog));
  const best = Math.max(...scores);
  return best <= 0 ? [] : having.filter((doc) => scores[catalog.indexOf(doc)] === best);
}

/** The article (and khoản) a reference names in each of these documents. */
export function articlesIn(
  ref: ArticleRef,
  docs: readonly CatalogDocumentArticles[],
): ArticleMatch[] {
  return docs.flatMap((doc) => {
    const article = doc.articles.find((a) => a.num === ref.dieu);
    if (!article) return [];
    return [
      {
        doc,
        article,
        khoan: ref.khoan && article.clauses.includes(ref.khoan) ? ref.khoan : undefined,
      },
    ];
  });
}

/** The articles a reference points at, in a catalog whose articles are loaded. */
export function matchArticles(
  ref: ArticleRef,
  catalog: readonly CatalogDocumentArticles[],
): ArticleMatch[] {
  return articlesIn(ref, referencedDocuments(ref, catalog));
}

/**
 * The documents a query names: most of the query's words, in order, make up at least half of one
 * of a document's names ("luat bien phong" names "Luật Biên phòng Việt Nam"; "bien gioi" names
 * nothing: it is in many names and is most of none).
 */
export function matchDocuments(
  query: string,
  catalog: readonly CatalogDocument[],
): CatalogDocument[] {
  const asked = words(fold(query));
  const shares = catalog.map((doc) =>
    Math.max(
      ...nameWords(doc).map(({ folded }) => {
        const run = longestCommonRun(asked, folded);
        return run >= 2 && run >= 0.6 * asked.length ? run / folded.length : 0;
      }),
    ),
  );
  const best = Math.max(0, ...shares);
  return best >= 0.5 ? catalog.filter((_, i) => shares[i] === best) : [];
}

/**
 * The document a longer query mentions by name, as in "luat bien gioi co hieu luc tu ngay nao":
 * the start of one of its names, at least three words from its kind ("luật biên giới"), making up
 * at least half of that name. The search then ranks that document's articles first. Undefined when
 * no document, or more than one, is mentioned so.
 */
export function documentInQuery(
  query: string,
  catalog: readonly CatalogDocument[],
): CatalogDocument | undefined {
  const asked = words(fold(query));
  const shares = catalog.map((doc) =>
    Math.max(
      ...nameWords(doc).map(({ folded }) => {
        const run = Math.max(0, ...asked.map((_, i) => commonPrefix(asked.slice(i), folded)));
        return run >= 3 && run >= folded.length / 2 ? run / folded.length : 0;
      }),
    ),
  );
  const best = Math.max(0, ...shares);
  const named = catalog.filter((_, i) => best > 0 && shares[i] === best);
  return named.length === 1 ? named[0] : undefined;
}

function commonPrefix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How readers end a question about a word's meaning, folded: "… là gì", "… nghĩa là gì". */
const MEANING_QUESTION =
  /\s+(nghia la gi|la gi|la sao|la the nao|la nhu the nao|gom nhung gi|gom nhung dau|bao gom nhung gi)$/;

/**
 * The term a query asks about: the query is a defined term, alone or followed by "là gì" and
 * the like ("vanh dai bien gioi la gi"). Its definitions then come first.
 */
export function matchTerm(query: string, terms: readonly CatalogTerm[]): CatalogTerm | undefined {
  const asked = words(fold(query)).join(' ').replace(MEANING_QUESTION, '');
  return terms.find((t) => words(fold(t.term)).join(' ') === asked);
}

/** Length of the longest run of words that appears, in the same order, in both lists. */
function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (a[i + n] !== undefined && a[i + n] === b[j + n]) n++;
      best = Math.max(best, n);
    }
  }
  return best;
}

const nameWordsOf = new WeakMap<CatalogDocument, { folded: string[]; typed: string[] }[]>();

/** A document's names as words, typed and folded; worked out once per document. */
function nameWords(doc: CatalogDocument): { folded: string[]; typed: string[] }[] {
  let names = nameWordsOf.get(doc);
  if (!names) {
    names = [doc.name, ...doc.aliases].map((name) => {
      const typed = words(name.toLowerCase().normalize('NFC'));
      return { typed, folded: typed.map(fold) };
    });
    nameWordsOf.set(doc, names);
  }
  return names;
}

const nameWeightsOf = new WeakMap<readonly CatalogDocument[], Map<string, number>>();

/** How rare each word of the documents' names is among them (rarer words name a document better). */
function nameWeights(catalog: readonly CatalogDocument[]): Map<string, number> {
  let weights = nameWeightsOf.get(catalog);
  if (!weights) {
    const having = new Map<string, number>();
    for (const doc of catalog) {
      for (const word of new Set(nameWords(doc).flatMap((n) => n.folded)))
        having.set(word, (having.get(word) ?? 0) + 1);
    }
    weights = new Map([...having].map(([word, n]) => [word, Math.log(1 + catalog.length / n)]));
    nameWeightsOf.set(catalog, weights);
  }
  return weights;
}

function nameScore(
  ref: ArticleRef,
  doc: CatalogDocument,
  catalog: readonly CatalogDocument[],
): number {
  const weights = nameWeights(catalog);
  const weight = (word: string) => weights.get(word) ?? Math.log(1 + catalog.length);
  return Math.max(
    ...nameWords(doc).map((name) => {
      if (longestCommonRun(ref.rest, name.folded) < 2) return 0;
      let score = 0;
      ref.rest.forEach((word, i) => {
        const at = name.folded.indexOf(word);
        if (at < 0) return;
        score += weight(word) * (name.typed[at] === ref.restTyped[i] ? 1.1 : 1);
        if (i > 0 && name.folded[at - 1] === ref.rest[i - 1]) score += 1;
      });
      return score;
    }),
  );
}
