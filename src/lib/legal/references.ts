/**
 * References inside legal text, found in the structure model and resolved against the shelf, so a
 * page can link them the way eCFR and Cornell LII do: "khoản 1 Điều này", "quy định tại Điều 16
 * của Luật này", "điểm a và điểm b khoản 1 Điều này", "các Điều 9, 11, 13, 15 và 17 của Luật này",
 * "từ Điều 7 đến Điều 27 Nghị định này", "khoản 3 Điều 10 Luật Biên phòng Việt Nam", "Điều 21 của
 * Luật Biên giới quốc gia số 06/2003/QH11", and names of documents ("Căn cứ Luật Biên giới quốc gia
 * ngày 17 tháng 6 năm 2003").
 *
 * Nothing is linked on a guess. A reference stays plain text when it names a document that is not
 * on the shelf (or one whose number or date disagrees), a target that does not exist, no document
 * at all ("Điều 5" alone), or when it is ambiguous; "Luật này" inside a quoted passage (the new
 * wording of another law's article) means the quoted law, so it stays plain too. A reference to
 * the very article or khoản it stands in ("Chính phủ quy định chi tiết Điều này") is not linked.
 * Links are offsets into the line: the text is never changed.
 */
import { t, type UiKey } from '../../i18n/vi.ts';
import {
  childNodes,
  findNode,
  type Block,
  type LegalNode,
  type LegalText,
  type Line,
  type Quote,
} from './model.ts';
import { pinpointFromId } from './ids.ts';

/** What the finder needs to know of a document on the shelf. */
export interface ShelfEntry {
  slug: string;
  /** The word a text uses for its kind: "Luật", "Nghị định". */
  kindWord: string;
  /** The title as texts name it: "Luật Biên giới quốc gia". */
  title: string;
  number?: string;
  signed: Date;
  text?: LegalText;
}

interface EntryData {
  kind: string;
  title: string;
  number?: string;
  signed: Date;
}

/** The finder's view of a document: its kind word is the reader's label for its kind ("Luật", "Nghị định"). */
export function shelfEntry(slug: string, data: EntryData, text?: LegalText): ShelfEntry {
  const { title, number, signed } = data;
  return { slug, kindWord: t(`kind.${data.kind}` as UiKey), title, number, signed, text };
}

/** Where a line stands, for the words "này" ("Điều này", "khoản này", "Luật này"). */
export interface LineContext {
  article?: LegalNode;
  khoan?: LegalNode;
  diem?: LegalNode;
  /** The quoted passage the line is in: the new wording of an article of another document. */
  quote?: Quote;
}

export interface ReferenceLink {
  /** Offsets of the linked words in the line's text. */
  start: number;
  end: number;
  /** Slug of the document linked to. */
  doc: string;
  /** Anchor id of the article, khoản or điểm; absent for a link to the whole document. */
  anchor?: string;
  /** Number of the article the anchor is in, when it is one of the document's own articles. */
  article?: string;
}

export type PlainReason =
  'self' | 'not-on-shelf' | 'no-text' | 'no-document' | 'missing-target' | 'ambiguous' | 'in-quote';

export interface FoundReference {
  start: number;
  end: number;
  /** `pinpoint`: an article, khoản or điểm; `document`: a document's name alone. */
  kind: 'pinpoint' | 'document';
  /** The links it becomes; empty when it stays plain. */
  links: ReferenceLink[];
  /** Why it stays plain, when it has no links. */
  plain?: PlainReason;
}

type Level = 'diem' | 'khoan' | 'dieu';
const RANK: Record<Level, number> = { diem: 0, khoan: 1, dieu: 2 };

interface Item {
  num: string;
  start: number;
  end: number;
}

/** The items of one level, lowest level first: "điểm a, b", then "khoản 3", then "Điều này". */
interface Group {
  level: Level;
  items: Item[];
  /** "khoản này", "Điều này". */
  here: boolean;
}

