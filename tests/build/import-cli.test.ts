/**
 * The importer's edge cases: line endings are normalised and said so, a file
 * that is not UTF-8 is named as such, and a missing input or a failed write is a usage error that
 * leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStackTrace, run, tempDir } from './run.ts';

const SOURCE = readFileSync('tests/fixtures/van-ban/chuong-la-ma-co-muc.txt', 'utf8');
const MDX = '---\ntitle: Mẫu thử\nstatus: con-hieu-luc\n---\nGhi chú.\n';
const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

/** A folder with `mau.mdx` and the source `mau.txt` written as `bytes`. */
function folderWith(bytes: string | Buffer): { dir: string; source: string } {
  const dir = tempDir('tu-sach-import-');
  writeFileSync(join(dir, 'mau.mdx'), MDX);
  writeFileSync(join(dir, 'mau.txt'), bytes);
  return { dir, source: join(dir, 'mau.txt') };
}

const importer = (source: string, dir: string) =>
  run('node', ['scripts/import-van-ban.ts', source, '--dir', dir]);

describe('npm run import: what the source file is made of', () => {
  it('stores a CRLF source with LF line endings, and says so', () => {
    const { dir, source } = folderWith(SOURCE.replace(/\n/g, '\r\n'));
    const result = importer(source, dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('line endings CRLF → LF');
    const stored = readFileSync(join(dir, 'nguon', 'mau.txt'), 'utf8');
    expect(stored).toBe(SOURCE);
    expect(readFileSync(join(dir, 'mau.mdx'), 'utf8')).toContain(
      createHash('sha256').update(stored).digest('hex'),
    );
  });

  it('drops a byte-order mark, and says it was a BOM', () => {
    const { dir, source } = folderWith(`\uFEFF${SOURCE}`);
    const result = importer(source, dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('byte-order mark (BOM) removed');
    expect(readFileSync(join(dir, 'nguon', 'mau.txt'), 'utf8')).toBe(SOURCE);
  });

  it('names a Windows-1258 file as an encoding problem at its first bad line, and writes nothing', () => {
    // "Điều" in Windows-1258: Đ is 0xD0, which is not valid UTF-8 on its own.
    const bytes = Buffer.from(
      SOURCE.replace(/Điều/g, 'Ðieu').replace(/[\u0080-\uffff]/g, (c) => (c === 'Ð' ? c : 'a')),
      'latin1',
    );
    const { dir, source } = folderWith(bytes);
    const before = listing(dir);
    const result = importer(source, dir);
    expect(result.status).toBe(1);
    const firstBad = SOURCE.split('\n').findIndex((l) => l.includes('Điều')) + 1;
    expect(result.output).toContain(`${source}:${firstBad}: not UTF-8`);
    expect(result.output).not.toContain('heading');
    expect(listing(dir)).toEqual(before);
  });

  it('names a UTF-16 file as UTF-16', () => {
    const { dir, source } = folderWith(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SOURCE, 'utf16le')]),
    );
    const result = importer(source, dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${source}:1: UTF-16`);
  });

  it('refuses a NUL byte at its line', () => {
    const lines = SOURCE.split('\n');
    lines[3] += '\0';
    const { dir, source } = folderWith(lines.join('\n'));
    const result = importer(source, dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${source}:4: NUL byte`);
  });
});

describe('npm run import: usage errors leave nothing behind', () => {
  it('a missing input path is a usage error (exit 2) with no stack trace', () => {
    const dir = tempDir('tu-sach-import-');
    const result = importer(join(dir, 'khong-co.txt'), dir);
    expect(result.status).toBe(2);
    expect(result.output).toContain(`${join(dir, 'khong-co.txt')}: no such file`);
    noStackTrace(result.output);
    expect(listing(dir)).toEqual([]);
  });

  it('a failed write is an error (exit 2) with no stack trace, and leaves no .tmp file', () => {
    const { dir, source } = folderWith(SOURCE);
    // A folder where the importer's temporary MDX file would go: the text's temporary file is
    // written first, then this write fails.
    mkdirSync(join(dir, 'mau.mdx.tmp'));
    const before = listing(dir);
    const result = importer(source, dir);
    expect(result.status).toBe(2);
    expect(result.output).toContain('cannot write');
    expect(result.output).toContain('Nothing was written.');
    noStackTrace(result.output);
    expect(listing(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'mau.mdx'), 'utf8')).toBe(MDX);
  });
});
