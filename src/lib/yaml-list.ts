/**
 * A content file that is a YAML list of items of one schema (content/thuat-ngu/them.yaml, the
 * residents' words), read so that every error names the file and the line of the item at fault.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { SourceError } from './source-error.ts';

export interface YamlList<T> {
  items: T[];
  /** An error about item `index`, at its line. */
  fail: (index: number, reason: string) => SourceError;
}

export function readYamlList<T>(file: string, schema: z.ZodType<T[]>): YamlList<T> {
  const source = readFileSync(file, 'utf8');
  // Line of each top-level list item, so an error names the item's line.
  const itemLines = source.split('\n').flatMap((l, i) => (l.startsWith('- ') ? [i + 1] : []));
  const fail = (index: number, reason: string) =>
    new SourceError(file, itemLines[index] ?? 1, reason);
  let data: unknown;
  try {
    data = load(source);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new SourceError(file, (mark?.line ?? 0) + 1, (error as Error).message.split('\n')[0]);
  }
  const parsed = schema.safeParse(data ?? []);
  if (parsed.success) return { items: parsed.data, fail };
  const issue = parsed.error.issues[0];
  throw fail(Number(issue.path[0] ?? 0), `${issue.path.join('.')}: ${issue.message}`);
}
