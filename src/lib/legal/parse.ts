/**
 * The one parser of legal source texts (UTF-8, NFC, one paragraph per line, a blank line before
 * each division and article heading; see content/van-ban/nguon/README.md). The importer uses it
 * to refuse a malformed source, and the build uses it to read every law into the model.
 */
import { SourceError } from '../source-error.ts';
import { anchorId, romanToInt, type PathStep } from './ids.ts';
import type { Block, LegalNode, LegalText, Line, NodeKind, Quote } from './model.ts';

type DivisionKind = 'phan' | 'chuong' | 'muc';

const DIVISION = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(\S+?)\s*([:.]\s*(.*))?$/u;
const DIVISION_START = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+([IVXLC]+|\d+)\b/u;
const ARTICLE = /^Điều\s+(\d+)([a-zđ]?)(?:\s*[.:]\s*(.*))?$/u;
const ARTICLE_START = /^Điều\s+\d/u;
/** "1. …" (some sources omit the space: "3.Tàu thuyền …" in Điều 35 of the 2012 law). */
const CLAUSE = /^(\d{1,3})\.(?:\s|(?=\p{Lu}))/u;
const POINT = /^([a-zđ])\)(?:\s|(?=\p{L}))/u;
const QUOTE_OPEN = /^[“"]/u;
const QUOTE_CLOSE = /[”"][.,;:]*$/u;
/** The adoption formula that ends a law ("Luật này đã được Quốc hội … thông qua …") or a treaty ("Làm tại …"). */
const CLOSING = /^((Luật|Bộ luật|Pháp lệnh|Nghị quyết) này (đã )?được .*thông qua|Làm tại )/u;
/**
 * The one-line title a codification (Bộ pháp điển) prints above a text it gives without the
 * official heading: "Nghị định số 106/2021/NĐ-CP Quy định … ngày 06/12/2021 của Chính phủ". An
 * official heading never writes its date with slashes, so this line cannot be mistaken for one.
 */
const SOURCE_KINDS = 'Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư';
const SOURCE_TITLE = new RegExp(
  `^(${SOURCE_KINDS}) số \\S+ .+ ngày \\d{1,2}/\\d{1,2}/\\d{4} của .+$`,
  'u',
);

const DIVISION_KIND: Record<string, DivisionKind> = { phần: 'phan', chương: 'chuong', mục: 'muc' };
const DIVISION_RANK: Record<DivisionKind, number> = { phan: 0, chuong: 1, muc: 2 };
/** Vietnamese point letters in order (no f, j, w, z). */
const POINT_ORDER = 'abcdđeghiklmnopqrstuvxy';

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function divisionNumber(num: string): number {
  return /^\d+$/.test(num) ? Number(num) : romanToInt(num);
}

/** Why a character no reader can see stops the parse, named by its code point. */
function hiddenCharacter(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /\p{Cc}/u.test(char)
    ? `control character ${code}: replace it with a space or delete it`
    : `invisible character ${code}: delete it (it looks like nothing, but headings and search see it)`;
}

/** Parses a source text; throws a SourceError naming the file and line of the first problem. */
export function parseLegalText(source: string, file: string): LegalText {
  return new Parser(source, file).parse();
}

interface OpenDivision {
  node: LegalNode;
  kind: DivisionKind;
}

class Parser {
  private readonly lines: Line[];
  private readonly body: LegalNode[] = [];
  private divisions: OpenDivision[] = [];
  private article: ArticleBuilder | undefined;
  private lastArticle: { base: number; suffix: string } | undefined;
  private lastDivisionNum: Partial<Record<DivisionKind, number>> = {};

  private readonly file: string;

  constructor(source: string, file: string) {
    this.file = file;
    this.lines = source
      .replace(/\n$/, '')
      .split('\n')
      .map((text, i) => ({ text, line: i + 1 }));
  }

  private fail(line: number, reason: string): never {
    throw new SourceError(this.file, line, reason);
  }

  parse(): LegalText {
    for (const l of this.lines) {
      // Named before the checks below, which would call a BOM a space and a CR a trailing space.
      if (l.text.includes('\0')) this.fail(l.line, 'NUL byte: this is not a plain text file');
      if (l.text.includes('\uFEFF'))
        this.fail(l.line, 'byte-order mark (BOM): npm run import removes it');
      if (l.text.includes('\r'))
        this.fail(
          l.line,
          'carriage return (Windows line endings): npm run import turns them into LF',
        );
      const hidden = /\p{Cf}|\p{Cc}/u.exec(l.text)?.[0];
      if (hidden) this.fail(l.line, hiddenCharacter(hidden));
      if (l.text !== l.text.normalize('NFC'))
        this.fail(l.line, 'text is not Unicode NFC; normalise the source first');
      if (l.text !== l.text.trim()) this.fail(l.line, 'line has leading or trailing spaces');
    }
    const start = this.lines.findIndex(
      (l) => DIVISION_START.test(l.text) || ARTICLE_START.test(l.text),
    );
    if (start < 0)
      this.fail(
        1,
        'no "Chương" or "Điều" heading found: this is not a legal text in the expected layout',
      );
    const lines = this.lines.slice(0, start).filter((l) => l.text !== '');
    const sourceTitle = lines[0] && SOURCE_TITLE.test(lines[0].text) ? lines[0] : undefined;
    const front = sourceTitle ? lines.slice(1) : lines;
    const lastCaps = front.map((l) => isAllCaps(l.text)).lastIndexOf(true);
    const closing = this.parseBody(start);
    if (this.body.length === 0) this.fail(this.lines[start].line, 'no article found');
    return {
      file: this.file,
      sourceTitle,
      heading: front.slice(0, lastCaps + 1),
      preamble: front.slice(lastCaps + 1),
      body: this.body,
      closing,
    };
  }

  /** Reads divisions and articles from line index `start`; returns the closing lines. */
  private parseBody(start: number): Line[] {
    let afterBlank = true;
    for (let i = start; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.text === '') {
        afterBlank = true;
        continue;
      }
      if (this.article?.inQuote) {
        this.article.add(l);
      } else if (DIVISION_START.test(l.text)) {
        i = this.openDivision(i);
      } else if (ARTICLE_START.test(l.text)) {
        this.openArticle(l);
      } else if (afterBlank) {
        this.fail(
          l.line,
          `expected a "Chương", "Mục" or "Điều" heading after a blank line, found "${l.text.slice(0, 40)}"`,
        );
      } else if (CLOSING.test(l.text)) {
        return this.closing(i);
      } else if (!this.article) {
        this.fail(l.line, 'text outside any article');
      } else {
        this.article.add(l);
      }
      afterBlank = false;
    }
    if (this.article?.inQuote)
      this.fail(this.article.quoteLine, 'quotation opened here is never closed');
    return [];
  }

  private closing(i: number): Line[] {
    if (this.article?.inQuote)
      this.fail(this.article.quoteLine, 'quotation opened here is never closed');
    const rest = this.lines.slice(i).filter((l) => l.text !== '');
    const stray = rest.find((l) => DIVISION_START.test(l.text) || ARTICLE_START.test(l.text));
    if (stray) this.fail(stray.line, 'heading after the closing formula');
    return rest;
  }

  private openDivision(i: number): number {
    const l = this.lines[i];
    const m = DIVISION.exec(l.text);
    const kind = m && DIVISION_KIND[m[1].toLocaleLowerCase('vi')];
    const value = m ? divisionNumber(m[2]) : Number.NaN;
    if (!m || !kind || !Number.isInteger(value))
      this.fail(l.line, `cannot read the division heading "${l.text}"`);
    this.closeArticle();
    this.divisions = this.divisions.filter((d) => DIVISION_RANK[d.kind] < DIVISION_RANK[kind]);
    this.checkDivisionNumber(kind, value, l);
    let titleLine: Line | undefined;
    let title = m[4]?.trim();
    let next = i;
    if (!title) {
      titleLine = this.lines[i + 1];
      if (
        !titleLine ||
        titleLine.text === '' ||
        ARTICLE_START.test(titleLine.text) ||
        DIVISION_START.test(titleLine.text)
      ) {
        this.fail(l.line, `"${l.text}" has no title on the next line`);
      }
      title = titleLine.text;
      next = i + 1;
    }
    const parentChapter = this.divisions.find((d) => d.kind === 'chuong');
    const path =
      kind === 'muc' && parentChapter
        ? [
            { kind: 'chuong' as const, num: parentChapter.node.num },
            { kind, num: m[2] },
          ]
        : [{ kind, num: m[2] }];
    const node: LegalNode = {
      kind,
      num: m[2],
      id: anchorId(path),
      label: l,
      title,
      titleLine,
      content: [],
    };
    this.attach(node);
    this.divisions.push({ node, kind });
    return next;
  }

  private checkDivisionNumber(kind: DivisionKind, value: number, l: Line): void {
    const previous = this.lastDivisionNum[kind] ?? 0;
    if (value !== previous + 1)
      this.fail(
        l.line,
        `${l.text.split(/[\s:.]/)[0]} ${value} follows ${previous || 'nothing'}: numbers must run 1, 2, 3 …`,
      );
    this.lastDivisionNum[kind] = value;
    if (kind === 'chuong') this.lastDivisionNum.muc = 0;
    if (kind === 'phan') this.lastDivisionNum.muc = 0;
  }

  private openArticle(l: Line): void {
    const m = ARTICLE.exec(l.text);
    if (!m) this.fail(l.line, `cannot read the article heading "${l.text}"`);
    this.checkArticleNumber(Number(m[1]), m[2], l);
    this.closeArticle();
    const num = m[1] + m[2];
    const node: LegalNode = {
      kind: 'dieu',
      num,
      id: anchorId([{ kind: 'dieu', num }]),
      label: l,
      title: m[3] || undefined,
      content: [],
    };
    this.attach(node);
    this.article = new ArticleBuilder(node, [{ kind: 'dieu', num }], this.file);
  }

  private checkArticleNumber(base: number, suffix: string, l: Line): void {
    const last = this.lastArticle;
    const next = last ? base === last.base + 1 && suffix === '' : base === 1 && suffix === '';
    const inserted =
      last !== undefined &&
      base === last.base &&
      suffix !== '' &&
      POINT_ORDER.indexOf(suffix) > POINT_ORDER.indexOf(last.suffix);
    if (!next && !inserted) {
      const prev = last ? `Điều ${last.base}${last.suffix}` : 'the start of the text';
      const what =
        last && base <= last.base && !inserted
          ? 'duplicate or out of order'
          : 'gap in article numbers';
      this.fail(l.line, `Điều ${base}${suffix} follows ${prev}: ${what}`);
    }
    this.lastArticle = { base, suffix };
  }

  private attach(node: LegalNode): void {
    const parent = this.divisions.at(-1);
    if (parent) parent.node.content.push({ type: 'node', node });
    else this.body.push(node);
  }

  private closeArticle(): void {
    if (this.article?.inQuote)
      this.fail(this.article.quoteLine, 'quotation opened here is never closed');
    this.article = undefined;
  }
}

/** Builds the content of one article (or of a quoted passage): khoản, điểm, paragraphs, quotes. */
class ArticleBuilder {
  private clause: LegalNode | undefined;
  private clausePath: PathStep[] = [];
  private point: LegalNode | undefined;
  private quote: { block: Quote; builder: ArticleBuilder } | undefined;
  private quotes = 0;

  private readonly node: LegalNode;
  private readonly path: PathStep[];
  private readonly file: string;

  constructor(node: LegalNode, path: PathStep[], file: string) {
    this.node = node;
    this.path = path;
    this.file = file;
  }

  get inQuote(): boolean {
    return this.quote !== undefined;
  }

  get quoteLine(): number {
    return this.quote?.block.line ?? this.node.label.line;
  }

  private fail(line: number, reason: string): never {
    throw new SourceError(this.file, line, reason);
  }

  add(l: Line): void {
    if (this.quote) {
      this.quote.builder.add(l);
      if (QUOTE_CLOSE.test(l.text)) this.quote = undefined;
      return;
    }
    if (QUOTE_OPEN.test(l.text) && !QUOTE_CLOSE.test(l.text)) return this.openQuote(l);
    const clause = CLAUSE.exec(l.text);
    if (clause) return this.openClause(clause[1], l);
    const point = POINT.exec(l.text);
    if (point) return this.openPoint(point[1], l);
    this.current().content.push({ type: 'text', ...l });
  }

  private current(): LegalNode {
    return this.clause ?? this.node;
  }

  private openQuote(l: Line): void {
    const path: PathStep[] = [...this.path, { kind: 'trich', num: String(++this.quotes) }];
    const block: Quote = { type: 'quote', id: anchorId(path), line: l.line, content: [] };
    this.current().content.push(block);
    const holder: LegalNode = {
      kind: this.node.kind,
      num: this.node.num,
      id: block.id,
      label: l,
      content: block.content,
    };
    const builder = new ArticleBuilder(holder, path, this.file);
    block.content.push({ type: 'text', ...l });
    this.quote = { block, builder };
  }

  private openClause(num: string, l: Line): void {
    const last = childNodes(this.node.content, 'khoan').at(-1);
    const expected = last ? Number(last.num) + 1 : 1;
    if (Number(num) !== expected)
      this.fail(
        l.line,
        `khoản ${num} where khoản ${expected} was expected in ${this.node.label.text}`,
      );
    this.clausePath = [...this.path, { kind: 'khoan', num }];
    this.clause = { kind: 'khoan', num, id: anchorId(this.clausePath), label: l, content: [] };
    this.point = undefined;
    this.node.content.push({ type: 'node', node: this.clause });
  }

  private openPoint(letter: string, l: Line): void {
    const parent = this.current();
    const expected = this.point ? POINT_ORDER[POINT_ORDER.indexOf(this.point.num) + 1] : 'a';
    if (letter !== expected)
      this.fail(l.line, `điểm ${letter} where điểm ${expected ?? '(none)'} was expected`);
    const path: PathStep[] = [
      ...(this.clause ? this.clausePath : this.path),
      { kind: 'diem', num: letter },
    ];
    this.point = { kind: 'diem', num: letter, id: anchorId(path), label: l, content: [] };
    parent.content.push({ type: 'node', node: this.point });
  }
}

function childNodes(blocks: Block[], kind: NodeKind): LegalNode[] {
  return blocks.flatMap((b) => (b.type === 'node' && b.node.kind === kind ? [b.node] : []));
}
