import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations.ts';
import { SourceError } from '../../src/lib/source-error.ts';
import {
  overlaps,
  parseMinutes,
  parseSectionHeading,
  talkPlan,
  type OutlineMeta,
} from '../../src/lib/talk/plan.ts';

const OUTLINE = [
  '---', // 1
  'title: Mẫu',
  'duration: 20 phút', // 3
  '---',
  '## Mục tiêu',
  '## Nội dung chính', // 6
  '',
  '### 1. Mốc quốc giới là gì (khoảng 8 phút)', // 8
  '- Mốc (<Cite doc="luat" dieu="4" khoan="5" />), cấm (<Cite doc="luat" dieu="14" />).',
  '### 2. Báo cho ai (khoảng 10 phút)', // 10
  '- Báo ngay (<Cite doc="luat" dieu="29" khoan="2" />).',
  '## Điều luật cần đọc', // 12
  'Đọc to các điều sau.',
  '<LawQuote doc="luat" dieu="14" khoan="1" />', // 14
  '<LawQuote doc="luat" dieu="29" />', // 15
];

function plan(lines: string[], meta: OutlineMeta = { duration: '20 phút', questionsMinutes: 2 }) {
  const source = lines.join('\n');
  return talkPlan(source, 'mau.mdx', extractCitations(source, 'mau.mdx'), meta);
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourceError) return error.message;
    throw error;
  }
  throw new Error('no error');
}

const READING = '## Điều luật cần đọc';
const replace = (line: number, text: string) => OUTLINE.map((l, i) => (i === line - 1 ? text : l));

describe('parseMinutes and parseSectionHeading', () => {
  it('read minutes only as outlines write them', () => {
    expect(parseMinutes('45 phút')).toBe(45);
    expect(parseMinutes(' 7 phút ')).toBe(7);
    for (const other of ['45', '45 phut', 'khoảng 45 phút', '45 phút 30 giây', '']) {
      expect(parseMinutes(other), other).toBeUndefined();
    }
  });

  it('read a section heading into its number, title and minutes', () => {
    const heading = parseSectionHeading('### 3. Những việc bị cấm (khoảng 8 phút)');
    expect(heading).toEqual({ number: 3, title: 'Những việc bị cấm', minutes: 8 });
    expect(parseSectionHeading('### 3. Những việc bị cấm')).toBeUndefined();
    expect(parseSectionHeading('### Những việc bị cấm (khoảng 8 phút)')).toBeUndefined();
    expect(parseSectionHeading('## 3. Những việc bị cấm (khoảng 8 phút)')).toBeUndefined();
  });
});

describe('overlaps', () => {
  it('holds when one pinpoint is, holds or is held by the other', () => {
    expect(overlaps({ dieu: '29' }, { dieu: '29', khoan: '2' })).toBe(true);
    expect(overlaps({ dieu: '29', khoan: '2' }, { dieu: '29' })).toBe(true);
    expect(overlaps({ dieu: '11', khoan: '4', diem: 'a' }, { dieu: '11', khoan: '4' })).toBe(true);
    expect(
      overlaps({ dieu: '11', khoan: '4', diem: 'a' }, { dieu: '11', khoan: '4', diem: 'a' }),
    ).toBe(true);
    expect(
      overlaps({ dieu: '11', khoan: '4', diem: 'a' }, { dieu: '11', khoan: '4', diem: 'b' }),
    ).toBe(false);
    expect(overlaps({ dieu: '14', khoan: '1' }, { dieu: '14', khoan: '2' })).toBe(false);
    expect(overlaps({ dieu: '1' }, { dieu: '14' })).toBe(false);
  });
});

describe('talkPlan', () => {
  it('gives each section its minutes and the quoted articles it cites', () => {
    expect(plan(OUTLINE)).toEqual({
      minutes: 20,
      questionsMinutes: 2,
      quoteCount: 2,
      sections: [
        { number: 1, title: 'Mốc quốc giới là gì', minutes: 8, quotes: [0] },
        { number: 2, title: 'Báo cho ai', minutes: 10, quotes: [1] },
      ],
    });
  });

  it('stops at the duration line when the minutes do not add up, or cannot be read', () => {
    expect(errorOf(() => plan(OUTLINE, { duration: '20 phút', questionsMinutes: 0 }))).toBe(
      'mau.mdx:3: the sections take 18 phút and the questions (questionsMinutes) 0, 18 phút in all, ' +
        'but duration says 20 phút',
    );
    const unread = errorOf(() => plan(OUTLINE, { duration: 'hai mươi phút', questionsMinutes: 2 }));
    expect(unread).toBe('mau.mdx:3: duration reads "45 phút", not "hai mươi phút"');
  });

  it('stops at a section heading without its minutes, or out of order', () => {
    const untimed = errorOf(() => plan(replace(10, '### 2. Báo cho ai')));
    expect(untimed).toMatch(
      /^mau\.mdx:10: a section heading reads "### 1\. Title \(khoảng 7 phút\)"/,
    );
    const misnumbered = errorOf(() => plan(replace(10, '### 3. Báo cho ai (khoảng 10 phút)')));
    expect(misnumbered).toBe('mau.mdx:10: section numbered 3, expected 2');
  });

  it('stops at a quoted article no section cites', () => {
    const error = errorOf(() => plan([...OUTLINE, '<LawQuote doc="luat" dieu="6" />']));
    expect(error).toMatch(
      /^mau\.mdx:16: <LawQuote> under "## Điều luật cần đọc": no section cites it/,
    );
  });

  it('needs sections, and both parts in order', () => {
    const flat = OUTLINE.filter((l) => !l.startsWith('### '));
    expect(errorOf(() => plan(flat))).toMatch(
      /^mau\.mdx:6: "## Nội dung chính" needs its sections/,
    );
    const noReading = OUTLINE.filter((l) => l !== READING);
    expect(errorOf(() => plan(noReading))).toBe(
      `mau.mdx:1: an outline needs the section "${READING}"`,
    );
    const swapped = [...OUTLINE.slice(0, 5), ...OUTLINE.slice(11), ...OUTLINE.slice(5, 11)];
    expect(errorOf(() => plan(swapped))).toBe(
      `mau.mdx:6: "${READING}" must come after "## Nội dung chính"`,
    );
  });
});
