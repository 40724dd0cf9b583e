/**
 * From a query to ranked hits, in this order:
 * 0. a Q&A whose question is the query, or nearly (questions.ts);
 * 1. the articles or documents the query names ("dieu 14 luat bien gioi", "luat bien phong"), or
 *    the khoản that define the term it asks about ("vanh dai bien gioi la gi"), from the catalog;
 * 2. records of content, ranked over the query's words (rank.ts), law articles first two to one
 *    with the rest (explanations, Q&A …): a reader who types the words of the law is looking for
 *    the article, and the explanations written about it are many and name it in their titles.
 *    When the query mentions a law by name among other words ("luat bien gioi co hieu luc tu ngay
 *    nao"), that law's articles come before the other laws';
 * 3. the records of documents' own pages (title, metadata, notes), which would otherwise outrank
 *    the articles whenever the query's words are in a document's title.
 * Each word is searched as typed and in its đ-readings (fold.ts), and a query holding residents'
 * words once more with the law's words in their place (residents-words.ts, candidates.ts). The
 * hits' links carry the words to mark on the page they open, but the shelf's commonest
 * (common-words.ts). Pagefind is never asked to
 * filter: the kind of page and the document of each record come from the build's record facts
 * (build/record-facts.ts), as Pagefind's own filters slow every search down once loaded. Free of the
 * DOM, so unit tests drive it with a real index in Node.
 */
import { pinpointId, pinpointLabel } from '../../legal/citation.ts';
import { pinpointFromId } from '../../legal/ids.ts';
import { labelWithGist } from '../../legal/toc.ts';
import { hrefToPath, sitePath } from '../../paths.ts';
import { HIGHLIGHT_PARAM } from '../shared/names.ts';
import {
  articlesIn,
  documentInQuery,
  matchDocuments,
  matchTerm,
  parseArticleRef,
  referencedDocuments,
  type ArticleMatch,
} from './catalog-query.ts';
import type {
  CatalogArticle,
  CatalogDocument,
  CatalogDocumentArticles,
  CatalogTerm,
} from './catalog.ts';
import { candidatesFor } from './candidates.ts';
import { markedWords, searchedWords } from './common-words.ts';
import { words } from './fold.ts';
import {
  answerKey,
  LAW_KIND,
  type Answer,
  type AnswerList,
  type CommonWords,
  type RecordFacts,
  type RecordText,
} from './index-files.ts';
import type { Pagefind, PagefindResponse, Ranking } from './pagefind-api.ts';
import { closeQuestions } from './questions.ts';
import { bestSections, excerpt, type ExcerptRun, type RankedRecord } from './rank.ts';
import { lawReadings, type ResidentsWord } from './residents-words.ts';

export interface SearchRequest {
  query: string;
  /** Page kind to keep (van-ban, giai-thich …); all when empty. */
  kind?: string;
  /** Document slug to keep; all when empty. */
  document?: string;
}

export interface Hit {
  /** Relative to the search page: the page, its anchor, and the words to highlight there. */
  href: string;
  title: string;
  /** Page kind of the hit (filter `kind`). */
  kind: string;
  /** Name of the document the hit is in, if any. */
  documentName?: string;
  /** Text around the matched words, which are marked; empty for none. */
  excerpt: ExcerptRun[];
  /** Best-matching sections of a page hit, best first. */
  parts: { href: string; title: string }[];
  /** For a hit that opens a document's own page: its status and outstanding changes. */
  status?: string;
}

export interface SearchOutcome {
  /** The first hits, in rank order. */
  hits: Hit[];
  /** How many hits there are in all. */
  total: number;
}

/**
 * Pagefind's ranking options for this site. Words in an article's title or its chapter's heading
 * (meta `title`, `context`) count, but less than Pagefind's default: as each word is searched on
 * its own, a full title boost for every word would let titles outweigh the text.
 */
export const RANKING: Ranking = { metaWeights: { title: 0.5, context: 0.3 } };

const PARTS_PER_HIT = 3;
/** Law articles shown before each other hit, while both last. */
const ARTICLES_PER_OTHER = 2;
/** At most this many documents' articles for a reference that names no document ("điều 14"). */
const NAMED_DOCUMENTS = 5;

