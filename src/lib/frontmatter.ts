/**
 * The YAML of a content file as the editor wrote it. js-yaml's default schema turns an unquoted
 * 2026-13-01 into the Date 2027-01-01 before any schema can see it, so content is read
 * with the core schema (YAML 1.2: no timestamps): every date stays the text typed, for `isoDate`.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { SourceError } from './source-error.ts';

/** The frontmatter block, as Astro finds it (@astrojs/internal-helpers/frontmatter). */
const FRONTMATTER = /^(\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

export interface YamlData {
  data: unknown;
  /** The YAML text. */
  yaml: string;
  /** Line of the file on which `yaml` starts (1-based): its line n is the file's line firstLine + n - 1. */
  firstLine: number;
}

/** The frontmatter block of an .md/.mdx file and the body after it; undefined when there is none. */
export function frontmatterOf(
  raw: string,
): { yaml: string; firstLine: number; body: string } | undefined {
  const m = FRONTMATTER.exec(raw);
  if (!m) return undefined;
  // The block starts on the line of the opening ---, with what follows it there.
  return {
    yaml: m[2],
    firstLine: m[1].split('\n').length,
    body: raw.slice(m[0].length).replace(/^\r?\n/, ''),
  };
}

/** YAML text as data, dates as written; a SourceError at the line of a syntax error. */
export function loadAsWritten(yaml: string, file: string, firstLine = 1): unknown {
  try {
    return load(yaml, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    const line = (error as { mark?: { line: number } }).mark?.line ?? 0;
    throw new SourceError(
      file,
      firstLine + line,
      `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** The data of a .yaml file, or of the frontmatter of an .md/.mdx file, dates as written. */
export function yamlOf(raw: string, file: string): YamlData {
  const whole = { yaml: raw.replace(/^\uFEFF/, ''), firstLine: 1 };
  const { yaml, firstLine } = /\.ya?ml$/.test(file)
    ? whole
    : (frontmatterOf(raw) ?? { yaml: '', firstLine: 1 });
  return { data: loadAsWritten(yaml, file, firstLine), yaml, firstLine };
}

const indentOf = (line: string) => line.length - line.trimStart().length;
/** Column where a line's key starts, after any list dash: "  - inForce: x" → 4. */
const keyColumn = (line: string) => /^\s*(?:-\s+)*/.exec(line)![0].length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The 1-based line (within `yaml`) of the value at `path` (a schema issue's path), for block-style
 * YAML as content is written; flow values (`[a, b]`) are on their key's line. Falls back to the
 * deepest part of the path found.
 */
export function lineOfPath(yaml: string, path: readonly PropertyKey[]): number {
  const lines = yaml.split('\n');
  let from = 0;
  let to = lines.length;
  let found = 0;
  for (const key of path) {
    const first = lines.slice(from, to).findIndex(isContent);
    if (first < 0) break;
    const at =
      typeof key === 'number'
        ? itemAt(lines, from + first, to, key)
        : keyAt(lines, from + first, to, String(key));
    if (at < 0) break;
    found = at;
    [from, to] =
      typeof key === 'number' ? [at, itemEnd(lines, at, to)] : [at + 1, blockEnd(lines, at, to)];
  }
  return found + 1;
}

function keyAt(lines: string[], from: number, to: number, key: string): number {
  const column = keyColumn(lines[from]);
  const pattern = new RegExp(`^(?:${escape(key)}|"${escape(key)}"|'${escape(key)}')\\s*:`);
  for (let i = from; i < to; i++) {
    if (
      isContent(lines[i]) &&
      keyColumn(lines[i]) === column &&
      pattern.test(lines[i].slice(column))
    )
      return i;
  }
  return -1;
}

function itemAt(lines: string[], from: number, to: number, index: number): number {
  const column = indentOf(lines[from]);
  const items = [];
  for (let i = from; i < to; i++) {
    if (indentOf(lines[i]) === column && /^-(\s|$)/.test(lines[i].trimStart())) items.push(i);
  }
  return items[index] ?? -1;
}

/** End of the lines under the key at `at`: the next line indented no more (a "- " at its column belongs to it). */
function blockEnd(lines: string[], at: number, to: number): number {
  const column = keyColumn(lines[at]);
  for (let i = at + 1; i < to; i++) {
    if (!isContent(lines[i])) continue;
    const indent = indentOf(lines[i]);
    if (indent < column || (indent === column && !lines[i].trimStart().startsWith('-'))) return i;
  }
  return to;
}

/** End of the list item at `at`: the next line indented no more than its dash. */
function itemEnd(lines: string[], at: number, to: number): number {
  const column = indentOf(lines[at]);
  for (let i = at + 1; i < to; i++)
    if (isContent(lines[i]) && indentOf(lines[i]) <= column) return i;
  return to;
}
