/**
 * The README and docs/ stay true as the code moves: the README stays a front door, every path and
 * link they name exists, and a measured figure lives only in bench/results.md (copies drift apart).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_FILE, SECTIONS } from '../../scripts/bench/results-file.ts';
import { listFiles } from '../../src/lib/files.ts';

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const text = (file: string) => readFileSync(file, 'utf8');

/** Repository paths the docs may name, checked for existence (outputs such as dist/ are not). */
const PATH = /^(?:src|scripts|tests|content|docs|bench(?!\/work))\/[\w./[\]-]*$/;
/** A source file named without its folder (`records.ts`): some file of that name must exist. */
const FILE_NAME = /^[\w.[\]-]+\.(?:ts|astro|css|mjs)$/;
/** A size or a duration: a measured figure, unless it is a target (`≤ 150 ms`, `more than 15 KB`). */
const FIGURE = /\d[\d,.]*\s?(?:ms|s|min|KB|MB|GB|KiB|MiB|GiB|bytes)(?![\w/])/g;
const TARGET_BEFORE = /(?:[≤≥<>]|\b(?:than|past|under|within|target:?))\s*$/;

/** Words of `file` that name a repository path or a source file: in code spans and code blocks. */
function namedPaths(file: string): string[] {
  const source = text(file);
  const blocks = [...source.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  const spans = [...source.replace(/^```[\s\S]*?^```/gm, '').matchAll(/`([^`]+)`/g)].map(
    (m) => m[1],
  );
  return [...blocks, ...spans]
    .flatMap((words) => words.split(/\s+/))
    .map((word) => word.replace(/[),.;:]+$/, '').replace(/^\(/, ''))
    .filter((word) => !/[<>*…{]/.test(word) && (PATH.test(word) || FILE_NAME.test(word)));
}

const sourceNames = new Set(
  ['src', 'scripts', 'tests'].flatMap((dir) => listFiles(dir).map((f) => basename(f))),
);
const exists = (path: string) =>
  path.includes('/') ? existsSync(path) : sourceNames.has(path) || existsSync(path);

/** The sizes and durations in `source` that are not targets, each with its line. */
function copiedFigures(source: string): string[] {
  return [...source.matchAll(FIGURE)]
    .filter((m) => !TARGET_BEFORE.test(source.slice(Math.max(0, m.index - 12), m.index)))
    .map((m) => `"${m[0]}" (line ${source.slice(0, m.index).split('\n').length})`);
}

/** Relative links of a Markdown file, resolved from the repository root (anchors dropped). */
function links(file: string): string[] {
  return [...text(file).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].split('#')[0])
    .filter((target) => target !== '' && !/^[a-z]+:/.test(target))
    .map((target) => normalize(join(dirname(file), target)));
}

describe('the README is the front door', () => {
  it('stays under 15 KB: the design of each part belongs in docs/', () => {
    const size = statSync('README.md').size;
    expect(
      size,
      `README.md is ${size} bytes: move the detail into docs/<topic>.md and link it`,
    ).toBeLessThan(15 * 1024);
  });

  it('holds no tool-written section: each tool writes its figures into bench/results.md', () => {
    for (const file of DOCS) expect(text(file), file).not.toMatch(/<!-- [\w-]+:(?:start|end) -->/);
  });
});

describe('the README and docs/ name what exists', () => {
  it.each(DOCS)(
    'every src/, scripts/, tests/, content/ and docs/ path or file name in %s exists',
    (file) => {
      const missing = namedPaths(file).filter((path) => !exists(path));
      expect(
        missing,
        `${file} names paths that do not exist (moved or renamed? update ${file}): ${missing.join(', ')}`,
      ).toEqual([]);
    },
  );

  it.each([...DOCS, RESULTS_FILE])('every relative link in %s points at a file', (file) => {
    const broken = links(file).filter((target) => !exists(target));
    expect(broken, `${file} links to files that do not exist: ${broken.join(', ')}`).toEqual([]);
  });
});

describe('a measured figure lives only in bench/results.md', () => {
  it('tells a measured figure from a target', () => {
    expect(
      copiedFigures('median 138 ms from file://, 3,136 KB unpacked, build 68.4 s'),
    ).toHaveLength(3);
    expect(
      copiedFigures('median ≤ 150 ms, no more than 15 KB above its text, ≤ 5 min; CPU ×4'),
    ).toEqual([]);
  });

  it.each(DOCS)(
    '%s states targets and methods, and links to bench/results.md for figures',
    (file) => {
      const figures = copiedFigures(text(file));
      expect(
        figures,
        `${file} copies measured figures; link to ${RESULTS_FILE} instead: ${figures.join(', ')}`,
      ).toEqual([]);
    },
  );

  it(`${RESULTS_FILE} has one section per measuring tool`, () => {
    for (const name of Object.keys(SECTIONS)) {
      for (const edge of ['start', 'end']) {
        expect(
          text(RESULTS_FILE).split(`<!-- ${name}:${edge} -->`).length - 1,
          `${name}:${edge}`,
        ).toBe(1);
      }
    }
  });
});
