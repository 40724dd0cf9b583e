/**
 * Diagrams (content/hinh-minh-hoa/<id>.yaml): pictures whose every number is data with
 * the article that states it. Loaded and checked once per build: a figure whose "<value> <unit>" is
 * not in the text of the article it cites, a citation to nothing, or a number in a part's rule
 * that is none of its figures stops the build at the part's line (src/lib/diagrams/check.ts).
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Diagram } from '../../schemas/diagram.ts';
import type { CitationTargets } from '../citations.ts';
import { getLibrary } from '../library.ts';
import { lineOf, SourceError } from '../source-error.ts';
import { diagramProblems, partProblems } from './check.ts';

export interface LoadedDiagram {
  /** Stable id: the file name, the anchor of the figure on any page, the id <Diagram id> takes. */
  id: string;
  data: Diagram;
}

let loading: Promise<Map<string, LoadedDiagram>> | undefined;

/** Every diagram by id, checked against the shelf once per build. */
export function getDiagrams(): Promise<Map<string, LoadedDiagram>> {
  loading ??= loadDiagrams();
  return loading;
}

async function loadDiagrams(): Promise<Map<string, LoadedDiagram>> {
  const loaded = [getLibrary(), getCollection('hinhMinhHoa'), getCollection('thamKhao')] as const;
  const [library, entries, sources] = await Promise.all(loaded);
  const targets = { document: (slug: string) => library.documents.find((d) => d.slug === slug) };
  const quoteOf = (id?: string) => sources.find((s) => s.id === id)?.data.quote;
  for (const entry of entries) check(entry, targets, quoteOf(entry.data.conversion?.id));
  return new Map(entries.map((e) => [e.id, { id: e.id, data: e.data }]));
}

type Targets = Pick<CitationTargets, 'document'>;

function check(
  entry: CollectionEntry<'hinhMinhHoa'>,
  targets: Targets,
  conversionQuote?: string,
): void {
  const file = entry.filePath ?? `hinh-minh-hoa/${entry.id}.yaml`;
  const source = readFileSync(file, 'utf8');
  const [whole] = diagramProblems(entry.data, conversionQuote);
  const wholeLine = lineOf(source, whole?.startsWith('the drawing') ? /^parts:/ : /^conversion:/);
  if (whole) throw new SourceError(file, wholeLine, whole);
  for (const part of entry.data.parts) {
    const [problem] = partProblems(part, targets);
    const line = lineOf(source, new RegExp(`key:\\s*['"]?${part.key}['"]?\\s*$`));
    if (problem) throw new SourceError(file, line, `part "${part.key}": ${problem}`);
  }
}
