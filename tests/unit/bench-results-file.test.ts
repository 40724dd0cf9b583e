import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSection, writeSection } from '../../scripts/bench/results-file.ts';

const FILE = [
  '# Measured figures',
  '',
  'Written by hand.',
  '',
  '<!-- bench:start -->',
  'old bench',
  '<!-- bench:end -->',
  '',
  '<!-- search:start -->',
  'old search',
  '<!-- search:end -->',
  '',
].join('\n');

describe('each measuring tool rewrites only its own section of bench/results.md', () => {
  it('replaces its section and keeps every other line', () => {
    const out = withSection(FILE, 'search', 'new search\n');
    expect(out).toBe(FILE.replace('old search', 'new search'));
  });

  it('adds its section at the end when the file has none yet', () => {
    const out = withSection(FILE, 'lighthouse', 'scores');
    expect(out).toBe(`${FILE}\n<!-- lighthouse:start -->\nscores\n<!-- lighthouse:end -->\n`);
    expect(withSection(out, 'lighthouse', 'later')).toBe(out.replace('scores', 'later'));
  });

  it('refuses a file whose markers are broken, rather than overwrite what lies between', () => {
    expect(() => withSection(FILE.replace('<!-- bench:end -->', ''), 'bench', 'x')).toThrow(
      /bench:start/,
    );
    expect(() => withSection(`${FILE}<!-- search:start -->\n`, 'search', 'x')).toThrow(
      /exactly one/,
    );
  });

  it('creates the file when it is missing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tu-sach-results-')), 'work', 'results.md');
    writeSection(file, 'bench', 'table');
    expect(readFileSync(file, 'utf8')).toBe(
      '# Measured figures\n\n<!-- bench:start -->\ntable\n<!-- bench:end -->\n',
    );
  });
});