/**
 * What the search knows besides Pagefind's index: the catalog of documents and the glossary's
 * terms, and how to load the build's other files.
 */
export interface SearchCatalogSource {
  documents: readonly CatalogDocument[];
  terms: readonly CatalogTerm[];
  /** The law's words for residents' words (residents-words.ts). */
  residentsWords: readonly ResidentsWord[];
  articles: (slug: string) => Promise<CatalogArticle[]>;
  /** The shelf's common words (build/common-words.ts), folded, with their counts. */
  commonWords: () => Promise<CommonWords>;
  /** The records' kinds and levels (build/record-facts.ts). */
  recordFacts: () => Promise<RecordFacts>;
  /** The ids of a document's records. */
  documentRecords: (slug: string) => Promise<string[]>;
  /** What a record's hit shows (build/record-texts.ts). */
  record: (id: string) => Promise<RecordText>;
  /** The words whose answer the build worked out (build/answers.ts). */
  answers: () => Promise<AnswerList>;
  /** Answer number `n`. */
  answer: (n: number) => Promise<Answer>;
}
const SEARCH_PAGE = sitePath({ page: 'search' });

/** A search function over one index and catalog: the first `count` hits for a request. */
export function createSearch(pagefind: Pagefind, source: SearchCatalogSource) {
  const catalog = source.documents;
  const documentNames = new Map(catalog.map((d) => [d.slug, d.name]));
  const documentStatus = new Map(catalog.map((d) => [d.slug, d.status]));
  const articlesOf = remember(source.articles);
  const withArticles: WithArticles = async (doc) => ({
    ...doc,
    articles: await articlesOf(doc.slug),
  });
  // A reader's queries share most of their words ("bien gioi" comes back again and again, and
  // each letter typed repeats the words before it): the answer for a word is kept.
  const searchLive = remember((word: string) => pagefind.search(word));
  const searchAnswered = remember(async (word: string) => {
    const { answers } = await facts();
    return Object.hasOwn(answers, word)
      ? responseOf(await source.answer(answers[word]))
      : searchLive(word);
  });
  const recordsOf = remember((slug: string) =>
    source.documentRecords(slug).then((ids) => new Set(ids)),
  );
  const recordText = remember(source.record);
  let index: Promise<IndexFacts> | undefined;
  const facts = () => (index ??= indexFacts(source));
  return async function search(request: SearchRequest, count: number): Promise<SearchOutcome> {
    const query = request.query.trim();
    if (!query) return { hits: [], total: 0 };
    const ref = parseArticleRef(query);
    const queryWords = words(query);
    const readings = ref ? [] : lawReadings(queryWords, source.residentsWords);
    const typed = [...new Set([...(ref ? ref.restTyped : queryWords), ...readings.flat()])].filter(
      (w) => w.length > 1,
    );
    const highlight = facts().then((f) => markedWords(typed, f.common, f.total).join(' '));
    const mentioned = ref ? undefined : documentInQuery(query, catalog);
    // An answer holds the best records of the whole shelf, which may hold too few of a kind or document asked for.
    const search = request.kind || request.document ? searchLive : searchAnswered;
    const searchWord = (word: string) => search(answerKey(word));
    const allowed = facts().then((f) => allowedBy(request, f, recordsOf));
    // The catalog's files, a document's record list and the index chunks load side by side: on a
    // page opened from file:// each file is a script of its own, and waits add up.
    const [first, inMentioned, candidates, index] = await Promise.all([
      namedHits(query, request, source, withArticles, highlight),
      mentioned ? recordsOf(mentioned.slug) : new Set<string>(),
      Promise.all([facts(), allowed]).then(([f, allows]) => {
        const searched = (w: readonly string[]) => searchedWords(w, f.common, f.total);
        const words = searched(queryWords);
        return candidatesFor(searchWord, {
          words,
          readings: readings.map(searched),
          allowed: allows,
          total: f.total,
        });
      }),
      facts(),
    ]);
    const close = ref ? [] : closeQuestions(query, index.questions).filter(await allowed);
    const closeRecords = close.map(
      (id) => candidates.find((c) => c.id === id) ?? { id, score: 0, locations: [] },
    );
    const rest = layout(
      candidates.filter((c) => !close.includes(c.id)),
      index,
      inMentioned,
    );
    const ranked = [...closeRecords, ...rest];
    const marked = await highlight;
    const found = await Promise.all(
      ranked.slice(0, count).map(async (c) => {
        const record = await recordText(c.id);
        const status =
          index.documents.has(c.id) && record.document
            ? documentStatus.get(record.document)
            : undefined;
        return {
          ...recordHit(record, c.locations, marked, documentNames),
          ...(status && { status }),
        };
      }),
    );
    const unnamed = found.filter((hit) => !first.some((f) => samePlace(f, hit)));
    const named = first.map((hit) => ({
      ...hit,
      excerpt: found.find((f) => samePlace(f, hit))?.excerpt ?? hit.excerpt,
    }));
    const hits = [...unnamed.slice(0, close.length), ...named, ...unnamed.slice(close.length)];
    return {
      hits: hits.slice(0, count),
      total: first.length + ranked.length - (found.length - unnamed.length),
    };
  };
}

