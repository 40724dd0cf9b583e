/**
 * The glossary (thuat-ngu.html): every term the laws define, from their definitions articles
 * (src/lib/legal/definitions.ts) and from content/thuat-ngu/them.yaml for other defining clauses.
 * One entry per term id; when several laws define a term, the entry has all their definitions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GlossaryAdditionsSchema } from '../schemas/glossary-addition.ts';
import { lookupLaw, mentions } from './citations.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { slugOf } from './format.ts';
import { definitions } from './legal/definitions.ts';
import type { Pinpoint } from './legal/model.ts';
import { getLibrary, type Library } from './library.ts';
import { readYamlList } from './yaml-list.ts';

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
  const fromLaws = library.documents.flatMap((doc) =>
    doc.text ? definitions(doc.text).map((d) => ({ ...d, doc: doc.slug })) : [],
  );
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
  const { items, fail } = readYamlList(ADDITIONS_FILE, GlossaryAdditionsSchema);
  const documents = { document: (slug: string) => library.documents.find((d) => d.slug === slug) };
  return items.map((item, i) => {
    const pin: Pinpoint = { dieu: item.at.dieu, khoan: item.at.khoan, diem: item.at.diem };
    const found = lookupLaw(documents, item.at.doc, pin);
    if ('problem' in found) throw fail(i, found.problem);
    if (!mentions(found.node!, item.term))
      throw fail(i, `the clause named for "${item.term}" does not mention it`);
    return { term: item.term, doc: item.at.doc, pin };
  });
}
