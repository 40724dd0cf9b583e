/** The table of contents of a legal text, read from the model. */
import { articles, childNodes, nodeLines, type LegalNode, type LegalText } from './model.ts';

export interface TocEntry {
  id: string;
  /** "Chương 1: NHỮNG QUY ĐỊNH CHUNG", "Điều 14", "Điều 1. Phạm vi điều chỉnh". */
  label: string;
  /** For untitled articles: the opening words of the article, so the list says what each is about. */
  gist?: string;
  children: TocEntry[];
}

const GIST_LENGTH = 70;

/** The first words of an untitled article, cut at a word boundary. */
export function gist(article: LegalNode): string | undefined {
  if (article.title) return undefined;
  const first = nodeLines(article)[1]?.text;
  return first ? firstWords(first) : undefined;
}

/** A line cut at a word boundary with " …" when longer than a list can show (the handout names khoản so). */
export function firstWords(line: string): string {
  if (line.length <= GIST_LENGTH) return line;
  const cut = line.slice(0, GIST_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** An untitled article's label with its first words, as a search hit names it: "Điều 29. 1. Biên giới …". */
export function labelWithGist(label: string, gist: string | undefined): string {
  return gist ? `${label}. ${gist}` : label;
}

function entry(node: LegalNode): TocEntry {
  if (node.kind === 'dieu')
    return { id: node.id, label: node.label.text, gist: gist(node), children: [] };
  const label = node.titleLine ? `${node.label.text} ${node.titleLine.text}` : node.label.text;
  return { id: node.id, label, children: childNodes(node.content).map(entry) };
}

export function toc(text: LegalText): TocEntry[] {
  return text.body.map(entry);
}

export function articleCount(text: LegalText): number {
  return articles(text).length;
}
