/**
 * The shelf: every document with its metadata and, where we have it, its parsed text. Loaded once
 * per build; everything that crosses documents (amendments, fact checks) is validated here, so a
 * bad record stops the build with the file and line.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Amendment } from '../schemas/amendment.ts';
import type { LegalDocument } from '../schemas/document.ts';
import { dateInWords, textFacts } from './legal/facts.ts';
import { findNode, nodeLines, type LegalNode, type LegalText, type Quote } from './legal/model.ts';
import { parseLegalText } from './legal/parse.ts';
import { decodeSource } from './legal/source-file.ts';
import { buildReferenceIndex, describeCounts, detailsProblem } from './reference-index.ts';
import type { Basis, ReferenceIndex } from './reference-index.ts';
import { lineOf, SourceError } from './source-error.ts';
import { changesAt, changesNotNamingAt, changeState, unchangedClaim } from './status.ts';

export interface ShelfDocument {
  slug: string;
  data: LegalDocument;
  entry: CollectionEntry<'vanBan'>;
  /** The parsed text; undefined when this edition has no verified full text. */
  text?: LegalText;
  /** Path of the source text file, relative to the project root. */
  textFile?: string;
}

/** An amendment seen from both ends, resolved to the nodes involved. */
export interface AmendmentLink {
  amendment: Amendment;
  by: ShelfDocument;
  byArticle: LegalNode;
  target: ShelfDocument;
  targetArticle: LegalNode;
  /** The new wording quoted in the amending article (effect `thay-the`). */
  newWording?: Quote;
}

export interface Library {
  documents: ShelfDocument[];
  get(slug: string): ShelfDocument;
  /** Amendments whose target is the given document, by target article number. */
  amendmentsOf(slug: string): Map<string, AmendmentLink[]>;
  /** Amendments made by the given document, by amending article number. */
  amendmentsBy(slug: string): Map<string, AmendmentLink[]>;
  /** Documents that detail the given law (their `details:` names it): its "Văn bản quy định chi tiết". */
  detailedBy(slug: string): ShelfDocument[];
  /** References inside the texts: their links, what refers to each article, the "Căn cứ" lines. */
  references: ReferenceIndex;
  /** The named public sources (content/tham-khao/) that references name, in their order. */
  sources(refs: readonly { id: string }[]): PublicSource[];
}

export type PublicSource = CollectionEntry<'thamKhao'>;

/**
 * Every known change a quote of an article must carry: amendments by documents on the shelf, the
 * outstanding changes that name it, and those of the document whose articles are not all known.
 */
export function changesTo(library: Library, doc: ShelfDocument, dieu: string) {
  const amendedBy = library.amendmentsOf(doc.slug).get(dieu) ?? [];
  const atArticle = changesAt(doc.data, dieu);
  const documentWide = changesNotNamingAt(doc.data, dieu);
  return {
    amendedBy,
    atArticle,
    documentWide,
    any: amendedBy.length + atArticle.length + documentWide.length > 0,
  };
}

let loading: Promise<Library> | undefined;

/** The library, loaded and validated once per build. */
export function getLibrary(): Promise<Library> {
  loading ??= loadLibrary();
  return loading;
}

async function loadLibrary(): Promise<Library> {
  const [entries, publicSources] = await Promise.all([
    getCollection('vanBan'),
    getCollection('thamKhao'),
  ]);
  const sourcesById = new Map(publicSources.map((s) => [s.id, s]));
  const sourceIds = new Set(sourcesById.keys());
  const documents = entries.map((entry) => loadDocument(entry, sourceIds)).sort(byKindAndDate);
  checkNumbersUnique(documents);
  const bySlug = new Map(documents.map((d) => [d.slug, d]));
  const get = (slug: string): ShelfDocument => {
    const doc = bySlug.get(slug);
    if (!doc) throw new Error(`no document "${slug}" in content/van-ban/`);
    return doc;
  };
  const links = documents.flatMap((doc) =>
    doc.data.amends.map((a) => resolveAmendment(doc, a, get)),
  );
  const group = (key: (l: AmendmentLink) => [string, string], slug: string) => {
    const out = new Map<string, AmendmentLink[]>();
    for (const link of links) {
      const [doc, article] = key(link);
      if (doc === slug) out.set(article, [...(out.get(article) ?? []), link]);
    }
    return out;
  };
  const references = buildReferenceIndex(documents);
  for (const [slug, counts] of references.counts)
    console.log(`[references] ${describeCounts(slug, counts)}`);
  for (const doc of documents) checkDetails(doc, references.basisOf(doc), bySlug);
  return {
    documents,
    get,
    amendmentsOf: (slug) => group((l) => [l.target.slug, l.targetArticle.num], slug),
    amendmentsBy: (slug) => group((l) => [l.by.slug, l.byArticle.num], slug),
    detailedBy: (slug) => documents.filter((d) => d.data.details.some((r) => r.id === slug)),
    references,
    sources: (refs) => refs.map((ref) => publicSource(sourcesById, ref.id)),
  };
}

