/**
 * The one structure model of a legal text: Phần? → Chương → Mục? → Điều → khoản → điểm.
 * Every page, the table of contents, citations, the glossary and the search index read it.
 * The model keeps every source line verbatim (numbers such as "1." and "a)" included), so the
 * rendered text can be proved equal to the source.
 */
export type NodeKind = 'phan' | 'chuong' | 'muc' | 'dieu' | 'khoan' | 'diem';

/** One line of the source, as written, with its 1-based line number in the source file. */
export interface Line {
  text: string;
  line: number;
}

/** A quoted passage inside an article, such as the new wording of an amended article. */
export interface Quote {
  type: 'quote';
  id: string;
  line: number;
  content: Block[];
}

export type Block = ({ type: 'text' } & Line) | { type: 'node'; node: LegalNode } | Quote;

export interface LegalNode {
  kind: NodeKind;
  /** The number as written: "1", "IV", "14a", "đ". */
  num: string;
  /** Anchor id, from `anchorId`. */
  id: string;
  /** The first line, verbatim: "Chương 1:", "Điều 14", "Điều 1. Phạm vi điều chỉnh", "2. Phá hoại …". */
  label: Line;
  /** Division title (the line after "Chương I"), or the article title after "Điều N. ". */
  title?: string;
  /** For divisions, the title line as a source line. */
  titleLine?: Line;
  content: Block[];
}

export interface LegalText {
  /** Path of the source file, for error messages. */
  file: string;
  /**
   * A title line the source puts above a text whose official heading it lacks (a codification's
   * one-line title, with the number and date); the source's words, not the document's.
   */
  sourceTitle?: Line;
  /**
   * The official heading block: national motto, number, place and date, kind and name; empty
   * when the source lacks it.
   */
  heading: Line[];
  /** Lines between the heading and the first division or article ("Căn cứ …"). */
  preamble: Line[];
  /** Top-level divisions, or articles directly when the text has no chapters (treaties). */
  body: LegalNode[];
  /** Adoption formula and signature after the last article. */
  closing: Line[];
}

export function childNodes(blocks: readonly Block[]): LegalNode[] {
  return blocks.flatMap((b) => (b.type === 'node' ? [b.node] : []));
}

/** Every article in reading order (quoted articles excluded: they belong to another text). */
export function articles(text: LegalText): LegalNode[] {
  const out: LegalNode[] = [];
  const walk = (nodes: LegalNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'dieu') out.push(node);
      else walk(childNodes(node.content));
    }
  };
  walk(text.body);
  return out;
}

/** Every source line of a node in order, its label first, quoted passages included. */
export function nodeLines(node: LegalNode): Line[] {
  const out: Line[] = [node.label];
  if (node.titleLine) out.push(node.titleLine);
  out.push(...blockLines(node.content));
  return out;
}

/** The node's text on one line (lines joined, runs of spaces as one, NFC), for finding words in it. */
export function nodeText(node: LegalNode): string {
  return nodeLines(node)
    .map((l) => l.text)
    .join(' ')
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

export function blockLines(blocks: readonly Block[]): Line[] {
  return blocks.flatMap((b): Line[] => {
    if (b.type === 'text') return [{ text: b.text, line: b.line }];
    if (b.type === 'node') return nodeLines(b.node);
    return blockLines(b.content);
  });
}

export interface Pinpoint {
  dieu: string;
  khoan?: string;
  diem?: string;
}

/** The article, khoản or điểm a pinpoint names, or undefined when it does not exist. */
export function findNode(text: LegalText, at: Pinpoint): LegalNode | undefined {
  let node = articles(text).find((a) => a.num === at.dieu);
  if (node && at.khoan !== undefined) node = childOfKind(node, 'khoan', at.khoan);
  if (node && at.diem !== undefined) node = childOfKind(node, 'diem', at.diem);
  return node;
}

function childOfKind(node: LegalNode, kind: NodeKind, num: string): LegalNode | undefined {
  return childNodes(node.content).find((n) => n.kind === kind && n.num === num);
}
