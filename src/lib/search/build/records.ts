/**
 * What Pagefind indexes, read from the built pages. Every element marked `data-search-record`
 * (each Điều of a law) becomes its own record, at its page URL plus its anchor, so Pagefind ranks
 * articles against each other and a query loads only the small texts of the articles it
 * shows, not whole laws. The rest of the page's <main data-pagefind-body> is one more record.
 *
 * A marked element with no id inside stays part of the page record. The site's own controls and
 * navigation marked `data-ui` (permalinks, "what cites this article" lists) are not content and
 * are left out, as the fidelity test leaves them out. Pages declare facts, this
 * module turns them into Pagefind filters and meta:
 * - `data-page-kind` on <main> -> filter `kind` (van-ban, giai-thich, hoi-dap …);
 * - `data-document` on any element in <main> -> filter `document` (the document's slug);
 * - the page's <title> without the site name -> the page record's title; an article's title is
 *   its heading (the first element with an id), and its context (meta `context`) is the page
 *   title and the headings of the sections around it; a unit whose heading is only a number
 *   declares a fuller title in `data-search-title`;
 * - filter `level`: `document` for the record of a document's own page (its title, metadata and
 *   notes), `content` for every other record, so the search can list articles and explanations
 *   before pages that only name a document.
 */
import { ELEMENT_NODE, parse, renderSync, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { PAGE_FACT, RECORD_HOOK, RECORD_TITLE, selector } from '../shared/names.ts';

export interface SearchRecord {
  /** Site-absolute URL the hit links to: "/van-ban/x.html#dieu-14". */
  url: string;
  /** A whole HTML document for Pagefind's addHTMLFile. */
  html: string;
}

interface PageFacts {
  lang: string;
  kind: string;
  document: string;
  title: string;
}

/** The records of one built page; none when it has no <main data-pagefind-body>. */
export function pageRecords(html: string, sitePath: string, siteName: string): SearchRecord[] {
  const root = parse(html) as Node;
  const main = querySelector(root, 'main[data-pagefind-body]') as ElementNode | null;
  if (!main) return [];
  for (const ui of querySelectorAll(main, '[data-ui]') as ElementNode[]) remove(ui);
  separateElements(main);
  const facts: PageFacts = {
    lang: (querySelector(root, 'html') as ElementNode | null)?.attributes.lang ?? 'vi',
    kind: main.attributes[PAGE_FACT.kind] ?? 'khac',
    document:
      (querySelector(main, selector(PAGE_FACT.document)) as ElementNode | null)?.attributes[
        PAGE_FACT.document
      ] ?? '',
    title: pageTitle(root, siteName),
  };
  const units = (querySelectorAll(main, selector(RECORD_HOOK)) as ElementNode[]).filter(
    (unit) => !insideAnother(unit, main) && firstWithId(unit),
  );
  const records = units.map((unit) => unitRecord(unit, sitePath, facts));
  for (const unit of units) remove(unit);
  const title = ` data-pagefind-meta="title[data-title]" data-title="${attr(facts.title)}"`;
  records.push({
    url: `/${sitePath}`,
    html: wrap(
      main.children.map(renderSync).join(''),
      facts,
      facts.document ? 'document' : 'content',
      title,
    ),
  });
  return records;
}

/** A unit's record, at the anchor of its first element with an id (its heading). */
function unitRecord(unit: ElementNode, sitePath: string, facts: PageFacts): SearchRecord {
  const anchor = firstWithId(unit)!;
  const title = unit.attributes[RECORD_TITLE];
  if (title) anchor.attributes[RECORD_TITLE] = title;
  anchor.attributes['data-pagefind-meta'] = title ? `title[${RECORD_TITLE}]` : 'title';
  const where = attr([facts.title, ...enclosingHeadings(unit)].join(' › '));
  const context = ` data-pagefind-meta="context[data-context]" data-context="${where}"`;
  return {
    url: `/${sitePath}#${anchor.attributes.id}`,
    html: wrap(renderSync(unit), facts, 'content', context),
  };
}

/** Headings of the sections around a unit inside <main>, outermost first ("Chương 2: CHẾ ĐỘ PHÁP LÝ …"). */
function enclosingHeadings(unit: ElementNode): string[] {
  const out: string[] = [];
  for (
    let up = unit.parent;
    up?.type === ELEMENT_NODE && !('data-pagefind-body' in up.attributes);
    up = up.parent
  ) {
    const heading = up.children.find(
      (c): c is ElementNode => c.type === ELEMENT_NODE && /^h\d$/.test(c.name),
    );
    if (heading && heading !== unit) out.unshift(textOf(heading));
  }
  return out;
}

/** The text of a record, as the search's common-words count reads it. */
export function recordText(html: string): string {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.type === TEXT_NODE) texts.push(node.value);
    else if ('children' in node) node.children.forEach(walk);
  };
  walk(parse(html) as Node);
  return texts.join(' ');
}

function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return node.value;
  return node.type === ELEMENT_NODE
    ? node.children.map(textOf).join('').replace(/\s+/g, ' ').trim()
    : '';
}

export type RecordLevel = 'document' | 'content';

/** A whole HTML document around a record's body; `meta` is extra attributes for <main>. */
function wrap(body: string, facts: PageFacts, level: RecordLevel, meta: string): string {
  const filters = [
    'kind[data-kind]',
    'level[data-level]',
    ...(facts.document ? ['document[data-document]'] : []),
  ].join(', ');
  const main =
    `<main data-pagefind-body data-pagefind-filter="${filters}" data-kind="${attr(facts.kind)}" ` +
    `data-level="${level}" data-document="${attr(facts.document)}"${meta}>`;
  return `<!doctype html><html lang="${attr(facts.lang)}"><body>${main}${body}</main></body></html>`;
}

function attr(value: string): string {
  return value.replace(/&(?!\w+;|#\d+;)/g, '&amp;').replace(/"/g, '&quot;');
}

function pageTitle(root: Node, siteName: string): string {
  const title = querySelector(root, 'title') as ElementNode | null;
  const text = title ? textOf(title) : '';
  const suffix = ` – ${siteName}`;
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

/**
 * Pagefind joins the text of neighbouring elements it does not know as blocks ("<dt>Số hiệu</dt>
 * <dd>06/2003</dd>" becomes "Số hiệu06/2003"); a space wherever an element meets a sibling keeps
 * words apart.
 */
function separateElements(node: ElementNode): void {
  const out: Node[] = [];
  for (const child of node.children) {
    const before = out.at(-1);
    if (before && (before.type === ELEMENT_NODE || child.type === ELEMENT_NODE)) {
      out.push({ type: TEXT_NODE, value: ' ', parent: node, loc: child.loc } as Node);
    }
    if (child.type === ELEMENT_NODE) separateElements(child);
    out.push(child);
  }
  node.children = out;
}

function firstWithId(node: ElementNode): ElementNode | undefined {
  for (const child of node.children) {
    if (child.type !== ELEMENT_NODE) continue;
    if (child.attributes.id) return child;
    const inner = firstWithId(child);
    if (inner) return inner;
  }
  return undefined;
}

function insideAnother(unit: ElementNode, main: ElementNode): boolean {
  for (let up: Node | undefined = unit.parent; up && up !== main; up = up.parent) {
    if (up.type === ELEMENT_NODE && RECORD_HOOK in up.attributes) return true;
  }
  return false;
}

function remove(node: ElementNode): void {
  const siblings = (node.parent as ElementNode).children;
  siblings.splice(siblings.indexOf(node), 1);
}
