import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articles,
  childNodes,
  findNode,
  nodeLines,
  type LegalText,
} from '../../src/lib/legal/model.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import { SourceError } from '../../src/lib/source-error.ts';

const fixture = (name: string) => `tests/fixtures/van-ban/${name}.txt`;
const parseFixture = (name: string): LegalText =>
  parseLegalText(readFileSync(fixture(name), 'utf8'), fixture(name));

function parseError(name: string): SourceError {
  try {
    parseFixture(name);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error(`${name} parsed without error`);
}

describe('parseLegalText: structure', () => {
  it('reads roman chapters, Mục, titled articles, điểm đ and multi-paragraph khoản', () => {
    const text = parseFixture('chuong-la-ma-co-muc');
    expect(text.body.map((n) => n.id)).toEqual(['chuong-1', 'chuong-2']);
    const sections = childNodes(text.body[0].content);
    expect(sections.map((n) => [n.kind, n.id, n.title])).toEqual([
      ['muc', 'chuong-1-muc-1', 'PHẠM VI'],
      ['muc', 'chuong-1-muc-2', 'ÁP DỤNG'],
    ]);
    const dieu1 = findNode(text, { dieu: '1' })!;
    expect(dieu1.title).toBe('Tiêu đề một');
    const khoan1 = findNode(text, { dieu: '1', khoan: '1' })!;
    expect(childNodes(khoan1.content).map((n) => n.id)).toEqual([
      'dieu-1-khoan-1-diem-a',
      'dieu-1-khoan-1-diem-b',
      'dieu-1-khoan-1-diem-c',
      'dieu-1-khoan-1-diem-d',
      'dieu-1-khoan-1-diem-dd',
      'dieu-1-khoan-1-diem-e',
    ]);
    expect(findNode(text, { dieu: '1', khoan: '1', diem: 'đ' })!.label.text).toBe('đ) Điểm đ;');
    expect(nodeLines(findNode(text, { dieu: '1', khoan: '2' })!).map((l) => l.text)).toEqual([
      '2. Khoản hai.',
      'Đoạn thứ hai của khoản hai.',
    ]);
  });

  it('splits the heading block, the preamble and the closing formula', () => {
    const text = parseFixture('chuong-la-ma-co-muc');
    expect(text.heading.at(-1)!.text).toBe('MẪU THỬ');
    expect(text.preamble.map((l) => l.text)).toEqual([
      'Căn cứ lời mở đầu mẫu;',
      'Quốc hội ban hành Luật mẫu thử.',
    ]);
    expect(text.closing.map((l) => l.text)).toEqual([
      'Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XC, kỳ họp thứ 1 ' +
        'thông qua ngày 02 tháng 3 năm 2099.',
      'CHỦ TỊCH QUỐC HỘI',
      'Người Ký Mẫu',
    ]);
    expect(nodeLines(findNode(text, { dieu: '3' })!).map((l) => l.text)).toEqual([
      'Điều 3. Hiệu lực thi hành',
      'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2099.',
    ]);
  });

  it('reads "Chương 1:" chapters, untitled articles and a khoản written without a space', () => {
    const text = parseFixture('chuong-so-khong-tieu-de-dieu');
    expect(text.body[0].label.text).toBe('Chương 1:');
    expect(text.body[0].title).toBe('NHỮNG QUY ĐỊNH CHUNG');
    expect(findNode(text, { dieu: '1' })!.title).toBeUndefined();
    expect(findNode(text, { dieu: '2', khoan: '2' })!.label.text).toBe('2.Khoản hai viết liền số;');
  });

  it('keeps an article quoted by an amending article inside it, not as an article of its own', () => {
    const text = parseFixture('chuong-so-khong-tieu-de-dieu');
    expect(articles(text).map((a) => a.num)).toEqual(['1', '2', '3', '4']);
    const quote = findNode(text, { dieu: '3' })!.content[0];
    expect(quote.type).toBe('quote');
    if (quote.type !== 'quote') return;
    expect(quote.id).toBe('dieu-3-trich-1');
    expect(childNodes(quote.content).map((n) => n.id)).toEqual([
      'dieu-3-trich-1-khoan-1',
      'dieu-3-trich-1-khoan-2',
    ]);
    expect(findNode(text, { dieu: '3', khoan: '1' })).toBeUndefined();
  });

  it('reads a treaty with articles and no chapters, ending "Làm tại …"', () => {
    const text = parseFixture('dieu-uoc-khong-chuong');
    expect(text.body.map((n) => n.id)).toEqual(['dieu-1', 'dieu-2', 'dieu-3']);
    expect(text.heading.map((l) => l.text)).toEqual(['HIỆP ĐỊNH MẪU', 'GIỮA BÊN A VÀ BÊN B']);
    expect(text.closing[0].text).toMatch(/^Làm tại/);
  });

  it("reads a codification's one-line title as the source's title, not as a heading or preamble", () => {
    const text = parseFixture('nghi-dinh-tieu-de-phap-dien');
    expect(text.sourceTitle).toEqual({
      text: 'Nghị định số 01/2099/NĐ-CP Quy định mẫu thử ngày 01/01/2099 của Chính phủ',
      line: 1,
    });
    expect(text.heading).toEqual([]);
    expect(text.preamble).toEqual([]);
    expect(text.closing).toEqual([]);
    expect(text.body.map((n) => n.id)).toEqual(['dieu-1', 'dieu-2']);
  });

  it('leaves a first line that only looks like a title in the preamble (no slashed date)', () => {
    const text = parseLegalText(
      'Nghị định số 01/2099/NĐ-CP ngày 01 tháng 01 năm 2099\n\nĐiều 1\nMột.',
      'x.txt',
    );
    expect(text.sourceTitle).toBeUndefined();
    expect(text.preamble.map((l) => l.text)).toEqual([
      'Nghị định số 01/2099/NĐ-CP ngày 01 tháng 01 năm 2099',
    ]);
  });

  it('keeps every source line, in order, exactly once', () => {
    const source = readFileSync(fixture('chuong-la-ma-co-muc'), 'utf8');
    const text = parseLegalText(source, 'x');
    const lines = [
      ...text.heading,
      ...text.preamble,
      ...text.body.flatMap(nodeLines),
      ...text.closing,
    ];
    expect(lines.map((l) => l.text)).toEqual(source.split('\n').filter((l) => l !== ''));
  });
});

describe('parseLegalText: malformed sources stop with file and line', () => {
  it.each([
    ['loi-thieu-dieu', 10, /Điều 3 follows Điều 1: gap/],
    ['loi-trung-dieu', 10, /Điều 1 follows Điều 1: duplicate/],
    ['loi-dong-la', 10, /expected a "Chương", "Mục" or "Điều" heading/],
    ['loi-thieu-khoan', 10, /khoản 3 where khoản 2 was expected/],
    ['loi-trich-chua-dong', 9, /quotation opened here is never closed/],
  ])('%s', (name, line, reason) => {
    const error = parseError(name);
    expect(error.file).toBe(fixture(name));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(reason);
    expect(error.message.startsWith(`${fixture(name)}:${line}: `)).toBe(true);
  });

  it('refuses text that is not NFC', () => {
    expect(() => parseLegalText('LUẬT\n\nĐiều 1\nMo\u0323\u0302t.', 'nfd.txt')).toThrow(
      /nfd.txt:4: text is not Unicode NFC/,
    );
  });
});
