/**
 * Anchor ids for every level of a legal text, derived from the node's path and never typed by
 * hand: `chuong-2`, `chuong-2-muc-1`, `dieu-14`, `dieu-14-khoan-2`, `dieu-14-khoan-2-diem-dd`.
 * Articles are numbered through the whole text, so an article id does not include its chapter.
 */
import type { NodeKind, Pinpoint } from './model.ts';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "IV" -> 4; returns NaN for anything that is not a well-formed roman numeral. */
export function romanToInt(roman: string): number {
  const up = roman.toUpperCase();
  if (!/^[IVXLC]+$/.test(up)) return Number.NaN;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const value = ROMAN[up[i]];
    const next = ROMAN[up[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return intToRoman(total) === up ? total : Number.NaN;
}

function intToRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, sym] of table)
    while (n >= value) {
      out += sym;
      n -= value;
    }
  return out;
}

/** The id segment of one number: "IV" -> "4" for divisions, "14a" -> "14a", "đ" -> "dd". */
export function numSegment(kind: PathStep['kind'], num: string): string {
  if ((kind === 'phan' || kind === 'chuong' || kind === 'muc') && /^[IVXLC]+$/i.test(num)) {
    return String(romanToInt(num));
  }
  return num.toLowerCase().replace(/đ/g, 'dd');
}

export interface PathStep {
  /** A structural level, or `trich` for a quoted passage inside an article. */
  kind: NodeKind | 'trich';
  num: string;
}

/** The anchor id of a node from its path, e.g. [{dieu,14},{khoan,2},{diem,đ}] -> "dieu-14-khoan-2-diem-dd". */
export function anchorId(path: readonly PathStep[]): string {
  return path.map((step) => `${step.kind}-${numSegment(step.kind, step.num)}`).join('-');
}

const STEP = /^(phan|chuong|muc|dieu|khoan|diem|trich)-([a-z0-9]+)(-(?=[a-z])|$)/;
const DIVISIONS: readonly PathStep['kind'][] = ['phan', 'chuong', 'muc'];
/** A number as `numSegment` writes it for each kind: Điều 14 or 14a, khoản 2, điểm a or đ ("dd"). */
const NUMBER: Record<PathStep['kind'], RegExp> = {
  phan: /^\d+$/,
  chuong: /^\d+$/,
  muc: /^\d+$/,
  dieu: /^\d+[a-z]*$/,
  khoan: /^\d+$/,
  diem: /^(?:[a-z]|dd)$/,
  trich: /^\d+$/,
};

/**
 * The path an anchor id was built from, the inverse of `anchorId`: "dieu-14-khoan-2-diem-dd" ->
 * [{dieu,14},{khoan,2},{diem,đ}]. Division numbers come back as decimals ("chuong-4" -> 4, not IV).
 * Undefined for an id `anchorId` did not build.
 */
export function pathOfId(id: string): PathStep[] | undefined {
  const path: PathStep[] = [];
  let rest = id;
  while (rest) {
    const m = STEP.exec(rest);
    if (!m) return undefined;
    const kind = m[1] as PathStep['kind'];
    if (!NUMBER[kind].test(m[2])) return undefined;
    path.push({ kind, num: DIVISIONS.includes(kind) ? m[2] : m[2].replace(/dd/g, 'đ') });
    rest = rest.slice(m[0].length);
  }
  return path.length > 0 ? path : undefined;
}

/**
 * The pinpoint an anchor id names: "dieu-14-khoan-2" -> {dieu: "14", khoan: "2"}. Undefined for ids
 * that are not an article, khoản or điểm (divisions, quoted passages).
 */
export function pinpointFromId(id: string): Pinpoint | undefined {
  const path = pathOfId(id);
  if (!path || !/^dieu(,khoan)?(,diem)?$/.test(path.map((s) => s.kind).join())) return undefined;
  const num = (kind: NodeKind) => path.find((s) => s.kind === kind)?.num;
  return { dieu: num('dieu')!, khoan: num('khoan'), diem: num('diem') };
}

/** Selects the elements whose ids name an article or a part of one (heading, khoản, điểm, quoted passage). */
export const IN_ARTICLE_SELECTOR = '[id^="dieu-"]';

/** Anchor of a diagram on any page that shows it: "hinh-cac-vung-bien". */
export function diagramAnchor(id: string): string {
  return `hinh-${id}`;
}

/** Anchor of a quiz question on each page of its set: "cau-lanh-hai-rong". */
export function quizQuestionAnchor(id: string): string {
  return `cau-${id}`;
}

/** The anchor of a document page's status panel, where quotes and notices send the reader. */
export const STATUS_ANCHOR = 'tinh-trang-hieu-luc';

/** The anchor of a named public source in a page's source list: "nguon-<id of content/tham-khao/<id>.yaml>". */
export function sourceAnchor(id: string): string {
  return `nguon-${id}`;
}

/** Anchor of a heading of the Q&A list: "nhom-khu-vuc-bien-gioi" (a group of src/schemas/qa-group.ts). */
export function qaGroupAnchor(group: string): string {
  return `nhom-${group}`;
}

/** The href to a named public source listed on the same page: "#nguon-<id>". */
export function sourceHref(id: string): string {
  return `#${sourceAnchor(id)}`;
}

/** The heading of a page's source list (no source id is "thong-tin": see tests/unit/ids.test.ts). */
export const SOURCE_LIST_ANCHOR = sourceAnchor('thong-tin');