/**
 * Ranked records laid out for the reader: law articles two to one with the rest, articles of the
 * document the query mentions first, documents' own pages last.
 */
function layout(
  candidates: readonly RankedRecord[],
  index: IndexFacts,
  inMentioned: Set<string>,
): RankedRecord[] {
  const isArticle = (c: RankedRecord) => !index.documents.has(c.id) && !index.others.has(c.id);
  const others = candidates.filter((c) => index.others.has(c.id));
  const lawArticles = candidates.filter(isArticle);
  const byMention = [
    ...lawArticles.filter((c) => inMentioned.has(c.id)),
    ...lawArticles.filter((c) => !inMentioned.has(c.id)),
  ];
  return [
    ...interleave(byMention, others, ARTICLES_PER_OTHER),
    ...candidates.filter((c) => index.documents.has(c.id)),
  ];
}

/** What every query needs to know of the index, loaded once: the build's record facts, common words and answered words. */
interface IndexFacts {
  total: number;
  documents: Set<string>;
  /** Records that are neither a law article nor a document's page (explainers, Q&A …), with their kind. */
  others: Map<string, string>;
  /** Words left out of queries that have rarer ones. */
  common: CommonWords;
  answers: AnswerList;
  /** The questions of the Q&A records, by id. */
  questions: Readonly<Record<string, string>>;
}

async function indexFacts(source: SearchCatalogSource): Promise<IndexFacts> {
  const [facts, common, answers] = await Promise.all([
    source.recordFacts(),
    source.commonWords(),
    source.answers(),
  ]);
  const others = new Map(
    Object.entries(facts.others).flatMap(([kind, ids]) => ids.map((id) => [id, kind] as const)),
  );
  return {
    total: facts.total,
    documents: new Set(facts.documents),
    others,
    common,
    answers,
    questions: facts.questions,
  };
}

/** A build-time answer as Pagefind gives it. */
function responseOf(answer: Answer): PagefindResponse {
  const results = answer.results.map(([id, score, words, inTitle]) => ({
    id,
    score,
    words,
    matchedMetaFields: inTitle ? ['title'] : [],
  }));
  return { results, unfilteredResultCount: answer.count };
}

/** Which records the request's filters keep: all when it has none. */
async function allowedBy(
  request: SearchRequest,
  facts: IndexFacts,
  recordsOf: (slug: string) => Promise<Set<string>>,
): Promise<(id: string) => boolean> {
  const inDocument = request.document ? await recordsOf(request.document) : undefined;
  const kindOf = (id: string) => facts.others.get(id) ?? LAW_KIND;
  return (id) =>
    (!request.kind || kindOf(id) === request.kind) && (!inDocument || inDocument.has(id));
}

/** `first` and `second` merged in order, `n` of `first` before each of `second` while both last. */
export function interleave<T>(first: readonly T[], second: readonly T[], n: number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    for (let k = 0; k < n && i < first.length; k++) out.push(first[i++]);
    if (j < second.length) out.push(second[j++]);
  }
  return out;
}

type WithArticles = (doc: CatalogDocument) => Promise<CatalogDocumentArticles>;

