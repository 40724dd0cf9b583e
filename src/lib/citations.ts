/**
 * Citations in content MDX (explainers, Q&A, outlines): <LawQuote>, <Cite>, <SourceRef>, <Term>,
 * and <Diagram>, whose own figures are checked where diagrams are loaded (src/lib/diagrams/load.ts).
 * One extraction, read from the file as written so every citation has its line, feeds both the
 * build check (a citation to anything that does not exist stops the build at file:line) and the
 * index of what cites each article. The components resolve their targets with `lookupLaw` too.
 */
import { pinpointLabel } from './legal/citation.ts';
import { hasWords } from './format.ts';
import {
  findNode,
  nodeLines,
  type LegalNode,
  type LegalText,
  type Pinpoint,
} from './legal/model.ts';
import { SourceError } from './source-error.ts';

const LAW_TAGS = ['LawQuote', 'Cite'] as const;
const REF_TAGS = ['SourceRef', 'Term', 'Diagram'] as const;
/** The citation components content MDX may use without importing them. */
export const CITATION_TAGS = [...LAW_TAGS, ...REF_TAGS] as const;

type LawTag = (typeof LAW_TAGS)[number];
type RefTag = (typeof REF_TAGS)[number];

export interface LawCitation {
  tag: LawTag;
  line: number;
  doc: string;
  /** Absent when the whole document is cited (<Cite doc="…" />). */
  pin?: Pinpoint;
}

export interface RefCitation {
  tag: RefTag;
  line: number;
  /** A source id (content/tham-khao/<id>.yaml), a glossary term id or a diagram id (content/hinh-minh-hoa/). */
  id: string;
}

export type Citation = LawCitation | RefCitation;

/** Attribute values as MDX passes them: strings, or numbers written `dieu={14}`. */
type Attr = string | number | undefined;

/** The pinpoint named by a component's attributes; undefined when there is no `dieu`. */
export function pinpointOf(attrs: {
  dieu?: Attr;
  khoan?: Attr;
  diem?: Attr;
}): Pinpoint | undefined {
  const text = (v: Attr) => (v === undefined ? undefined : String(v).trim());
  const dieu = text(attrs.dieu);
  if (!dieu) return undefined;
  return { dieu, khoan: text(attrs.khoan), diem: text(attrs.diem) };
}

const ALLOWED: Record<LawTag | RefTag, string[]> = {
  LawQuote: ['doc', 'dieu', 'khoan', 'diem'],
  Cite: ['doc', 'dieu', 'khoan', 'diem'],
  SourceRef: ['id'],
  Term: ['id'],
  Diagram: ['id'],
};
const TAG = new RegExp(
  `<(${CITATION_TAGS.join('|')})\\b((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*?)\\s*/?>`,
  'g',
);
const ATTR = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:(\d+)|"([^"]*)"|'([^']*)')\s*\})/g;

/** Every citation component in an MDX file, with its line; a malformed one throws a SourceError. */
export function extractCitations(source: string, file: string): Citation[] {
  const out: Citation[] = [];
  for (const m of source.matchAll(TAG)) {
    const tag = m[1] as LawTag | RefTag;
    const line = source.slice(0, m.index).split('\n').length;
    const fail = (reason: string) => new SourceError(file, line, `<${tag}>: ${reason}`);
    out.push(toCitation(tag, line, parseAttributes(m[2], tag, fail), fail));
  }
  return out;
}

function parseAttributes(
  text: string,
  tag: LawTag | RefTag,
  fail: (reason: string) => Error,
): Record<string, string> {
  const attrs: Record<string, string> = {};
  const rest = text.replace(ATTR, (all, name: string, ...values: (string | undefined)[]) => {
    if (!ALLOWED[tag].includes(name))
      throw fail(`unknown attribute "${name}" (allowed: ${ALLOWED[tag].join(', ')})`);
    attrs[name] = values
      .slice(0, 5)
      .find((v) => v !== undefined)!
      .trim();
    return '';
  });
  if (rest.trim()) throw fail(`cannot read "${rest.trim()}": write attributes as name="value"`);
  return attrs;
}

