/**
 * What the handout page offers: every article of every document with a text on
 * the shelf (its khoản and điểm are chosen inside it), every explainer, answer and diagram, each
 * with its key and the documents whose words or status it shows, so the printed sheet can name
 * each one's date and notice. The page renders each candidate once; the sheet is made from them.
 */
import type { Citation } from '../citations.ts';
import { getContentIndex, type ContentItem } from '../content-index.ts';
import { partRefs } from '../diagrams/check.ts';
import { getDiagrams, type LoadedDiagram } from '../diagrams/load.ts';
import { articles, type LegalNode } from '../legal/model.ts';
import { getLibrary, type Library, type ShelfDocument } from '../library.ts';
import { documentStatus, type DocumentStatus } from '../status.ts';
import { handoutKey } from './keys.ts';

export interface Candidate {
  key: string;
  /** Slugs of the documents whose text or status the item shows, each once. */
  docs: string[];
}

export interface ArticleCandidate extends Candidate {
  node: LegalNode;
}

export interface LawCandidates {
  doc: ShelfDocument;
  status: DocumentStatus;
  articles: ArticleCandidate[];
}

export interface ContentCandidate extends Candidate {
  item: ContentItem;
}

export interface DiagramCandidate extends Candidate {
  diagram: LoadedDiagram;
}

export interface HandoutCandidates {
  laws: LawCandidates[];
  explainers: ContentCandidate[];
  questions: ContentCandidate[];
  diagrams: DiagramCandidate[];
  /** Every document a candidate names, in shelf order, with its status. */
  documents: { doc: ShelfDocument; status: DocumentStatus }[];
}

interface Quoted {
  doc: string;
  dieu?: string;
}

/** The documents of some quoted articles, with those whose amending article a notice there quotes. */
function quotedDocuments(library: Library, quoted: Quoted[]): string[] {
  const amending = (q: Quoted) =>
    (q.dieu ? (library.amendmentsOf(q.doc).get(q.dieu) ?? []) : []).map((l) => l.by.slug);
  return [...new Set(quoted.flatMap((q) => [q.doc, ...amending(q)]))];
}

const diagramQuotes = (diagram: LoadedDiagram): Quoted[] => diagram.data.parts.flatMap(partRefs);

function contentQuotes(citations: Citation[], diagrams: Map<string, LoadedDiagram>): Quoted[] {
  return citations.flatMap((c): Quoted[] => {
    if ('doc' in c) return [{ doc: c.doc, dieu: c.pin?.dieu }];
    const diagram = c.tag === 'Diagram' ? diagrams.get(c.id) : undefined;
    return diagram ? diagramQuotes(diagram) : [];
  });
}

export async function handoutCandidates(): Promise<HandoutCandidates> {
  const [library, index, diagrams] = await Promise.all([
    getLibrary(),
    getContentIndex(),
    getDiagrams(),
  ]);
  const laws = library.documents.flatMap((doc) => {
    if (!doc.text) return [];
    const candidates = articles(doc.text).map((node) => ({
      node,
      key: handoutKey({ kind: 'law', doc: doc.slug, pin: { dieu: node.num } }),
      docs: quotedDocuments(library, [{ doc: doc.slug, dieu: node.num }]),
    }));
    return [{ doc, status: documentStatus(doc, library), articles: candidates }];
  });
  const content = (kind: 'explainer' | 'question', items: ContentItem[]) =>
    items.map((item) => ({
      item,
      key: handoutKey({ kind, slug: item.slug }),
      docs: quotedDocuments(library, contentQuotes(item.citations, diagrams)),
    }));
  const pictures = [...diagrams.values()].map((diagram) => ({
    diagram,
    key: handoutKey({ kind: 'diagram', id: diagram.id }),
    docs: quotedDocuments(library, diagramQuotes(diagram)),
  }));
  const explainers = content('explainer', index.items('giai-thich'));
  const questions = content('question', index.items('hoi-dap'));
  const candidates: Candidate[] = [
    ...laws.flatMap((l) => l.articles),
    ...explainers,
    ...questions,
    ...pictures,
  ];
  const named = new Set(candidates.flatMap((c) => c.docs));
  const documents = library.documents
    .filter((doc) => named.has(doc.slug))
    .map((doc) => ({ doc, status: documentStatus(doc, library) }));
  return { laws, explainers, questions, diagrams: pictures, documents };
}

/** The keys an outline's "Thêm vào tài liệu phát tay" adds: the articles, khoản and điểm it quotes. */
export function outlineKeys(item: ContentItem): string[] {
  const keys = item.citations.flatMap((c) => {
    if (c.tag !== 'LawQuote' || !('doc' in c) || !c.pin) return [];
    return [handoutKey({ kind: 'law', doc: c.doc, pin: c.pin })];
  });
  return [...new Set(keys)];
}
