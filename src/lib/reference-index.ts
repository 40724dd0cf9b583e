/**
 * The references inside every text on the shelf (src/lib/legal/references.ts), found once per
 * build: the links each line of law text gets, what in other documents refers to each article, the
 * documents a text names in its "Căn cứ …" lines, and per document how many references were found,
 * linked and left plain (logged by the build).
 */
import type { Pinpoint, Line } from './legal/model.ts';
import { shelfEntry, textReferences } from './legal/references.ts';
import type { FoundReference, PlainReason, ReferenceLink } from './legal/references.ts';
import type { ShelfDocument } from './library.ts';

/** A place in another document that refers to an article. */
export interface Citing {
  doc: ShelfDocument;
  /** The article, khoản or điểm the referring words stand in. */
  pin: Pinpoint;
  anchor: string;
}

/** A "Căn cứ …" line of a preamble, with the shelf document it names when there is one. */
export interface Basis {
  /** The words after "Căn cứ", as written, without the closing ";". */
  name: string;
  doc?: ShelfDocument;
}

export interface ReferenceCounts {
  /** References found: a list ("khoản 1, khoản 2 Điều này") counts once. */
  found: number;
  /** References that became links, and how many links they make. */
  linked: number;
  links: number;
  plain: Partial<Record<PlainReason, number>>;
}

export interface ReferenceIndex {
  /** The links in one line of a text on the shelf (the model's own line object). */
  linksIn(line: Line): readonly ReferenceLink[];
  /** References from other documents to an article, in shelf order. */
  citing(slug: string, article: string): Citing[];
  /** The "Căn cứ …" lines of a document's preamble. */
  basisOf(doc: ShelfDocument): Basis[];
  counts: Map<string, ReferenceCounts>;
}

const BASIS = /^Căn cứ (.+?)[;,.]?$/u;

export function buildReferenceIndex(documents: readonly ShelfDocument[]): ReferenceIndex {
  const shelf = documents.map((d) => shelfEntry(d.slug, d.data, d.text));
  const bySlug = new Map(documents.map((d) => [d.slug, d]));
  const links = new WeakMap<Line, ReferenceLink[]>();
  const citing = new Map<string, Citing[]>();
  const counts = new Map<string, ReferenceCounts>();
  documents.forEach((doc, i) => {
    if (!doc.text) return;
    const lines = textReferences(doc.text, shelf[i], shelf);
    for (const { line, ctx, references } of lines) {
      links.set(
        line,
        references.flatMap((r) => r.links),
      );
      if (ctx.article && !ctx.quote) {
        const pin = { dieu: ctx.article.num, khoan: ctx.khoan?.num, diem: ctx.diem?.num };
        const anchor = (ctx.diem ?? ctx.khoan ?? ctx.article).id;
        for (const link of references.flatMap((r) => r.links))
          addCiting(citing, link, { doc, pin, anchor });
      }
    }
    counts.set(doc.slug, countOf(lines.flatMap((l) => l.references)));
  });
  return {
    linksIn: (line) => links.get(line) ?? [],
    citing: (slug, article) => citing.get(`${slug}#${article}`) ?? [],
    basisOf: (doc) =>
      (doc.text?.preamble ?? []).flatMap((line) => {
        const m = BASIS.exec(line.text);
        if (!m) return [];
        const named = (links.get(line) ?? []).find(
          (l) => l.start === 'Căn cứ '.length && !l.anchor,
        );
        return [{ name: m[1], doc: named && bySlug.get(named.doc) }];
      }),
    counts,
  };
}

function addCiting(index: Map<string, Citing[]>, link: ReferenceLink, from: Citing): void {
  if (link.doc === from.doc.slug || !link.article) return;
  const key = `${link.doc}#${link.article}`;
  const list = index.get(key) ?? [];
  if (!list.some((c) => c.doc === from.doc && c.anchor === from.anchor)) list.push(from);
  index.set(key, list);
}

function countOf(references: FoundReference[]): ReferenceCounts {
  const plain: ReferenceCounts['plain'] = {};
  for (const r of references) if (r.plain) plain[r.plain] = (plain[r.plain] ?? 0) + 1;
  const linked = references.filter((r) => r.links.length > 0);
  const links = linked.reduce((n, r) => n + r.links.length, 0);
  return { found: references.length, linked: linked.length, links, plain };
}

/**
 * A document details a law only if its own words say so: its "Căn cứ" lines name the law, or its
 * title does ("Nghị định quy định chi tiết một số điều Luật Biên phòng Việt Nam"). Why not, or undefined.
 */
export function detailsProblem(
  doc: Pick<ShelfDocument, 'slug' | 'data'>,
  basis: readonly Basis[],
  titleOf: (slug: string) => string | undefined,
): string | undefined {
  for (const { id } of doc.data.details) {
    const title = titleOf(id);
    if (id === doc.slug) return 'details: a document cannot detail itself';
    if (!basis.some((b) => b.doc?.slug === id) && !(title && doc.data.title.includes(title))) {
      return `details: ${id} is named neither in the "Căn cứ" lines nor in the title of this document`;
    }
  }
  return undefined;
}

/** "nghi-dinh-106-2021-nd-cp: 14 found, 12 linked (18 links), 2 left plain (not-on-shelf 2)". */
export function describeCounts(slug: string, c: ReferenceCounts): string {
  const reasons = Object.entries(c.plain)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const plain = `${c.found - c.linked} left plain${reasons ? ` (${reasons})` : ''}`;
  return `${slug}: ${c.found} found, ${c.linked} linked (${c.links} links), ${plain}`;
}
