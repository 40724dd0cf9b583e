/**
 * One mechanism per concern, kept by a grep: anchor ids of the legal structure are built and read
 * back only in src/lib/legal/ids.ts, and so are the anchors of named public sources ("nguon-…",
 * linked as "#nguon-…"); the scripts reach the site's pages through sitePath; components take
 * their data from the page. A hand-built "dieu-14" or "tim-kiem.html" elsewhere would drift from
 * what the pages carry, and a component that loads its own data cannot be shown test data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { sitePath, type Route } from '../../src/lib/paths.ts';

const IDS_MODULE = 'src/lib/legal/ids.ts';
const CODE = /\.(ts|astro|mjs|js)$/;

const codeFiles = (dir: string) =>
  listFiles(dir)
    .filter((f) => CODE.test(f))
    .map((f) => join(dir, f));

/** The file's code without its comments (examples in comments may spell ids). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Lines of code that spell a structural anchor id ("dieu-", "khoan-", "diem-") or a source anchor ("nguon-"). */
function handBuiltIds(file: string): string[] {
  const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
  const id = /['"`/[^][^'"`\n]*?\b(dieu-(?!uoc)|khoan-|diem-|nguon-)/;
  const sourceHref = /#\$\{sourceAnchor\(/;
  return lines
    .filter((line) => id.test(line) || sourceHref.test(line))
    .map((line) => `${file}: ${line.trim()}`);
}

describe('anchor ids', () => {
  const files = [...codeFiles('src'), ...codeFiles('scripts')];

  it('are spelled only in the ids module', () => {
    const found = files.filter((f) => f !== IDS_MODULE).flatMap(handBuiltIds);
    expect(found).toEqual([]);
  });

  it('are found by the check when spelled by hand', () => {
    expect(handBuiltIds(IDS_MODULE).length).toBeGreaterThan(0);
  });
});

describe('the scripts', () => {
  // The home page is left out: "index.html" is also what a folder serves and the Starlight peer's page.
  const fixed: Route[] = [
    { page: 'search' },
    { page: 'about' },
    { page: 'guide' },
    { page: 'explainers' },
    { page: 'questions' },
    { page: 'glossary' },
    { page: 'outlines' },
    { page: 'handout' },
    { page: 'timeline' },
    { page: 'reorg' },
    { page: 'quizzes' },
  ];

  it('reach the pages through sitePath, never by their file names', () => {
    const names = fixed.map(sitePath);
    const spelled = codeFiles('scripts').flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return names.filter((name) => code.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(spelled).toEqual([]);
  });
});

describe('components', () => {
  /** What content MDX uses: it gives them only their attributes, so they load what those name. */
  const MDX = [
    'legal/LawQuote.astro',
    'legal/Cite.astro',
    'content/SourceRef.astro',
    'content/Term.astro',
    'diagrams/Diagram.astro',
  ];
  /** Still loading the shelf themselves: the metadata panel and its rows, the content sources the handout shares. */
  const NOT_YET = ['content/ContentSources.astro'];
  const LOADER =
    /\b(?:getLibrary|getContentIndex|getGlossary|getDiagrams|getQuizzes|getStandalonePage|getCollection|getEntry|getEntries)\(/;

  it('take their data as props from the page, except those content MDX uses', () => {
    const allowed = new Set([...MDX, ...NOT_YET].map((f) => join('src/components', f)));
    const loading = codeFiles('src/components').filter((f) => LOADER.test(readFileSync(f, 'utf8')));
    expect(loading.filter((f) => !allowed.has(f))).toEqual([]);
  });
});
