import { describe, expect, it } from 'vitest';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import { decodeSource, normaliseSource } from '../../src/lib/legal/source-file.ts';

const LAW = ['LUẬT', 'MẪU', '', 'Điều 1. Một', 'Nội dung.', '', 'Điều 2. Hai', 'Nội dung.'];
const parseError = (lines: string[]) => {
  try {
    parseLegalText(lines.join('\n'), 'mau.txt');
  } catch (error) {
    return (error as Error).message;
  }
  return 'parsed';
};

describe('a source text names what is wrong with its bytes', () => {
  it('refuses a BOM, a carriage return and a NUL byte at their line, for what they are', () => {
    expect(parseError([`\uFEFF${LAW[0]}`, ...LAW.slice(1)])).toBe(
      'mau.txt:1: byte-order mark (BOM): npm run import removes it',
    );
    expect(parseError(LAW.map((l) => `${l}\r`))).toMatch(/^mau\.txt:1: carriage return/);
    expect(parseError([...LAW.slice(0, 4), 'Nội\0 dung.', ...LAW.slice(5)])).toBe(
      'mau.txt:5: NUL byte: this is not a plain text file',
    );
  });

  it('names an invisible or control character by its code point, where the text would only look wrong', () => {
    expect(parseError([...LAW.slice(0, 3), 'Điều\u200B 1. Một', ...LAW.slice(4)])).toBe(
      'mau.txt:4: invisible character U+200B: delete it (it looks like nothing, but headings and ' +
        'search see it)',
    );
    expect(parseError([...LAW.slice(0, 4), 'Nội \u202Edung.', ...LAW.slice(5)])).toMatch(
      /^mau\.txt:5: invisible character U\+202E/,
    );
    expect(parseError([...LAW.slice(0, 4), 'Nội\tdung.', ...LAW.slice(5)])).toBe(
      'mau.txt:5: control character U+0009: replace it with a space or delete it',
    );
  });

  it('calls bytes that are not UTF-8 an encoding problem at their line, and UTF-16 UTF-16', () => {
    const bytes = Buffer.concat([
      Buffer.from('LUẬT\nMẪU\n\n'),
      Buffer.from([0xd0]),
      Buffer.from('ieu 1\n'),
    ]);
    expect(() => decodeSource(bytes, 'mau.txt')).toThrow(/^mau\.txt:4: not UTF-8/);
    expect(() => decodeSource(Buffer.from([0xff, 0xfe, 0x4c, 0x00]), 'mau.txt')).toThrow(
      /^mau\.txt:1: UTF-16/,
    );
    expect(decodeSource(Buffer.from('\uFEFFLUẬT'), 'mau.txt')).toBe('\uFEFFLUẬT');
  });

  it('normalises only a BOM and line endings, and lists what it changed', () => {
    expect(normaliseSource('\uFEFFa\r\nb\rc\n')).toEqual({
      text: 'a\nb\nc\n',
      changes: ['byte-order mark (BOM) removed', 'line endings CRLF → LF'],
    });
    expect(normaliseSource('a\nb\n')).toEqual({ text: 'a\nb\n', changes: [] });
  });
});