/** The articles, definitions or documents the query names, within the filters asked for. */
async function namedHits(
  query: string,
  request: SearchRequest,
  source: SearchCatalogSource,
  withArticles: WithArticles,
  highlight: Promise<string>,
): Promise<Hit[]> {
  if (request.kind && request.kind !== LAW_KIND) return [];
  const wanted = (doc: CatalogDocument) => !request.document || doc.slug === request.document;
  const ref = parseArticleRef(query);
  if (ref) {
    const docs = referencedDocuments(ref, source.documents)
      .filter(wanted)
      .slice(0, NAMED_DOCUMENTS);
    return articlesIn(ref, await Promise.all(docs.map(withArticles))).map((m) =>
      namedArticleHit(m, ''),
    );
  }
  const term = matchTerm(query, source.terms);
  if (!term) return matchDocuments(query, source.documents).filter(wanted).map(namedDocumentHit);
  const [matches, marked] = await Promise.all([
    definitionMatches(term, source.documents.filter(wanted), withArticles),
    highlight,
  ]);
  return matches.map((m) => namedArticleHit(m, marked));
}

async function definitionMatches(
  term: CatalogTerm,
  catalog: readonly CatalogDocument[],
  withArticles: WithArticles,
): Promise<ArticleMatch[]> {
  const found = await Promise.all(
    term.definitions.map(async ({ doc: slug, dieu, khoan }) => {
      const doc = catalog.find((d) => d.slug === slug);
      const article = doc && (await withArticles(doc)).articles.find((a) => a.num === dieu);
      return doc && article ? [{ doc, article, khoan }] : [];
    }),
  );
  return found.flat();
}

/** `load`, each key loaded once per visit: a document's articles or records, a record's text, a word's answer. */
function remember<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const known = new Map<string, Promise<T>>();
  return (key) => {
    let value = known.get(key);
    if (!value) {
      value = load(key);
      known.set(key, value);
    }
    return value;
  };
}

function linkTo(url: string, highlight: string): string {
  const [path, anchor] = url.replace(/^\//, '').split('#');
  const query = highlight ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(highlight)}` : '';
  return hrefToPath(SEARCH_PAGE, `${path}${query}${anchor ? `#${anchor}` : ''}`);
}

function recordHit(
  record: RecordText,
  locations: number[][],
  highlight: string,
  documentNames: Map<string, string>,
): Hit {
  const parts = bestSections(record.headings ?? [], locations, PARTS_PER_HIT).map((h) => ({
    href: linkTo(`${record.url}#${h.id}`, highlight),
    title: h.text,
  }));
  return {
    href: linkTo(record.url, highlight),
    title: record.title,
    kind: record.kind,
    documentName: record.document ? documentNames.get(record.document) : undefined,
    excerpt: excerpt(record.content, locations),
    parts,
  };
}

/** Whether two hits open the same place (the words to highlight and the khoản aside). */
function samePlace(a: Hit, b: Hit): boolean {
  return place(a.href) === place(b.href);
}

/** An href without its query, and at the article it points into: "x.html?h=…#dieu-14-khoan-2" → "x.html#dieu-14". */
function place(href: string): string {
  const [path, fragment = ''] = href.replace(/\?[^#]*/, '').split('#');
  const pin = pinpointFromId(fragment);
  return `${path}#${pin ? pinpointId({ dieu: pin.dieu }) : fragment}`;
}

function namedArticleHit({ doc, article, khoan }: ArticleMatch, highlight: string): Hit {
  return {
    href: linkTo(`${doc.path}#${pinpointId({ dieu: article.num, khoan })}`, highlight),
    title: khoan
      ? pinpointLabel({ dieu: article.num, khoan })
      : labelWithGist(article.label, article.gist),
    kind: LAW_KIND,
    documentName: doc.name,
    excerpt: article.gist ? [{ text: article.gist, marked: false }] : [],
    parts: [],
  };
}

function namedDocumentHit(doc: CatalogDocument): Hit {
  const hit: Hit = {
    href: linkTo(doc.path, ''),
    title: doc.name,
    kind: LAW_KIND,
    excerpt: [],
    parts: [],
  };
  return doc.status ? { ...hit, status: doc.status } : hit;
}
