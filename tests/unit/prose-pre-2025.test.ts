import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStale, staleSentences } from '../../src/lib/prose/pre-2025-check.ts';

const FIXTURE = 'tests/fixtures/prose-pre-2025/loi.mdx';

const mdxIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f));

/** Every file of ours whose sentences must not present the old map as today's: content prose and UI strings. */
const OURS = [
  ...['giai-thich', 'hoi-dap', 'de-cuong', 'trang'].flatMap((kind) => mdxIn(join('content', kind))),
  'content/thuat-ngu/them.yaml',
  'src/i18n/vi.ts',
];

describe('sentences that present the pre-2025 map as today’s', () => {
  it('names each sentence with a pre-2025 term and no word saying so, at the line of the term', () => {
    const found = staleSentences(readFileSync(FIXTURE, 'utf8'), FIXTURE);
    expect(found.map((s) => [s.line, s.terms])).toEqual([
      [2, ['thị trấn']],
      [8, ['thị trấn']],
      [10, ['Hà Giang']],
      [15, ['huyện']],
      [20, ['Chỉ huy trưởng Bộ đội Biên phòng tỉnh']],
      [22, ['Hòa Bình']],
    ]);
    expect(found[1].sentence).toMatch(/^Khu vực biên giới gồm các xã, phường, thị trấn có/);
    const line10 = `${FIXTURE}:10: names the pre-2025 map (Hà Giang) without saying so`;
    expect(formatStale(found)).toContain(
      `${line10}: "Cửa khẩu Thanh Thủy (Hà Giang) mở cửa từ sáng."`,
    );
  });

  it('finds none in our explainers, answers, outlines, pages, glossary additions and UI strings', () => {
    const found = OURS.flatMap((file) => staleSentences(readFileSync(file, 'utf8'), file));
    expect(formatStale(found)).toBe('');
  });
});
