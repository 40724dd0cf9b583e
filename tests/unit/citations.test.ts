import { describe, expect, it } from 'vitest';
import {
  checkCitations,
  extractCitations,
  lookupLaw,
  pinpointOf,
  type CitationTargets,
} from '../../src/lib/citations.ts';
import { parseLegalText } from '../../src/lib/legal/parse.ts';
import { SourceError } from '../../src/lib/source-error.ts';

const law = parseLegalText(
  [
    'LUẬT',
    'MẪU',
    '',
    'Điều 1. Một',
    '1. Khoản một:',
    'a) Điểm a;',
    'b) Điểm b;',
    'c) Điểm c;',
    'd) Điểm d;',
    'đ) Điểm đ.',
    '',
    'Điều 2. Hai',
    'Nội dung.',
  ].join('\n'),
  'mau.txt',
);
const targets: CitationTargets = {
  document: (slug) => ({ 'luat-mau': { text: law }, 'hiep-uoc-mau': {} })[slug],
  sources: new Set(['nguon-mau']),
  terms: new Set(['moc-quoc-gioi']),
  diagrams: new Set(['cac-vung-bien']),
};

function errorOf(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('extractCitations', () => {
  it('finds every citation component with its line, whatever the attribute quoting', () => {
    const mdx = [
      '---',
      'title: Mẫu',
      '---',
      'Theo <Cite doc="luat-mau" dieu="1" khoan="1">khoản 1</Cite> và <Cite doc=\'luat-mau\' />,',
      '<LawQuote',
      '  doc="luat-mau" dieu={2} />',
      'Xem <Term id="moc-quoc-gioi">mốc</Term> <SourceRef id="nguon-mau"/>. <Citation> is not one.',
    ].join('\n');
    expect(extractCitations(mdx, 'a.mdx')).toEqual([
      { tag: 'Cite', line: 4, doc: 'luat-mau', pin: { dieu: '1', khoan: '1', diem: undefined } },
      { tag: 'Cite', line: 4, doc: 'luat-mau', pin: undefined },
      {
        tag: 'LawQuote',
        line: 5,
        doc: 'luat-mau',
        pin: { dieu: '2', khoan: undefined, diem: undefined },
      },
      { tag: 'Term', line: 7, id: 'moc-quoc-gioi' },
      { tag: 'SourceRef', line: 7, id: 'nguon-mau' },
    ]);
  });

  it('refuses misspelt attributes, expressions and missing targets at their line', () => {
    expect(
      errorOf(() => extractCitations('\n<Cite doc="luat-mau" dieu="1" khaon="2" />', 'a.mdx'))
        .message,
    ).toBe('a.mdx:2: <Cite>: unknown attribute "khaon" (allowed: doc, dieu, khoan, diem)');
    expect(
      errorOf(() => extractCitations('<Cite doc="luat-mau" dieu={n} />', 'a.mdx')).message,
    ).toContain('a.mdx:1: <Cite>: cannot read "dieu={n}"');
    expect(
      errorOf(() => extractCitations('<LawQuote doc="luat-mau" />', 'a.mdx')).message,
    ).toContain('needs dieu');
    expect(
      errorOf(() => extractCitations('<Cite doc="luat-mau" khoan="2" />', 'a.mdx')).message,
    ).toContain('khoan and diem need dieu');
    expect(errorOf(() => extractCitations('<Term>mốc</Term>', 'a.mdx')).message).toBe(
      'a.mdx:1: <Term>: needs id="…"',
    );
  });
});

describe('checkCitations', () => {
  it('passes citations whose targets exist, điểm đ included', () => {
    const mdx = [
      '<LawQuote doc="luat-mau" dieu="1" khoan="1" diem="đ" /> <Cite doc="hiep-uoc-mau" />',
      '<Term id="moc-quoc-gioi" /> <Diagram id="cac-vung-bien" />',
    ].join(' ');
    expect(checkCitations(mdx, 'a.mdx', targets)).toHaveLength(4);
  });

  it.each([
    ['<Cite doc="luat-khac" dieu="1" />', 'no document "luat-khac" in content/van-ban/'],
    ['<Cite doc="luat-mau" dieu="3" />', 'Điều 3 does not exist in luat-mau'],
    ['<Cite doc="luat-mau" dieu="1" khoan="2" />', 'khoản 2 Điều 1 does not exist in luat-mau'],
    [
      '<LawQuote doc="luat-mau" dieu="1" khoan="1" diem="e" />',
      'điểm e khoản 1 Điều 1 does not exist in luat-mau',
    ],
    [
      '<Cite doc="hiep-uoc-mau" dieu="1" />',
      'hiep-uoc-mau has no text in this edition, so Điều 1 cannot be cited',
    ],
    ['<SourceRef id="khong-co" />', 'no public source "khong-co" in content/tham-khao/'],
    ['<Term id="khong-co">x</Term>', 'no glossary term "khong-co"'],
    ['<Diagram id="khong-co" />', 'no diagram "khong-co" in content/hinh-minh-hoa/'],
  ])('stops at the line of %s', (tag, reason) => {
    const error = errorOf(() =>
      checkCitations(`Dòng một.\n\nDòng ba ${tag}`, 'giai-thich/a.mdx', targets),
    );
    expect(error.file).toBe('giai-thich/a.mdx');
    expect(error.line).toBe(3);
    expect(error.message).toContain(reason);
  });
});

describe('the components and the check resolve alike', () => {
  it('reads numbers and strings as the same pinpoint', () => {
    expect(pinpointOf({ dieu: 1, khoan: '1' })).toEqual(pinpointOf({ dieu: '1', khoan: 1 }));
    expect(pinpointOf({})).toBeUndefined();
  });

  it('finds the node or says why not', () => {
    expect(lookupLaw(targets, 'luat-mau', { dieu: '1', khoan: '1', diem: 'a' })).toMatchObject({
      node: { id: 'dieu-1-khoan-1-diem-a' },
    });
    expect(lookupLaw(targets, 'luat-mau', undefined)).toEqual({});
  });
});
