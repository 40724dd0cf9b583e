/**
 * Our sentences that name the pre-2025 map without saying so. Reads a file as
 * written (MDX, YAML or TypeScript), cuts it into sentences and lists each sentence that names a
 * term of PRE_2025_TERMS and carries none of PRE_2025_MARKERS, with the line of the term. Law words
 * are quoted only through <LawQuote … />, which holds no prose, so the whole file is ours.
 */
import { PRE_2025_MARKERS, PRE_2025_TERMS } from './pre-2025-terms.ts';

export interface StaleSentence {
  file: string;
  line: number;
  /** The terms found, as PRE_2025_TERMS labels them. */
  terms: string[];
  /** The sentence, on one line. */
  sentence: string;
}

interface Unit {
  text: string;
  /** Offset of `text` in the file. */
  start: number;
}

// Where one of our sentences ends: after . ! ? or …, at a frontmatter fence, at a blank line, at a
// line that starts a list item, heading, table row, quote, or YAML or TS key, and at a table cell.
const BOUNDARY =
  /(?<=[.!?…])\s+|\n---(?=\n)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*>#|]|\d+\.[ \t]|[\w'"-]+:\s))|\|/g;

function sentences(source: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  for (const m of source.matchAll(BOUNDARY)) {
    units.push({ text: source.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  units.push({ text: source.slice(start), start });
  return units.filter((u) => u.text.trim());
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** Every sentence of `source` that names the old map and does not say it is old. */
export function staleSentences(source: string, file: string): StaleSentence[] {
  const found: StaleSentence[] = [];
  for (const unit of sentences(source)) {
    const hits = PRE_2025_TERMS.flatMap((t) => {
      const m = t.pattern.exec(unit.text);
      return m ? [{ label: t.label, at: unit.start + m.index }] : [];
    });
    if (hits.length === 0 || PRE_2025_MARKERS.some((m) => m.test(unit.text))) continue;
    const first = Math.min(...hits.map((h) => h.at));
    const sentence = unit.text.replace(/\s+/g, ' ').trim();
    found.push({ file, line: lineAt(source, first), terms: hits.map((h) => h.label), sentence });
  }
  return found;
}

/** One line per stale sentence, "file:line: …", for the build's error and the test's report. */
export function formatStale(found: StaleSentence[]): string {
  const one = (s: StaleSentence) =>
    `names the pre-2025 map (${s.terms.join(', ')}) without saying so: "${s.sentence}"`;
  return found.map((s) => `${s.file}:${s.line}: ${one(s)}`).join('\n');
}
