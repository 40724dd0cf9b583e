/**
 * SHA256SUMS: every file of an edition with its SHA-256, in GNU sha256sum's format
 * ("<hex>  <path>", one a line), so `sha256sum -c SHA256SUMS` checks a copy too. Pure: the
 * package and verify CLIs and the in-browser check on ve-an-ban.html all read and compare with it.
 */
import { SourceError } from './source-error.ts';

export const SUMS_FILE = 'SHA256SUMS';

/** File path (relative, with "/") to its SHA-256 in lowercase hex. */
export type Sums = Map<string, string>;

export interface SumsReport {
  /** Listed files present with the listed hash. */
  ok: string[];
  /** Listed files absent from the copy. */
  missing: string[];
  /** Listed files whose content differs. */
  changed: string[];
  /** Files in the copy that the list does not have. */
  extra: string[];
  /** Files an operating system adds to folders it shows (thumbnails, view settings); never a problem. */
  ignored: string[];
}

const SYSTEM_FILE = /(^|\/)(Thumbs\.db|desktop\.ini|\.DS_Store|\._[^/]*)$/i;
const LINE = /^([0-9a-f]{64}) [ *](.+)$/;

export function formatSums(sums: Sums): string {
  return [...sums.keys()]
    .sort()
    .map((path) => `${sums.get(path)}  ${path}\n`)
    .join('');
}

/** Reads a SHA256SUMS text; a malformed line is a SourceError naming the line. */
export function parseSums(text: string, file = SUMS_FILE): Sums {
  const sums: Sums = new Map();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '') return;
    const m = LINE.exec(line);
    if (!m) throw new SourceError(file, i + 1, 'expected "<64 hex digits>  <path>"');
    if (sums.has(m[2])) throw new SourceError(file, i + 1, `${m[2]} is listed twice`);
    sums.set(m[2], m[1]);
  });
  if (sums.size === 0) throw new SourceError(file, 1, 'lists no files');
  return sums;
}

/** Compares the list with what a copy holds (`found`: every file but SHA256SUMS, with its hash). */
export function compareSums(expected: Sums, found: Sums): SumsReport {
  const report: SumsReport = { ok: [], missing: [], changed: [], extra: [], ignored: [] };
  for (const [path, hash] of expected) {
    const actual = found.get(path);
    if (actual === undefined) report.missing.push(path);
    else (actual === hash ? report.ok : report.changed).push(path);
  }
  for (const path of found.keys()) {
    if (!expected.has(path)) (SYSTEM_FILE.test(path) ? report.ignored : report.extra).push(path);
  }
  for (const list of Object.values(report)) list.sort();
  return report;
}

/**
 * A hash split for reading aloud and comparing by eye: groups of four characters, four groups a
 * row ("1a2b 3c4d 5e6f 7a8b"), as the publisher prints it and ve-an-ban.html shows it.
 */
export function hexRows(hex: string): string[] {
  const groups = hex.match(/.{1,4}/g) ?? [];
  const rows: string[] = [];
  for (let i = 0; i < groups.length; i += 4) rows.push(groups.slice(i, i + 4).join(' '));
  return rows;
}

export function problemCount(report: SumsReport): number {
  return report.missing.length + report.changed.length + report.extra.length;
}
