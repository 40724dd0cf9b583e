import { describe, expect, it } from 'vitest';
import {
  bestSections,
  excerpt as excerptRuns,
  idf,
  rankRecords,
  type WordMatch,
  type WordMatches,
} from '../../src/lib/search/query/rank.ts';
import { markedText } from '../fixtures/excerpts.ts';

const excerpt = (...args: Parameters<typeof excerptRuns>) => markedText(excerptRuns(...args));

/** One query word's matches: record id -> [score, locations, in title?]. */
function word(rarity: number, records: Record<string, [number, number[], boolean?]>): WordMatches {
  const map = new Map<string, WordMatch>(
    Object.entries(records).map(([id, [score, locations, inTitle]]) => [
      id,
      { score, locations, inTitle: inTitle ?? false },
    ]),
  );
  return { idf: rarity, records: map };
}

const order = (perWord: WordMatches[]) => rankRecords(perWord).map((r) => r.id);

describe('ranking records over the words of a query', () => {
  it('puts a record with every rare word above one with more of the common words', () => {
    const perWord = [
      word(2, { a: [1, [1]], b: [1, [1]] }),
      word(2, { a: [1, [5]] }),
      word(0.2, { b: [1.5, [3, 7, 9]] }),
    ];
    expect(order(perWord)).toEqual(['a', 'b']);
  });

  it('puts words side by side, as in the query, above the same words apart', () => {
    const perWord = [
      word(1, { apart: [2, [1]], together: [2, [1]] }),
      word(1, { apart: [2, [9]], together: [2, [2]] }),
    ];
    expect(order(perWord)).toEqual(['together', 'apart']);
  });

  it('puts a record whose title holds the query above one that only has it in the text', () => {
    const perWord = [
      word(1, { text: [2, [4]], titled: [2, [4], true] }),
      word(1, { text: [2, [8]], titled: [2, [8], true] }),
    ];
    expect(order(perWord)).toEqual(['titled', 'text']);
  });

  it('leaves out records that have only the common words of the query', () => {
    expect(order([word(4, { a: [1, [1]] }), word(0.5, { a: [1, [2]], b: [5, [1]] })])).toEqual([
      'a',
    ]);
  });

  it('keeps the matched locations of a record, word by word', () => {
    expect(
      rankRecords([
        word(1, { a: [1, [7, 2]] }),
        word(1, { b: [1, [3]] }),
        word(1, { a: [1, [9]] }),
      ])[0].locations,
    ).toEqual([[7, 2], [], [9]]);
  });

  it('weighs a word by how rare it is', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
    expect(idf(100, 100)).toBeGreaterThan(0);
  });
});

describe('excerpts', () => {
  const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');

  it('show the stretch with the most of the query words, matches marked', () => {
    const shown = excerpt(text, [[3, 5, 7, 40], [42]], 10);
    expect(shown).toMatch(/^… /);
    expect(shown).toContain('<mark>w40</mark> w41 <mark>w42</mark>');
    expect(shown.split(' ').filter((w) => /w\d/.test(w))).toHaveLength(10);
  });

  it('start at the beginning when the match is there', () => {
    expect(excerpt('một hai ba', [[0]], 10)).toBe('<mark>một</mark> hai ba');
  });

  it('are text for the page to show as text: the matched words apart, markup left as written', () => {
    expect(excerptRuns('a <b> & c', [[1], [3]], 10)).toEqual([
      { text: 'a ', marked: false },
      { text: '<b>', marked: true },
      { text: ' & ', marked: false },
      { text: 'c', marked: true },
    ]);
  });
});

describe('sections of a page hit', () => {
  it('are the headed parts holding the most matches', () => {
    const headings = [
      { id: 'c', text: 'C', location: 20 },
      { id: 'a', text: 'A', location: 0 },
      { id: 'b', text: 'B', location: 10 },
    ];
    expect(
      bestSections(
        headings,
        [
          [1, 11],
          [12, 13],
        ],
        3,
      ).map((a) => a.id),
    ).toEqual(['b', 'a']);
  });
});

describe('interleave', () => {
  it('puts n of the first list before each of the second, then the rest of either', async () => {
    const { interleave } = await import('../../src/lib/search/query/engine.ts');
    expect(interleave(['a1', 'a2', 'a3', 'a4', 'a5'], ['q1', 'q2'], 2)).toEqual([
      'a1',
      'a2',
      'q1',
      'a3',
      'a4',
      'q2',
      'a5',
    ]);
    expect(interleave(['a1'], ['q1', 'q2', 'q3'], 2)).toEqual(['a1', 'q1', 'q2', 'q3']);
    expect(interleave([], ['q1'], 2)).toEqual(['q1']);
  });
});
