/**
 * One mechanism per concern, kept by a grep: anchor ids of the legal structure are built and read
 * back only in src/lib/legal/ids.ts, and the anchors of named public sources ("nguon-…", linked as "#nguon-…") too. A
 * hand-built "dieu-14" elsewhere would drift from the ids the pages carry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const IDS_MODULE = 'src/lib/legal/ids.ts';
const CODE = /\.(ts|astro|mjs|js)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

/** The file's code without its comments (examples in comments may spell ids). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Lines of code that spell a structural anchor id ("dieu-", "khoan-", "diem-") or a source anchor ("nguon-"). */
function handBuiltIds(file: string): string[] {
  const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
  const id = /['"`/[^][^'"`\n]*?\b(dieu-(?!uoc)|khoan-|diem-|nguon-)/;
  const sourceHref = /#\$\{sourceAnchor\(/;
  return lines.filter((line) => id.test(line) || sourceHref.test(line)).map((line) => `${file}: ${line.trim()}`);
}

describe('anchor ids', () => {
  const files = [...codeFiles('src'), ...codeFiles('scripts')].map((f) => relative('.', f));

  it('are spelled only in the ids module', () => {
    const found = files.filter((f) => f !== IDS_MODULE).flatMap(handBuiltIds);
    expect(found).toEqual([]);
  });

  it('are found by the check when spelled by hand', () => {
    expect(handBuiltIds(IDS_MODULE).length).toBeGreaterThan(0);
  });
});
