/**
 * What the search needs to know of a record besides its words: its kind of page, whether it is a
 * document's own page, which document it is in. The records carry these as Pagefind filters
 * (records.ts), but the search page never asks Pagefind to filter: once Pagefind has loaded its
 * filters, every search also counts the results of every filter value, and on a large shelf that
 * cost several times the search itself (the word "kinh" at 100x the laws, in Node: 35 ms without
 * filters loaded, 224 ms with). So the build writes the facts down once, from the index Pagefind
 * made, in small files the search page loads when it needs them:
 * - `record-facts.json`: the number of records, the documents' own pages, the records that are
 *   not law (explainers, Q&A …) by kind, how many records each kind and document has, and the
 *   questions of the Q&A (a few KB for the whole shelf);
 * - `records/<slug>.json`, one per document: the ids of its records, loaded when a query names
 *   the document or the reader filters by it.
 * Law articles are the rest, so the first file stays small however many laws the shelf holds.
 */
import { LAW_KIND, QUESTION_KIND, type RecordFacts } from '../query/index-files.ts';
import type { Fragment } from './pagefind.ts';
import type { RecordLevel } from './records.ts';

/** A record of the index as Pagefind stored it: its id (Pagefind's result id) and its filters. */
export interface IndexedRecord {
  id: string;
  kind: string;
  level: RecordLevel;
  document?: string;
  /** Its title (kept for the Q&A: their questions). */
  title?: string;
}

/** The facts of these records, and each document's record ids. */
export function recordFacts(records: readonly IndexedRecord[]): {
  facts: RecordFacts;
  byDocument: Map<string, string[]>;
} {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const facts: RecordFacts = {
    total: sorted.length,
    documents: [],
    others: {},
    counts: { kind: {}, document: {} },
    questions: {},
  };
  const byDocument = new Map<string, string[]>();
  const add = <K extends string>(map: Record<K, number>, key: K) =>
    (map[key] = (map[key] ?? 0) + 1);
  for (const record of sorted) {
    add(facts.counts.kind, record.kind);
    if (record.level === 'document') facts.documents.push(record.id);
    if (record.kind !== LAW_KIND) (facts.others[record.kind] ??= []).push(record.id);
    if (record.kind === QUESTION_KIND && record.title) facts.questions[record.id] = record.title;
    if (record.document) {
      add(facts.counts.document, record.document);
      let ids = byDocument.get(record.document);
      if (!ids) byDocument.set(record.document, (ids = []));
      ids.push(record.id);
    }
  }
  return { facts, byDocument };
}

/** A record's id and filters, from its fragment. */
export function indexedRecord({
  id,
  fragment: { url, filters, meta },
}: {
  id: string;
  fragment: Fragment;
}): IndexedRecord {
  const one = (name: string) => filters[name]?.[0];
  const kind = one('kind');
  const level = one('level') as RecordLevel | undefined;
  if (!kind || !level) throw new Error(`search record ${url} has no kind or level filter`);
  const question = kind === QUESTION_KIND && meta.title ? { title: meta.title } : {};
  return { id, kind, level, document: one('document'), ...question };
}
