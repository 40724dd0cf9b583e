/**
 * A comment that sends the reader to a file that is not there (renamed, moved, never written)
 * costs the next maintainer a search: every repository path and every Markdown or component file
 * a comment names in src/, scripts/ or tests/ exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';

const CODE = /\.(ts|astro|mjs|js|css)$/;
const ROOTS = ['src', 'scripts', 'tests'];

const codeFiles = (dir: string) =>
  listFiles(dir)
    .filter((f) => CODE.test(f))
    .map((f) => join(dir, f));

/** The comments of a file, each with its first line number. */
function comments(text: string): { line: number; text: string }[] {
  return [...text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length,
    text: m[0],
  }));
}

/** A repository path ("src/lib/paths.ts", "docs/search.md"), up to a placeholder such as <slug>. */
const PATH = /\b(?:src|scripts|tests|content|docs|bench)\/[\w./[\]-]*/g;
/** A document or component named without its folder ("SOURCES.md", "PrintRunningHead.astro"). */
const FILE_NAME = /(?<![\w/.-])[\w-]+\.(?:md|astro)\b/g;

const files = ROOTS.flatMap(codeFiles);
const fileNames = new Set([
  ...readdirSync('.'),
  ...[...ROOTS, 'docs', 'content', 'bench'].flatMap((dir) =>
    readdirSync(dir, { recursive: true }).map((f) => basename(String(f))),
  ),
]);

/** Folders the build, the bench or the tests write (.gitignore): named in comments, absent on a fresh clone. */
const GENERATED = readFileSync('.gitignore', 'utf8')
  .split('\n')
  .filter((line) => /^[\w.-]+(\/[\w.-]+)*\/$/.test(line));
const exists = (path: string) =>
  existsSync(path) || GENERATED.some((dir) => `${path}/`.startsWith(dir));

function missingIn(file: string): string[] {
  return comments(readFileSync(file, 'utf8')).flatMap(({ line, text }) => {
    const paths = [...text.matchAll(PATH)].map((m) => m[0].replace(/[.,;:)]+$/, ''));
    const names = [...text.matchAll(FILE_NAME)].map((m) => m[0]);
    return [...paths.filter((p) => !exists(p)), ...names.filter((n) => !fileNames.has(n))].map(
      (what) => `${file}:${line}: ${what}`,
    );
  });
}

describe('comments', () => {
  it('name only files that exist', () => {
    expect(files.flatMap(missingIn)).toEqual([]);
  });
});
