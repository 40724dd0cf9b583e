import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/schemas/date.ts';
import { checkEntry } from '../../src/lib/content-loader.ts';
import { lineOfPath, yamlOf } from '../../src/lib/frontmatter.ts';
import { SourceError } from '../../src/lib/source-error.ts';

describe('isoDate (impossible dates never roll over)', () => {
  it('gives a real day written YYYY-MM-DD as that day at 00:00 UTC', () => {
    expect(isoDate.parse('2026-11-22')).toEqual(new Date('2026-11-22T00:00:00Z'));
    expect(isoDate.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
  });

  it.each([
    '2026-13-01',
    '2009-02-31',
    '2026-02-29',
    '2026-00-10',
    '2026-1-5',
    '22/11/2026',
    '2026-11-22T10:00:00Z',
    ' 2026-11-22',
  ])('refuses %s', (text) => {
    const result = isoDate.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses what is not text: a number, or a Date that YAML may already have rolled over', () => {
    expect(isoDate.safeParse(20261122).success).toBe(false);
    expect(isoDate.safeParse(new Date('2027-01-01')).success).toBe(false);
  });
});

describe('content YAML as written', () => {
  it('keeps an unquoted date as the text the editor typed, so 2026-13-01 is not read as 2027-01-01', () => {
    const { data } = yamlOf('---\nsigned: 2026-13-01\naccessed: "2009-02-31"\n---\nBody', 'x.mdx');
    expect(data).toEqual({ signed: '2026-13-01', accessed: '2009-02-31' });
  });

  it('reads a .yaml file whole and a frontmatter block after the first ---', () => {
    expect(yamlOf('a: 1\n', 'x.yaml')).toMatchObject({ data: { a: 1 }, firstLine: 1 });
    expect(yamlOf('\uFEFF---\na: 1\n---\n', 'x.mdx')).toMatchObject({
      data: { a: 1 },
      firstLine: 1,
    });
    expect(yamlOf('\n\n---\na: 1\n---\n', 'x.mdx')).toMatchObject({ data: { a: 1 }, firstLine: 3 });
  });

  it('finds the line of a field, nested in maps and lists, block or flow', () => {
    const yaml = [
      'title: T', //                      1
      'amends:', //                       2
      '  - article: "35"', //             3
      '    inForce: 2020-01-01', //       4
      '  - article: "36"', //             5
      '    target: x', //                 6
      '    inForce: 2020-02-31', //       7
      'inForce: 2020-01-01', //           8
      'sources: [a, b]', //               9
      'list:', //                         10
      '- one', //                         11
      '- two', //                         12
    ].join('\n');
    expect(lineOfPath(yaml, ['title'])).toBe(1);
    expect(lineOfPath(yaml, ['inForce'])).toBe(8);
    expect(lineOfPath(yaml, ['amends', 0, 'inForce'])).toBe(4);
    expect(lineOfPath(yaml, ['amends', 1, 'inForce'])).toBe(7);
    expect(lineOfPath(yaml, ['amends', 1])).toBe(5);
    expect(lineOfPath(yaml, ['sources', 1])).toBe(9);
    expect(lineOfPath(yaml, ['list', 1])).toBe(12);
    expect(lineOfPath(yaml, ['missing'])).toBe(1);
  });
});

describe('checkEntry: a field the schema refuses stops at file:line naming it', () => {
  const schema = z.object({
    title: z.string(),
    signed: isoDate,
    amends: z.array(z.object({ article: z.string(), inForce: isoDate })).default([]),
  });
  const problem = (raw: string, file: string) => {
    try {
      checkEntry(raw, file, schema);
    } catch (error) {
      if (error instanceof SourceError) return error.message;
      throw error;
    }
    return 'no error';
  };

  it('an unquoted impossible date in MDX frontmatter', () => {
    expect(problem('---\ntitle: T\nsigned: 2026-13-01\n---\nBody\n', 'van-ban/x.mdx')).toMatch(
      /^van-ban\/x\.mdx:3: signed: .*YYYY-MM-DD/,
    );
  });

  it('a quoted impossible date in a YAML file', () => {
    expect(problem('title: T\n\nsigned: "2009-02-31"\n', 'tham-khao/x.yaml')).toMatch(
      /^tham-khao\/x\.yaml:3: signed: /,
    );
  });

  it('a nested date names its whole path and its own line', () => {
    const raw =
      '---\ntitle: T\nsigned: 2020-01-01\namends:\n  - article: "1"\n    inForce: 2020-02-30\n---\n';
    expect(problem(raw, 'x.mdx')).toMatch(/^x\.mdx:6: amends\.0\.inForce: /);
  });

  it('gives the data as written, with real days, to the schema', () => {
    expect(checkEntry('---\ntitle: T\nsigned: 2026-11-22\n---\n', 'x.mdx', schema)).toEqual({
      title: 'T',
      signed: '2026-11-22',
    });
  });
});