/** Two documents with one số hiệu would be two pages for one law; case and spaces do not tell numbers apart. */
function checkNumbersUnique(documents: ShelfDocument[]): void {
  const seen = new Map<string, ShelfDocument>();
  for (const doc of [...documents].sort((a, b) =>
    entryFile(a.entry).localeCompare(entryFile(b.entry)),
  )) {
    if (!doc.data.number) continue;
    const key = doc.data.number.replace(/\s+/g, '').toUpperCase();
    const first = seen.get(key);
    if (first) {
      const file = entryFile(doc.entry);
      const line = lineOf(readFileSync(file, 'utf8'), /^number:/);
      throw new SourceError(
        file,
        line,
        `number "${doc.data.number}" is already the number of ${entryFile(first.entry)}`,
      );
    }
    seen.set(key, doc);
  }
}

function checkDetails(
  doc: ShelfDocument,
  basis: Basis[],
  bySlug: Map<string, ShelfDocument>,
): void {
  const problem = detailsProblem(doc, basis, (slug) => bySlug.get(slug)?.data.title);
  if (!problem) return;
  const file = entryFile(doc.entry);
  throw new SourceError(file, lineOf(readFileSync(file, 'utf8'), /^details:/), problem);
}

function byKindAndDate(a: ShelfDocument, b: ShelfDocument): number {
  return a.data.signed.getTime() - b.data.signed.getTime() || a.slug.localeCompare(b.slug);
}

function entryFile(entry: CollectionEntry<'vanBan'>): string {
  return entry.filePath ?? `content/van-ban/${entry.id}.mdx`;
}

function publicSource(sources: Map<string, PublicSource>, id: string): PublicSource {
  const source = sources.get(id);
  if (!source) throw new Error(`no public source "${id}" in content/tham-khao/`);
  return source;
}

function loadDocument(entry: CollectionEntry<'vanBan'>, sourceIds: Set<string>): ShelfDocument {
  const file = entryFile(entry);
  const frontmatter = readFileSync(file, 'utf8');
  const doc: ShelfDocument = { slug: entry.id, data: entry.data, entry };
  checkSourcesExist(file, frontmatter, entry.data, sourceIds);
  if (!entry.data.text) {
    // Without a text to state them, the facts on the page need a named public source.
    if (entry.data.sources.length === 0)
      throw new SourceError(
        file,
        1,
        'a document without text needs `sources:` for its dates and signers',
      );
    checkStatus(file, frontmatter, entry.data);
    return doc;
  }
  const textFile = join(dirname(file), entry.data.text);
  let bytes: Buffer;
  try {
    bytes = readFileSync(textFile);
  } catch {
    throw new SourceError(
      file,
      lineOf(frontmatter, /^text:/),
      `text file ${textFile} is missing; run scripts/import-van-ban.ts`,
    );
  }
  const source = decodeSource(bytes, textFile);
  const sha = createHash('sha256').update(source).digest('hex');
  if (entry.data.provenance.sha256 && entry.data.provenance.sha256 !== sha) {
    throw new SourceError(
      file,
      lineOf(frontmatter, 'sha256:'),
      `${textFile} changed since it was imported (sha256 differs); re-run the importer so the change is reviewed`,
    );
  }
  const text = parseLegalText(source, textFile);
  checkFacts(file, frontmatter, entry.data, text);
  checkStatus(file, frontmatter, entry.data, text);
  return { ...doc, text, textFile };
}

/** Every public source the frontmatter names is in content/tham-khao/. */
function checkSourcesExist(
  file: string,
  frontmatter: string,
  data: LegalDocument,
  sourceIds: Set<string>,
): void {
  const named = [
    ...data.sources,
    ...data.statusSources,
    ...data.outstandingChanges.flatMap((c) => c.sources),
  ];
  const missing = named.find((ref) => !sourceIds.has(ref.id));
  if (missing) {
    throw new SourceError(
      file,
      lineOf(frontmatter, missing.id),
      `no public source "${missing.id}" in content/tham-khao/`,
    );
  }
}

/**
 * Outstanding changes name articles that exist, and a known one is not contradicted by the
 * status note (a law amended in 2025 once had a page that said no amendment was found).
 */
