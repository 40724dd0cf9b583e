/**
 * The glossary (thuat-ngu.html): every term the laws define, from their definitions articles
 * (src/lib/legal/definitions.ts) and from content/thuat-ngu/them.yaml for other defining clauses.
 * One entry per term id; when several laws define a term, the entry has all their definitions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { GlossaryAdditionsSchema, type GlossaryAddition } from '../schemas/glossary-addition.ts';
import { lookupLaw } from './citations.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { slugOf } from './format.ts';
import { definitions } from './legal/definitions.ts';
import { nodeLines, type Pinpoint } from './legal/model.ts';
import { getLibrary, type Library } from './library.ts';
import { SourceError } from './source-error.ts';

export interface GlossaryDefinition {
  /** Slug of the defining document. */
  doc: string;
  pin: Pinpoint;
}

export interface GlossaryEntry {
  /** Anchor on thuat-ngu.html and the id <Term id="…"> uses. */
  id: string;
  /** The term as the (first) law writes it. */
  term: string;
  definitions: GlossaryDefinition[];
}

export const ADDITIONS_FILE = join(CONTENT_ROOT, 'thuat-ngu', 'them.yaml');

let loading: Promise<GlossaryEntry[]> | undefined;

/** Glossary entries in Vietnamese alphabetical order, built and checked once per build. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  loading ??= getLibrary().then(buildGlossary);
  return loading;
}

function buildGlossary(library: Library): GlossaryEntry[] {
  const fromLaws = library.documents.flatMap((doc) => (doc.text ? definitions(doc.text).map((d) => ({ ...d, doc: doc.slug })) : []));
  const entries = new Map<string, GlossaryEntry>();
  for (const { term, doc, pin } of [...fromLaws, ...readAdditions(library)]) {
    const id = slugOf(term);
    const entry = entries.get(id) ?? { id, term, definitions: [] };
    entry.definitions.push({ doc, pin });
    entries.set(id, entry);
  }
  return [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'vi'));
}

function readAdditions(library: Library): { term: string; doc: string; pin: Pinpoint }[] {
  if (!existsSync(ADDITIONS_FILE)) return [];
  const source = readFileSync(ADDITIONS_FILE, 'utf8');
  // Line of each top-level list item, so an error names the item's line.
  const itemLines = source.split('\n').flatMap((l, i) => (l.startsWith('- ') ? [i + 1] : []));
  const fail = (index: number, reason: string) => new SourceError(ADDITIONS_FILE, itemLines[index] ?? 1, reason);
  const documents = { document: (slug: string) => library.documents.find((d) => d.slug === slug) };
  return parseAdditions(source, fail).map((item, i) => {
    const pin: Pinpoint = { dieu: item.at.dieu, khoan: item.at.khoan, diem: item.at.diem };
    const found = lookupLaw(documents, item.at.doc, pin);
    if ('problem' in found) throw fail(i, found.problem);
    // Compared as slugs, so old and new accent placement ("thuỷ", "thủy") match.
    const text = slugOf(nodeLines(found.node!).map((l) => l.text).join(' '));
    if (!text.includes(slugOf(item.term))) throw fail(i, `the clause named for "${item.term}" does not mention it`);
    return { term: item.term, doc: item.at.doc, pin };
  });
}

function parseAdditions(source: string, fail: (index: number, reason: string) => SourceError): GlossaryAddition[] {
  let data: unknown;
  try {
    data = load(source);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new SourceError(ADDITIONS_FILE, (mark?.line ?? 0) + 1, (error as Error).message.split('\n')[0]);
  }
  const parsed = GlossaryAdditionsSchema.safeParse(data ?? []);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw fail(Number(issue.path[0] ?? 0), `${issue.path.join('.')}: ${issue.message}`);
}