function toCitation(
  tag: LawTag | RefTag,
  line: number,
  attrs: Record<string, string>,
  fail: (reason: string) => Error,
): Citation {
  if (tag === 'SourceRef' || tag === 'Term' || tag === 'Diagram') {
    if (!attrs.id) throw fail('needs id="…"');
    return { tag, line, id: attrs.id };
  }
  if (!attrs.doc) throw fail('needs doc="…" (a document slug from content/van-ban/)');
  const pin = pinpointOf(attrs);
  if (!pin && (attrs.khoan || attrs.diem)) throw fail('khoan and diem need dieu');
  if (!pin && tag === 'LawQuote') throw fail('needs dieu="…": quote an article, khoản or điểm');
  return { tag, line, doc: attrs.doc, pin };
}

/** What a citation can point at. */
export interface CitationTargets {
  /** A document on the shelf, or undefined when there is none with that slug. */
  document(slug: string): { text?: LegalText } | undefined;
  sources: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  diagrams: ReadonlySet<string>;
}

/** Whether a node's text holds `words` (hasWords: whole words, marks and accent placement aside). */
export function mentions(node: LegalNode, words: string): boolean {
  return hasWords(
    nodeLines(node)
      .map((l) => l.text)
      .join(' '),
    words,
  );
}

/** The node a law citation names (none for the whole document), or why it names nothing. */
export function lookupLaw(
  targets: Pick<CitationTargets, 'document'>,
  doc: string,
  pin: Pinpoint | undefined,
): { node?: LegalNode } | { problem: string } {
  const found = targets.document(doc);
  if (!found) return { problem: `no document "${doc}" in content/van-ban/` };
  if (!pin) return {};
  if (!found.text)
    return {
      problem: `${doc} has no text in this edition, so ${pinpointLabel(pin)} cannot be cited`,
    };
  const node = findNode(found.text, pin);
  return node ? { node } : { problem: `${pinpointLabel(pin)} does not exist in ${doc}` };
}

/**
 * For the components: the document and node a law citation names. Throws when it names nothing;
 * the build check (`checkCitations`) has already reported that with file and line.
 */
export function resolveLaw<D extends { slug: string; text?: LegalText }>(
  documents: D[],
  tag: string,
  attrs: { doc: string; dieu?: Attr; khoan?: Attr; diem?: Attr },
): { doc: D; pin?: Pinpoint; node?: LegalNode } {
  const pin = pinpointOf(attrs);
  const doc = documents.find((d) => d.slug === attrs.doc);
  const found = lookupLaw({ document: () => doc }, attrs.doc, pin);
  if ('problem' in found) throw new Error(`<${tag}>: ${found.problem}`);
  return { doc: doc!, pin, node: found.node };
}

/** Why a citation points at nothing, or undefined when its target exists. */
export function citationProblem(c: Citation, targets: CitationTargets): string | undefined {
  switch (c.tag) {
    case 'SourceRef':
      return targets.sources.has(c.id)
        ? undefined
        : `no public source "${c.id}" in content/tham-khao/`;
    case 'Term':
      return targets.terms.has(c.id)
        ? undefined
        : `no glossary term "${c.id}" (terms come from the laws' definitions articles and content/thuat-ngu/them.yaml)`;
    case 'Diagram':
      return targets.diagrams.has(c.id)
        ? undefined
        : `no diagram "${c.id}" in content/hinh-minh-hoa/`;
    default: {
      const found = lookupLaw(targets, c.doc, c.pin);
      return 'problem' in found ? found.problem : undefined;
    }
  }
}

/** The citations of one MDX file, each checked; the first that points at nothing throws file:line. */
export function checkCitations(source: string, file: string, targets: CitationTargets): Citation[] {
  const citations = extractCitations(source, file);
  for (const c of citations) {
    const problem = citationProblem(c, targets);
    if (problem) throw new SourceError(file, c.line, `<${c.tag}>: ${problem}`);
  }
  return citations;
}