type Designator =
  | { type: 'this'; word: string }
  | { type: 'named'; entry: ShelfEntry }
  | { type: 'unknown' }
  | { type: 'ambiguous' };

interface Syntax {
  start: number;
  end: number;
  groups: Group[];
  designator?: Designator;
}

const LEVEL_WORD = /(điểm|khoản|điều) /iuy;
const LEVEL_START = /(?<![\p{L}\p{N}])(?:điểm|khoản|điều) (?=[\p{L}\p{N}])/giu;
const NUM: Record<Level, RegExp> = {
  diem: /([abcdđeghiklmnopqrstuvxy])(?![\p{L}\p{N}])/uy,
  khoan: /(\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/uy,
  dieu: /(\d{1,3}[a-zđ]?)(?![\p{L}\p{N}]|[.,]\d)/uy,
};
const HERE = /này(?![\p{L}\p{N}])/uy;
const SEPARATOR = /(?:, và |, hoặc |, | và | hoặc )/uy;
const RANGE = / đến /uy;
const NEXT_LEVEL = / (?=(?:điểm|khoản|điều) )/iuy;
const KIND_WORDS = [
  'Hiến pháp',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Nghị quyết',
  'Nghị định thư',
  'Nghị định',
  'Quyết định',
  'Thông tư liên tịch',
  'Thông tư',
  'Hiệp định',
  'Hiệp ước',
  'Công ước',
].join('|');
const OF = / (?:của )?/uy;
const THIS_DOCUMENT = new RegExp(`(${KIND_WORDS}) này(?![\\p{L}\\p{N}])`, 'uy');
const OTHER_DOCUMENT = new RegExp(`(?:${KIND_WORDS}) (?:số |[\\p{Lu}\\d])`, 'uy');
const DOCUMENT_START = new RegExp(`(?<![\\p{L}\\p{N}])(?:${KIND_WORDS}) `, 'gu');

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const lower = (s: string) => s.toLocaleLowerCase('vi');
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every reference and shelf document name in one line of text (from offset `from`), each resolved or told why not. */
export function findReferences(
  text: string,
  from: number,
  ctx: LineContext,
  self: ShelfEntry,
  shelf: readonly ShelfEntry[],
): FoundReference[] {
  const found: FoundReference[] = [];
  for (const m of text.matchAll(LEVEL_START)) {
    if (m.index < from || found.some((r) => m.index < r.end)) continue;
    const syntax = readChain(text, m.index, shelf);
    if (syntax) found.push(resolve(syntax, ctx, self));
  }
  for (const m of text.matchAll(DOCUMENT_START)) {
    if (m.index < from || found.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const name = matchName(text, m.index, shelf);
    const mention = name && documentMention(m.index, name, self);
    if (mention) found.push(mention);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads "điểm a, b khoản 3 Điều 6 Nghị định này" from `start`; undefined when no item follows its first word. */
function readChain(text: string, start: number, shelf: readonly ShelfEntry[]): Syntax | undefined {
  const groups: Group[] = [];
  let pos = start;
  for (;;) {
    const word = sticky(LEVEL_WORD, text, pos);
    if (!word) break;
    const level = levelOf(word[1]);
    if (groups.length > 0 && RANK[level] <= RANK[groups.at(-1)!.level]) break;
    const afterWord = pos + word[0].length;
    const here = sticky(HERE, text, afterWord);
    if (here) {
      groups.push({ level, items: [], here: true });
      pos = afterWord + here[0].length;
      return { start, end: pos, groups };
    }
    const group = readItems(text, pos, level);
    if (!group) break;
    groups.push(group.group);
    pos = group.end;
    const next = sticky(NEXT_LEVEL, text, pos);
    if (!next) break;
    pos += next[0].length;
  }
  if (groups.length === 0) return undefined;
  pos = groups.at(-1)!.items.at(-1)!.end;
  const designator = readDesignator(text, pos, shelf);
  return { start, end: designator?.end ?? pos, groups, designator: designator?.designator };
}

function levelOf(word: string): Level {
  const w = lower(word);
  return w === 'điểm' ? 'diem' : w === 'khoản' ? 'khoan' : 'dieu';
}

/** "khoản 1, khoản 2 và 3", "Điều 7 đến Điều 27": the items of one level from `pos` (at its word). */
function readItems(
  text: string,
  pos: number,
  level: Level,
): { group: Group; end: number } | undefined {
  const first = readItem(text, pos, level, true);
  if (!first) return undefined;
  const items = [first];
  let end = first.end;
  for (;;) {
    const sep = sticky(SEPARATOR, text, end) ?? sticky(RANGE, text, end);
    if (!sep) break;
    const item = readItem(text, end + sep[0].length, level, false);
    if (!item) break;
    items.push(item);
    end = item.end;
  }
  return { group: { level, items, here: false }, end };
}

/** One item: its level word and number, or (after a separator) the number alone. */
function readItem(text: string, pos: number, level: Level, needWord: boolean): Item | undefined {
  const word = sticky(LEVEL_WORD, text, pos);
  if (word && levelOf(word[1]) !== level) return undefined;
  if (!word && needWord) return undefined;
  const numAt = pos + (word?.[0].length ?? 0);
  const num = sticky(NUM[level], text, numAt);
  if (!num) return undefined;
  return { num: num[1], start: pos, end: numAt + num[0].length };
}

/** What follows the last item: "(của) Luật này", "(của) Luật Biên phòng Việt Nam", another document, or nothing. */
function readDesignator(
  text: string,
  pos: number,
  shelf: readonly ShelfEntry[],
): { designator: Designator; end: number } | undefined {
  const of = sticky(OF, text, pos);
  if (!of) return undefined;
  const at = pos + of[0].length;
  const self = sticky(THIS_DOCUMENT, text, at);
  if (self) return { designator: { type: 'this', word: self[1] }, end: at + self[0].length };
  const name = matchName(text, at, shelf);
  if (name) return { designator: designatorOf(name.candidates), end: name.end };
  if (sticky(OTHER_DOCUMENT, text, at)) return { designator: { type: 'unknown' }, end: pos };
  return undefined;
}

function designatorOf(candidates: ShelfEntry[]): Designator {
  if (candidates.length === 1) return { type: 'named', entry: candidates[0] };
  return candidates.length === 0 ? { type: 'unknown' } : { type: 'ambiguous' };
}

interface NameMatch {
  end: number;
  /** The shelf documents the name, number and date fit: one, none (a different document) or several. */
  candidates: ShelfEntry[];
}

function namesOf({ title, kindWord, number }: ShelfEntry): string[] {
  return [title, ...(number ? [`${kindWord} số ${number}`, `${kindWord} ${number}`] : [])];
}

/**
 * The shelf documents named at `at` ("Luật Biên giới quốc gia số 06/2003/QH11"), narrowed by a
 * number or date that follows.
 */
export function matchName(
  text: string,
  at: number,
  shelf: readonly ShelfEntry[],
): NameMatch | undefined {
  let best: NameMatch | undefined;
  for (const entry of shelf) {
    for (const name of namesOf(entry)) {
      const end = at + name.length;
      if (lower(text.slice(at, end)) !== lower(name) || isWordChar(text[end])) continue;
      if (!best || end > best.end) best = { end, candidates: [entry] };
      else if (end === best.end && !best.candidates.includes(entry)) best.candidates.push(entry);
    }
  }
  return best && narrowByTrailers(text, best);
}

const TRAILERS: { re: RegExp; fits: (m: RegExpExecArray, e: ShelfEntry) => boolean }[] = [
  { re: / số (\d[^\s,;:()]*[^\s,;:().])/uy, fits: (m, e) => e.number === m[1] },
  {
    re: / ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/uy,
    fits: (m, e) => sameDay(e.signed, +m[3], +m[2], +m[1]),
  },
  { re: / năm (\d{4})/uy, fits: (m, e) => e.signed.getUTCFullYear() === +m[1] },
];

function sameDay(date: Date, y: number, m: number, d: number): boolean {
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}

/** A number or date after a name must fit: "Luật Biên giới quốc gia năm 2025" is not the 2003 law. */
function narrowByTrailers(text: string, match: NameMatch): NameMatch {
  let { end, candidates } = match;
  for (let more = true; more;) {
    more = false;
    for (const { re, fits } of TRAILERS) {
      const m = sticky(re, text, end);
      if (!m) continue;
      candidates = candidates.filter((e) => fits(m, e));
      end += m[0].length;
      more = true;
    }
  }
  return { end, candidates };
}

/** A shelf document named alone; a text naming itself ("Quốc hội ban hành Luật …") is no reference. */
function documentMention(
  start: number,
  name: NameMatch,
  self: ShelfEntry,
): FoundReference | undefined {
  const base = { start, end: name.end, kind: 'document' as const, links: [] };
  if (name.candidates.length === 0) return { ...base, plain: 'not-on-shelf' };
  if (name.candidates.length > 1) return { ...base, plain: 'ambiguous' };
  const doc = name.candidates[0];
  if (doc.slug === self.slug) return undefined;
  return { ...base, links: [{ start, end: name.end, doc: doc.slug }] };
}

type Scope = { node: LegalNode | Quote; content: readonly Block[] };

function scopeOf(node: LegalNode | Quote | undefined): Scope | undefined {
  return node && { node, content: node.content };
}

type Base = { doc: ShelfEntry; base?: Scope } | { plain: PlainReason };

/** "Điều này" is the article (or quoted article) the line stands in, "khoản này" its khoản, "điểm này" its điểm. */
function hereNode(level: Level, ctx: LineContext): LegalNode | Quote | undefined {
  if (level === 'dieu') return ctx.quote ?? ctx.article;
  return level === 'khoan' ? ctx.khoan : ctx.diem;
}

/** The document and scope a reference's top level names, or why it names none. */
function baseOf(syntax: Syntax, ctx: LineContext, self: ShelfEntry): Base {
  const top = syntax.groups.at(-1)!;
  if (top.here) {
    const node = hereNode(top.level, ctx);
    return node ? { doc: self, base: scopeOf(node) } : { plain: 'ambiguous' };
  }
  if (top.level !== 'dieu') return { plain: 'no-document' };
  const d = syntax.designator;
  if (!d) return { plain: 'no-document' };
  if (d.type === 'unknown') return { plain: 'not-on-shelf' };
  if (d.type === 'ambiguous') return { plain: 'ambiguous' };
  if (d.type === 'this') {
    if (ctx.quote) return { plain: 'in-quote' };
    return lower(d.word) === lower(self.kindWord) ? { doc: self } : { plain: 'ambiguous' };
  }
  return d.entry.text ? { doc: d.entry } : { plain: 'no-text' };
}

function childOf(scope: Scope, level: Level, num: string): Scope | undefined {
  return scopeOf(childNodes(scope.content).find((n) => n.kind === level && n.num === num));
}

function articleOf(doc: ShelfEntry, num: string): Scope | undefined {
  return scopeOf(findNode(doc.text!, { dieu: num }));
}

/** One item's node: an article of the document, or a khoản or điểm inside the scope above it. */
function step(
  doc: ShelfEntry,
  base: Scope | undefined,
  level: Level,
  num: string,
): Scope | undefined {
  return level === 'dieu' ? articleOf(doc, num) : base && childOf(base, level, num);
}

function resolve(syntax: Syntax, ctx: LineContext, self: ShelfEntry): FoundReference {
  const out: FoundReference = { start: syntax.start, end: syntax.end, kind: 'pinpoint', links: [] };
  const found = baseOf(syntax, ctx, self);
  if ('plain' in found) return { ...out, plain: found.plain };
  const [lowest, ...upper] = syntax.groups;
  // Only the lowest level may list several items: "khoản 1, khoản 2 Điều 10" is two khoản of one article.
  if (upper.some((g) => g.items.length > 1)) return { ...out, plain: 'ambiguous' };
  let base = found.base;
  for (const g of upper.filter((g) => !g.here).reverse()) {
    base = step(found.doc, base, g.level, g.items[0].num);
    if (!base) return { ...out, plain: 'missing-target' };
  }
  const targets = lowest.here
    ? [{ item: { num: '', start: syntax.start, end: syntax.end }, node: base }]
    : lowest.items.map((item) => ({ item, node: step(found.doc, base, lowest.level, item.num) }));
  if (targets.some((t) => !t.node)) return { ...out, plain: 'missing-target' };
  const own = found.doc.slug === self.slug;
  const around: (LegalNode | Quote | undefined)[] = own
    ? [ctx.article, ctx.khoan, ctx.diem, ctx.quote]
    : [];
  const last = targets.at(-1)!;
  out.links = targets
    .filter((t) => !around.includes(t.node!.node))
    .map((t) => ({
      start: t.item.start,
      end: t === last ? syntax.end : t.item.end,
      doc: found.doc.slug,
      anchor: t.node!.node.id,
      article: articleNumber(t.node!.node),
    }));
  return out.links.length > 0 ? out : { ...out, plain: 'self' };
}

/** The number of the article a node is in ("dieu-14-khoan-2" → "14"); none inside a quoted passage. */
function articleNumber(node: LegalNode | Quote): string | undefined {
  return pinpointFromId(node.id)?.dieu;
}

export interface LineReferences {
  line: Line;
  ctx: LineContext;
  references: FoundReference[];
}

/** Where the words of a line start, after its own number: "Điều 35. ", "1. ", "a) ", "“Điều 21". */
const LABEL_PREFIX = /^(?:[“"]?Điều \d+[a-zđ]?(?:[.:] ?)?|\d{1,3}\.\s*|[a-zđ]\)\s*)/u;

/** Every line of a text with the references in it: the preamble, then each article in order. */
export function textReferences(
  text: LegalText,
  self: ShelfEntry,
  shelf: readonly ShelfEntry[],
): LineReferences[] {
  const out: LineReferences[] = [];
  const add = (line: Line, ctx: LineContext, labelled: boolean) => {
    const from = labelled ? (LABEL_PREFIX.exec(line.text)?.[0].length ?? 0) : 0;
    out.push({ line, ctx, references: findReferences(line.text, from, ctx, self, shelf) });
  };
  const walk = (blocks: readonly Block[], ctx: LineContext) => {
    for (const block of blocks) {
      if (block.type === 'text') add(block, ctx, false);
      else if (block.type === 'quote') {
        const inner: LineContext = { article: ctx.article, quote: block };
        // Its first line is the quoted article's heading ("“Điều 21").
        block.content.forEach((b, i) =>
          b.type === 'text' && i === 0 ? add(b, inner, true) : walk([b], inner),
        );
      } else if (['dieu', 'khoan', 'diem'].includes(block.node.kind)) {
        const node = block.node;
        const inner = node.kind === 'dieu' ? { article: node } : { ...ctx, [node.kind]: node };
        add(node.label, inner, true);
        walk(node.content, inner);
      } else {
        walk(block.node.content, {});
      }
    }
  };
  for (const line of text.preamble) add(line, {}, false);
  walk(
    text.body.map((node) => ({ type: 'node', node }) as Block),
    {},
  );
  return out;
}

export interface Segment {
  text: string;
  link?: ReferenceLink;
}

/** A line cut into plain and linked pieces; joined, the pieces are the line exactly. */
export function segments(text: string, links: readonly ReferenceLink[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.start < at) continue;
    if (link.start > at) out.push({ text: text.slice(at, link.start) });
    out.push({ text: text.slice(link.start, link.end), link });
    at = link.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
