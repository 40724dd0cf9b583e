/**
 * Explainers, Q&A and talk outlines, loaded once per build with every citation checked (a dangling
 * one stops the build at file:line, src/lib/citations.ts), and the index of what cites each article
 * for the law pages. Every page that renders content or a law calls this first, so the check runs
 * before any content is rendered.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCitations, lookupLaw, type Citation, type CitationTargets } from './citations.ts';
import type { LegalNode } from './legal/model.ts';
import { getDiagrams } from './diagrams/load.ts';
import { getGlossary } from './glossary.ts';
import { getLibrary } from './library.ts';
import { answerCiteProblem } from './answer-cite.ts';
import { answerOf, answerProblem, type AnswerTargets } from './outline-answers.ts';
import { getQuizzes } from './quizzes/load.ts';
import type { Route } from './paths.ts';
import { formatStale, staleSentences, type StaleSentence } from './prose/pre-2025-check.ts';
import { lineOf, SourceError } from './source-error.ts';
import { talkPlan, type TalkPlan } from './talk/plan.ts';

export const CONTENT_KINDS = ['giai-thich', 'hoi-dap', 'de-cuong'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export type ContentEntry =
  CollectionEntry<'giaiThich'> | CollectionEntry<'hoiDap'> | CollectionEntry<'deCuong'>;

export interface ContentItem {
  kind: ContentKind;
  slug: string;
  /** The explainer's or outline's title, or the question. */
  title: string;
  order?: number;
  /** Slugs of the documents its frontmatter says it is about. */
  documents: string[];
  entry: ContentEntry;
  /** Its citations in source order, each checked. */
  citations: Citation[];
  /** An outline's sections with their minutes and the articles each reads; checked. */
  talk?: TalkPlan;
}

export interface ContentIndex {
  /** Items of one kind, by `order`, then title. */
  items(kind: ContentKind): ContentItem[];
  /** Items citing an article, or a khoản or điểm of it; the article is the library's own node. */
  citedBy(article: LegalNode): ContentItem[];
  /** Explainers whose frontmatter says they explain the document. */
  explainersOf(doc: string): ContentItem[];
}

const ROUTE_PAGE = {
  'giai-thich': 'explainer',
  'hoi-dap': 'question',
  'de-cuong': 'outline',
} as const;

export function contentRoute(item: ContentItem): Route {
  return { page: ROUTE_PAGE[item.kind], slug: item.slug };
}

const unique = (values: string[]) => [...new Set(values)];

/** What the source lists of a page read: its citations. */
type Cited = Pick<ContentItem, 'citations'>;

/** Ids of the public sources the item cites with <SourceRef>, in order of first citation. */
export function sourceIds(item: Cited): string[] {
  return unique(item.citations.flatMap((c) => (c.tag === 'SourceRef' ? [c.id] : [])));
}

/** Slugs of the documents the item cites, in order of first citation. */
export function citedDocuments(item: Cited): string[] {
  return unique(item.citations.flatMap((c) => ('doc' in c ? [c.doc] : [])));
}

/** getStaticPaths of a content kind's pages: one page per item, the item as its prop. */
export async function contentPaths(
  kind: ContentKind,
): Promise<{ params: { slug: string }; props: { item: ContentItem } }[]> {
  const index = await getContentIndex();
  return index.items(kind).map((item) => ({ params: { slug: item.slug }, props: { item } }));
}

let loading: Promise<ContentIndex> | undefined;

export function getContentIndex(): Promise<ContentIndex> {
  loading ??= loadContentIndex();
  return loading;
}

/** What content may cite: the shelf's documents, the public sources, the glossary's terms, the diagrams. */
export async function citationTargets(): Promise<CitationTargets> {
  const loaded = [getLibrary(), getGlossary(), getCollection('thamKhao'), getDiagrams()] as const;
  const [library, glossary, sources, diagrams] = await Promise.all(loaded);
  return {
    document: (slug) => library.documents.find((d) => d.slug === slug),
    sources: new Set(sources.map((s) => s.id)),
    terms: new Set(glossary.map((g) => g.id)),
    diagrams: new Set(diagrams.keys()),
  };
}

/**
 * The checks every content file passes as written: its citations point at something, and none of
 * its sentences presents the pre-2025 map as today's (src/lib/prose/). Returns the citations.
 */
export function checkContentFile(
  source: string,
  file: string,
  targets: CitationTargets,
): Citation[] {
  const citations = checkCitations(source, file, targets);
  throwIfStale(staleSentences(source, file));
  return citations;
}

function throwIfStale(stale: StaleSentence[]): void {
  if (stale.length === 0) return;
  throw new Error(
    `${stale.length} sentence(s) present the pre-2025 map as today's:\n${formatStale(stale)}`,
  );
}

