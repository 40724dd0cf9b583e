import { describe, expect, it } from 'vitest';
import {
  compareSums,
  formatSums,
  hexRows,
  parseSums,
  problemCount,
} from '../../src/lib/checksums.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('SHA256SUMS', () => {
  it('is written in sha256sum format, sorted by path, and read back', () => {
    const sums = new Map([
      ['van-ban/x.html', B],
      ['index.html', A],
    ]);
    const text = formatSums(sums);
    expect(text).toBe(`${A}  index.html\n${B}  van-ban/x.html\n`);
    expect(parseSums(text)).toEqual(sums);
  });

  it('reads a list saved with Windows line ends or in binary mode (sha256sum -b)', () => {
    expect(parseSums(`${A}  index.html\r\n${B} *van-ban/x.html\r\n`)).toEqual(
      new Map([
        ['index.html', A],
        ['van-ban/x.html', B],
      ]),
    );
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseSums(`${A}  index.html\nxyz  a.html\n`)).toThrow(
      'SHA256SUMS:2: expected "<64 hex digits>  <path>"',
    );
    expect(() => parseSums(`${A}  a.html\n${B}  a.html\n`)).toThrow(
      'SHA256SUMS:2: a.html is listed twice',
    );
    expect(() => parseSums('\n')).toThrow('SHA256SUMS:1: lists no files');
  });
});

describe('comparing a copy with its list', () => {
  const expected = new Map([
    ['index.html', A],
    ['van-ban/x.html', A],
    ['an-ban.json', A],
  ]);

  it('finds nothing wrong with a faithful copy', () => {
    const report = compareSums(expected, new Map(expected));
    expect(report.ok).toEqual(['an-ban.json', 'index.html', 'van-ban/x.html']);
    expect(problemCount(report)).toBe(0);
  });

  it('names missing, changed and extra files, and sets aside what Windows or macOS add', () => {
    const found = new Map([
      ['index.html', A],
      ['van-ban/x.html', B],
      ['van-ban/y.html', A],
      ['Thumbs.db', A],
      ['van-ban/desktop.ini', A],
      ['.DS_Store', A],
    ]);
    const report = compareSums(expected, found);
    expect(report).toEqual({
      ok: ['index.html'],
      missing: ['an-ban.json'],
      changed: ['van-ban/x.html'],
      extra: ['van-ban/y.html'],
      ignored: ['.DS_Store', 'Thumbs.db', 'van-ban/desktop.ini'],
    });
    expect(problemCount(report)).toBe(3);
  });
});

describe('the code a reader compares', () => {
  it('is shown in four rows of four groups of four characters, to read aloud', () => {
    const hex = '0123456789abcdef'.repeat(4);
    expect(hexRows(hex)).toEqual([
      '0123 4567 89ab cdef',
      '0123 4567 89ab cdef',
      '0123 4567 89ab cdef',
      '0123 4567 89ab cdef',
    ]);
    expect(hexRows(hex).join('').replace(/ /g, '')).toBe(hex);
  });
});
