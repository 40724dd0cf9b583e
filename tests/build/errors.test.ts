import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, run, tempDir } from './run.ts';

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('bad input stops with the file named and writes nothing', () => {
  it('a frontmatter field the schema refuses stops the build, naming the file and the field', () => {
    const result = buildWith('tests/fixtures/site-bad-frontmatter');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('van-ban-loi.mdx');
    expect(result.output).toMatch(/status/);
  }, 120_000);

  it('a citation to an article that does not exist stops the build at the file and line', () => {
    const result = buildWith('tests/fixtures/site-dangling-citation');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('tests/fixtures/site-dangling-citation/giai-thich/loi.mdx:9: <Cite>: Điều 9 does not exist in luat-mau');
  }, 120_000);

  it('a sentence that presents the pre-2025 map as today\'s stops the build at the file and line', () => {
    // The sample law of site-dangling-citation, with the prose fixture as the one answer.
    const content = tempDir('tu-sach-prose-');
    cpSync('tests/fixtures/site-dangling-citation/van-ban', join(content, 'van-ban'), { recursive: true });
    mkdirSync(join(content, 'hoi-dap'));
    cpSync('tests/fixtures/prose-pre-2025/loi.mdx', join(content, 'hoi-dap', 'loi.mdx'));
    const result = buildWith(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('6 sentence(s) present the pre-2025 map as today\'s');
    expect(result.output).toContain('hoi-dap/loi.mdx:8: names the pre-2025 map (Hà Giang) without saying so');
  }, 120_000);

  it('an outline whose minutes do not add up to its duration stops the build at that line', () => {
    const root = tempDir('tu-sach-content-');
    cpSync('tests/fixtures/site-dangling-citation/van-ban', join(root, 'van-ban'), { recursive: true });
    cpSync('tests/fixtures/de-cuong/thoi-luong-sai.mdx', join(root, 'de-cuong', 'thoi-luong-sai.mdx'));
    const result = buildWith(root);
    expect(result.status).not.toBe(0);
    const reason = 'the sections take 13 phút and the questions (questionsMinutes) 5, 18 phút in all, '
      + 'but duration says 20 phút';
    expect(result.output).toContain(`de-cuong/thoi-luong-sai.mdx:4: ${reason}`);
  }, 120_000);

  it('a malformed source stops the importer at file:line and leaves the content folder untouched', () => {
    const dir = tempDir('tu-sach-import-');
    const source = join(dir, 'loi-thieu-dieu.txt');
    cpSync('tests/fixtures/van-ban/loi-thieu-dieu.txt', source);
    writeFileSync(join(dir, 'loi-thieu-dieu.mdx'), '---\ntitle: Mẫu\n---\n');
    const before = listing(dir);
    const result = run('node', ['scripts/import-van-ban.ts', source, '--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${source}:10: Điều 3 follows Điều 1: gap in article numbers`);
    expect(result.output).toContain('Nothing was written.');
    expect(listing(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'loi-thieu-dieu.mdx'), 'utf8')).toBe('---\ntitle: Mẫu\n---\n');
  });

  it('a valid source is copied verbatim and its facts written into the frontmatter', () => {
    const dir = tempDir('tu-sach-import-');
    const source = join(dir, 'mau-thu.txt');
    cpSync('tests/fixtures/van-ban/chuong-la-ma-co-muc.txt', source);
    writeFileSync(join(dir, 'mau-thu.mdx'), '---\ntitle: Mẫu thử\nstatus: con-hieu-luc\n---\nGhi chú.\n');
    const result = run('node', ['scripts/import-van-ban.ts', source, '--dir', dir]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'nguon', 'mau-thu.txt'), 'utf8')).toBe(readFileSync(source, 'utf8'));
    const mdx = readFileSync(join(dir, 'mau-thu.mdx'), 'utf8');
    expect(mdx).toContain('number: 01/2099/QH99');
    expect(mdx).toContain('signed: 2099-03-02');
    expect(mdx).toContain("inForceArticle: '3'");
    expect(mdx).toContain('text: nguon/mau-thu.txt');
    expect(mdx).toMatch(/sha256: [0-9a-f]{64}/);
    expect(mdx.endsWith('---\nGhi chú.\n')).toBe(true);
  });
});
