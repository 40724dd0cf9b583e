import { describe, expect, it } from 'vitest';
import { checkContentMarkup } from '../../src/lib/content-markup.ts';

const FRONT = '---\ntitle: Mẫu\nsummary: "<script>alert(1)</script> in YAML is only text"\n---\n';
/** The problem reported for a body whose line 6 (the second line after the frontmatter) is `line`. */
const problem = (line: string) => {
  try {
    checkContentMarkup(`${FRONT}Đoạn đầu.\n${line}\nĐoạn cuối.\n`, 'giai-thich/x.mdx');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('content MDX never carries a script', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<SCRIPT src="x.js"></SCRIPT>', '<SCRIPT>'],
    ['<svg><script>alert(1)</script></svg>', '<svg>'],
    ['<iframe srcdoc="<script>alert(1)</script>" />', '<iframe>'],
    ['<style>{`.lq { display: none }`}</style>', '<style>'],
    ['<div>x</div>', '<div>'],
  ])('refuses the element in %s at file:line', (line, tag) => {
    expect(problem(line)).toMatch(new RegExp(`^giai-thich/x\\.mdx:6: ${tag}: `));
  });

  it.each([
    '<img src="data:,x" onerror="alert(1)" />',
    '<span onmouseover="alert(1)">x</span>',
    '<Cite doc="luat-mau" dieu="1" onClick={() => alert(1)} />',
    '<abbr title="x" ONLOAD="alert(1)">x</abbr>',
  ])('refuses an on* attribute: %s', (line) => {
    expect(problem(line)).toMatch(/^giai-thich\/x\.mdx:6: on\w+ attribute/i);
  });

  it.each([
    '[bấm vào đây](javascript:alert(1))',
    '[x](JavaScript:alert(1))',
    '[x]( jav&#x61;script:alert(1) )',
    '[x](javascript\\:alert(1))',
    '[x](vbscript:msgbox)',
    '![ảnh](javascript:alert(1))',
    '[id]: javascript:alert(1)',
  ])('refuses a javascript: URL: %s', (line) => {
    expect(problem(line)).toMatch(/^giai-thich\/x\.mdx:6: (javascript|vbscript): URL/);
  });

  it.each([
    ['import X from "../../src/x.astro"', /^giai-thich\/x\.mdx:6: import\/export/],
    ['export const x = 1', /^giai-thich\/x\.mdx:6: import\/export/],
    ['Số {1 + 1} là hai.', /^giai-thich\/x\.mdx:6: \{…\} expression/],
    ['{_jsx("script", { children: "alert(1)" })}', /^giai-thich\/x\.mdx:6: \{…\} expression/],
    ['<Cite doc="luat-mau" {...props} />', /^giai-thich\/x\.mdx:6: <Cite>: attribute/],
    ['<abbr title={x}>x</abbr>', /^giai-thich\/x\.mdx:6: <abbr>: attribute/],
    ['<abbr class="x">x</abbr>', /^giai-thich\/x\.mdx:6: <abbr>: attribute/],
  ])('refuses what could run code: %s', (line, message) => {
    expect(problem(line)).toMatch(message);
  });

  it.each([
    'Theo <Cite doc="luat-mau" dieu="1" khoan={2} /> và <SourceRef id="mau" />.',
    '<LawQuote\n  doc="luat-mau"\n  dieu="14"\n/>',
    'Chữ <abbr title="Ủy ban nhân dân">UBND</abbr>, H<sub>2</sub>O, m<sup>2</sup>, dòng<br />mới.',
    'Mã `<script>` trong dấu nháp ngược chỉ là chữ, và \\{ không phải biểu thức \\}.',
    '```\n<script>alert(1)</script>\n```',
    '{/* ghi chú của người viết */}',
    '[Điều 14](../van-ban/luat-bien-gioi-quoc-gia-2003.html#dieu-14) và ' +
      '[nguồn](https://example.org/a:b).',
    'Người dân dùng Java, script: không liên quan.',
  ])('accepts Markdown, the citation components and a few plain elements: %s', (line) => {
    expect(problem(line)).toBe('accepted');
  });

  it('names the line of the attribute in a multi-line tag, after a code block', () => {
    const body = '```\na\nb\n```\n<Cite\n  doc="x"\n  onmouseover="alert(1)"\n/>\n';
    expect(() => checkContentMarkup(`${FRONT}${body}`, 'x.mdx')).toThrow(
      /^x\.mdx:11: onmouseover attribute/,
    );
  });
});