async function loadContentIndex(): Promise<ContentIndex> {
  const targets = await citationTargets();
  const stale: StaleSentence[] = [];
  const load = (
    kind: ContentKind,
    entry: ContentEntry,
    title: string,
    order?: number,
  ): ContentItem => {
    const file = entry.filePath ?? `${kind}/${entry.id}.mdx`;
    const source = readFileSync(file, 'utf8');
    const item: ContentItem = {
      kind,
      slug: entry.id,
      title,
      order,
      documents: entry.data.documents.map((d) => d.id),
      entry,
      citations: checkCitations(source, file, targets),
    };
    checkShape(item, file);
    if (entry.collection === 'deCuong')
      item.talk = talkPlan(source, file, item.citations, entry.data);
    stale.push(...staleSentences(source, file));
    return item;
  };
  const byKind: Record<ContentKind, ContentItem[]> = {
    'giai-thich': (await getCollection('giaiThich')).map((e) =>
      load('giai-thich', e, e.data.title, e.data.order),
    ),
    'hoi-dap': (await getCollection('hoiDap')).map((e) =>
      load('hoi-dap', e, e.data.question, e.data.order),
    ),
    'de-cuong': (await getCollection('deCuong')).map((e) =>
      load('de-cuong', e, e.data.title, e.data.order),
    ),
  };
  // Every stale sentence of every file at once, so one build lists all there is to fix.
  throwIfStale(stale);
  for (const items of Object.values(byKind)) items.sort(byOrderThenTitle);
  const quizzes = await getQuizzes();
  const answers: AnswerTargets = {
    questions: new Set(byKind['hoi-dap'].map((item) => item.slug)),
    quizzes: new Map(
      quizzes.map((set) => [set.slug, new Set(set.data.questions.map((q) => q.id))]),
    ),
  };
  for (const item of byKind['de-cuong']) checkAnswers(item, answers);
  const all = CONTENT_KINDS.flatMap((kind) => byKind[kind]);
  return {
    items: (kind) => byKind[kind],
    citedBy: citingIndex(all, targets),
    explainersOf: (doc) => byKind['giai-thich'].filter((item) => item.documents.includes(doc)),
  };
}

function byOrderThenTitle(a: ContentItem, b: ContentItem): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, 'vi');
}

/** Who cites each article, keyed by the article's node in the library, so a law page finds it by the node it renders. */
function citingIndex(
  items: ContentItem[],
  targets: CitationTargets,
): (article: LegalNode) => ContentItem[] {
  const index = new Map<LegalNode, ContentItem[]>();
  for (const item of items) {
    const cited = item.citations.flatMap((c) =>
      'doc' in c && c.pin ? [lookupLaw(targets, c.doc, { dieu: c.pin.dieu })] : [],
    );
    for (const article of new Set(
      cited.flatMap((found) => ('node' in found && found.node ? [found.node] : [])),
    )) {
      index.set(article, [...(index.get(article) ?? []), item]);
    }
  }
  return (article) => index.get(article) ?? [];
}

/** Each answer an outline's audience question names must exist; else file:line of the answer. */
function checkAnswers(item: ContentItem, targets: AnswerTargets): void {
  const file = item.entry.filePath ?? `de-cuong/${item.slug}.mdx`;
  for (const question of (item.entry as CollectionEntry<'deCuong'>).data.questions) {
    const answer = answerOf(question);
    const problem = answer && answerProblem(answer, targets);
    if (!problem) continue;
    throw new SourceError(
      file,
      lineOf(readFileSync(file, 'utf8'), `answer: ${answer}`),
      `questions: ${problem}`,
    );
  }
}

/** What the content contract asks of an answer's body; an outline's is its talk plan. */
function checkShape(item: ContentItem, file: string): void {
  // An answer rests on an article, or, for a treaty whose text is not on the shelf, on a named source.
  if (
    item.kind === 'hoi-dap' &&
    !item.citations.some((c) => ('doc' in c && c.pin) || c.tag === 'SourceRef')
  ) {
    throw new SourceError(
      file,
      1,
      'an answer needs at least one <Cite> or <LawQuote> of the article it rests on, or a ' +
        '<SourceRef>',
    );
  }
  if (item.kind === 'hoi-dap') checkAnswerCite(item, file);
}

/** The answer sentence's citation is one the body makes too, so its figure is backed where the law is quoted. */
function checkAnswerCite(item: ContentItem, file: string): void {
  const problem = answerCiteProblem(
    (item.entry as CollectionEntry<'hoiDap'>).data.answerCite,
    item.citations,
  );
  if (problem)
    throw new SourceError(file, lineOf(readFileSync(file, 'utf8'), 'answerCite'), problem);
}
