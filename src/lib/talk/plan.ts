/**
 * The timed plan of a talk outline (content/de-cuong/*.mdx), read from the file as written so every
 * problem has its line: the sections of "## Nội dung chính", each headed
 * "### 1. Mốc quốc giới là gì (khoảng 7 phút)", their minutes adding up, with the frontmatter's
 * `questionsMinutes`, to its `duration`; and which of the articles quoted under
 * "## Điều luật cần đọc" each section reads (those it cites). The outline page, its presentation
 * view ("Trình chiếu") and the choice of sections for a shorter talk all read this one plan.
 */
import type { Citation, LawCitation } from '../citations.ts';
import type { Pinpoint } from '../legal/model.ts';
import { SourceError } from '../source-error.ts';

export const OUTLINE_PARTS = {
  points: '## Nội dung chính',
  reading: '## Điều luật cần đọc',
} as const;

export interface TalkSection {
  /** Its number in the outline, from 1. */
  number: number;
  /** Its heading without the number and the minutes: "Mốc quốc giới là gì". */
  title: string;
  minutes: number;
  /** Indexes, in source order, of the quotes under "## Điều luật cần đọc" this section reads. */
  quotes: number[];
}

export interface TalkPlan {
  /** The whole talk, from frontmatter `duration`. */
  minutes: number;
  /** Time for the questions to the audience at the end (frontmatter `questionsMinutes`). */
  questionsMinutes: number;
  sections: TalkSection[];
  /** How many articles are quoted under "## Điều luật cần đọc". */
  quoteCount: number;
}

const MINUTES = /^(\d+) phút$/;
const SECTION = /^### (\d+)\. (.+) \(khoảng (\d+ phút)\)$/;

/** 45 from "45 phút", the one way outlines write minutes; undefined for anything else. */
export function parseMinutes(text: string): number | undefined {
  const m = MINUTES.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** A heading line, "### 1. Mốc quốc giới là gì (khoảng 7 phút)", read; undefined if it is not one. */
export function parseSectionHeading(line: string): Omit<TalkSection, 'quotes'> | undefined {
  const m = SECTION.exec(line.trim());
  if (!m) return undefined;
  return { number: Number(m[1]), title: m[2].trim(), minutes: parseMinutes(m[3])! };
}

/** Whether two pinpoints name the same text or one holds the other (Điều 29 and khoản 2 of it). */
export function overlaps(a: Pinpoint, b: Pinpoint): boolean {
  if (a.dieu !== b.dieu || !a.khoan || !b.khoan) return a.dieu === b.dieu;
  return a.khoan === b.khoan && (!a.diem || !b.diem || a.diem === b.diem);
}

type Pinned = LawCitation & { pin: Pinpoint };
const isPinned = (c: Citation): c is Pinned => 'doc' in c && c.pin !== undefined;
const reads = (cite: Pinned, quote: Pinned) =>
  cite.doc === quote.doc && overlaps(cite.pin, quote.pin);

export interface OutlineMeta {
  duration: string;
  questionsMinutes: number;
}

const HEADING_FORM = '"### 1. Title (khoảng 7 phút)"';

/** The plan of one outline; the first problem throws a SourceError at its line. */
export function talkPlan(
  source: string,
  file: string,
  citations: Citation[],
  meta: OutlineMeta,
): TalkPlan {
  const lines = source.split('\n');
  const fail = (line: number, reason: string) => new SourceError(file, line, reason);
  const [points, reading] = partLines(lines, file);
  const headings = lines.flatMap((text, i) =>
    i > points && i < reading && text.startsWith('### ') ? [i] : [],
  );
  if (headings.length === 0)
    throw fail(points + 1, `"${OUTLINE_PARTS.points}" needs its sections as ${HEADING_FORM}`);
  // Citations have 1-based lines; `points`, `reading` and `headings` are 0-based indexes.
  const quotes = citations.filter(
    (c): c is Pinned => c.tag === 'LawQuote' && isPinned(c) && c.line > reading + 1,
  );
  const pinned = citations.filter(isPinned);
  const sections = headings.map((at, i) => {
    const heading = parseSectionHeading(lines[at]);
    if (!heading)
      throw fail(
        at + 1,
        `a section heading reads ${HEADING_FORM}: the presentation view times each one`,
      );
    if (heading.number !== i + 1)
      throw fail(at + 1, `section numbered ${heading.number}, expected ${i + 1}`);
    const end = headings[i + 1] ?? reading;
    const cites = pinned.filter((c) => c.line > at && c.line <= end);
    return {
      ...heading,
      quotes: quotes.flatMap((q, qi) => (cites.some((c) => reads(c, q)) ? [qi] : [])),
    };
  });
  const unread = quotes.find((_, qi) => !sections.some((s) => s.quotes.includes(qi)));
  if (unread) {
    const where = `<LawQuote> under "${OUTLINE_PARTS.reading}"`;
    const fix = 'cite it in the section that reads it (the view shows it there)';
    throw fail(unread.line, `${where}: no section cites it; ${fix}`);
  }
  return { ...checkedMinutes(lines, file, sections, meta), sections, quoteCount: quotes.length };
}

/** Indexes of the lines "## Nội dung chính" and "## Điều luật cần đọc", an outline's parts, in order. */
function partLines(lines: string[], file: string): [number, number] {
  const trimmed = lines.map((l) => l.trim());
  const { points: pointsHeading, reading: readingHeading } = OUTLINE_PARTS;
  const [points, reading] = [pointsHeading, readingHeading].map((h) => trimmed.indexOf(h));
  if (points < 0) throw new SourceError(file, 1, `an outline needs the section "${pointsHeading}"`);
  if (reading < 0)
    throw new SourceError(file, 1, `an outline needs the section "${readingHeading}"`);
  if (points > reading) {
    throw new SourceError(
      file,
      reading + 1,
      `"${readingHeading}" must come after "${pointsHeading}"`,
    );
  }
  return [points, reading];
}

type Minutes = Pick<TalkPlan, 'minutes' | 'questionsMinutes'>;

/** The talk's minutes, checked: its sections' and its questions' add up to its duration. */
function checkedMinutes(
  lines: string[],
  file: string,
  sections: { minutes: number }[],
  meta: OutlineMeta,
): Minutes {
  const line = Math.max(1, lines.findIndex((l) => l.startsWith('duration:')) + 1);
  const minutes = parseMinutes(meta.duration);
  if (minutes === undefined)
    throw new SourceError(file, line, `duration reads "45 phút", not "${meta.duration}"`);
  const inSections = sections.reduce((total, s) => total + s.minutes, 0);
  const sum = inSections + meta.questionsMinutes;
  if (sum !== minutes) {
    const parts = `the sections take ${inSections} phút and the questions (questionsMinutes) ${meta.questionsMinutes}`;
    throw new SourceError(
      file,
      line,
      `${parts}, ${sum} phút in all, but duration says ${meta.duration}`,
    );
  }
  return { minutes, questionsMinutes: meta.questionsMinutes };
}