function checkStatus(
  file: string,
  frontmatter: string,
  data: LegalDocument,
  text?: LegalText,
): void {
  const from = lineOf(frontmatter, /^outstandingChanges:/);
  const at = (needle: RegExp) =>
    from -
    1 +
    lineOf(
      frontmatter
        .split('\n')
        .slice(from - 1)
        .join('\n'),
      needle,
    );
  for (const change of data.outstandingChanges) {
    if (change.applies === 'unknown' && (change.articles.length > 0 || change.extent)) {
      const reason = `${change.act.number} is not known to change this document (applies: unknown), so it names no articles and no extent`;
      throw new SourceError(file, at(/^\s+applies: unknown/), `outstandingChanges: ${reason}`);
    }
    for (const { article } of change.articles) {
      const line = at(new RegExp(`article: ['"]?${article}\\b`));
      if (!text)
        throw new SourceError(
          file,
          line,
          'outstandingChanges: articles can be named only for a document with its text',
        );
      if (!findNode(text, { dieu: article })) {
        throw new SourceError(
          file,
          line,
          `outstandingChanges: Điều ${article} does not exist in ${text.file}`,
        );
      }
    }
  }
  const note = data.statusNote ?? '';
  const claim = unchangedClaim(note);
  if (claim && changeState(data, false) === 'outstanding') {
    const acts = data.outstandingChanges
      .filter((c) => c.applies === 'known')
      .map((c) => c.act.number)
      .join(', ');
    const line =
      lineOf(frontmatter, claim) > 1
        ? lineOf(frontmatter, claim)
        : lineOf(frontmatter, /^statusNote:/);
    const reason =
      `statusNote reads as if the document were unchanged ("${claim.exec(note)![0]}"), ` +
      `but outstandingChanges says ${acts} changes it`;
    throw new SourceError(file, line, `${reason}: say what changed, or take the sentence out`);
  }
}

/** Metadata that the text itself states must agree with it. */
function checkFacts(file: string, frontmatter: string, data: LegalDocument, text: LegalText): void {
  if (text.heading.length === 0 && data.sources.length === 0) {
    // The number and date are then not in the text: they need a named public source.
    throw new SourceError(
      file,
      1,
      `${text.file} has no official heading: list \`sources:\` for the number and date`,
    );
  }
  const heading =
    text.heading.length > 0 ? text.heading : text.sourceTitle ? [text.sourceTitle] : [];
  if (data.number && heading.length > 0 && !heading.some((l) => l.text.includes(data.number!))) {
    throw new SourceError(
      file,
      lineOf(frontmatter, /^number:/),
      `number "${data.number}" is not in the heading of ${text.file}`,
    );
  }
  const stated = textFacts(text).signed;
  if (stated && stated.getTime() !== data.signed.getTime()) {
    throw new SourceError(
      file,
      lineOf(frontmatter, /^signed:/),
      `signed: the heading of ${text.file} states ${dateInWords(stated)[0]}`,
    );
  }
  if (data.inForce) {
    if (!data.inForceArticle)
      throw new SourceError(
        file,
        lineOf(frontmatter, /^inForce:/),
        'inForce needs inForceArticle: the article that states the date',
      );
    checkDateInArticle(
      file,
      frontmatter,
      text,
      data.inForceArticle,
      data.inForce,
      'inForceArticle',
    );
  }
}

function checkDateInArticle(
  file: string,
  frontmatter: string,
  text: LegalText,
  article: string,
  date: Date,
  field: string,
): void {
  const node = findNode(text, { dieu: article });
  const line = lineOf(frontmatter, new RegExp(`^\\s*${field}:`));
  if (!node)
    throw new SourceError(file, line, `${field}: Điều ${article} does not exist in ${text.file}`);
  const words = dateInWords(date);
  const body = nodeLines(node)
    .map((l) => l.text)
    .join('\n');
  if (!words.some((w) => body.includes(w))) {
    throw new SourceError(
      file,
      line,
      `${field}: Điều ${article} of ${text.file} does not state "${words[0]}"`,
    );
  }
}

function resolveAmendment(
  by: ShelfDocument,
  amendment: Amendment,
  get: (slug: string) => ShelfDocument,
): AmendmentLink {
  const file = entryFile(by.entry);
  const frontmatter = readFileSync(file, 'utf8');
  const at = (needle: RegExp) => lineOf(frontmatter, needle);
  if (!by.text)
    throw new SourceError(file, at(/^amends:/), 'amends needs the full text of this document');
  const byArticle = findNode(by.text, { dieu: amendment.article });
  if (!byArticle)
    throw new SourceError(
      file,
      at(new RegExp(`article: ['"]?${amendment.article}\\b`)),
      `amends: Điều ${amendment.article} does not exist in this document`,
    );
  const target = get(amendment.target.id);
  const targetArticle = target.text && findNode(target.text, { dieu: amendment.targetArticle });
  if (!targetArticle) {
    throw new SourceError(
      file,
      at(new RegExp(`targetArticle: ['"]?${amendment.targetArticle}\\b`)),
      `amends: Điều ${amendment.targetArticle} of ${target.slug} does not exist (or that document has no text)`,
    );
  }
  checkDateInArticle(
    file,
    frontmatter,
    by.text,
    amendment.inForceArticle,
    amendment.inForce,
    'inForceArticle',
  );
  const newWording = byArticle.content.find((b): b is Quote => b.type === 'quote');
  if (amendment.effect === 'thay-the' && !newWording) {
    throw new SourceError(
      file,
      at(/effect:/),
      `amends: Điều ${amendment.article} quotes no new wording for effect "thay-the"`,
    );
  }
  return { amendment, by, byArticle, target, targetArticle, newWording };
}
