import { describe, expect, it } from 'vitest';
import { commonWords } from '../../src/lib/search/build/common-words.ts';
import {
  LARGE_SHELF,
  markedWords,
  searchedWords,
} from '../../src/lib/search/query/common-words.ts';

describe('common words', () => {
  it('are the words, folded as queries are and as written, in more than the given share of the texts', () => {
    // "biên" and "biển" fold alike: together they are in three texts of four, each alone in fewer.
    expect(commonWords(['Luật biên giới', 'luật biển', 'Điều 1 luật', 'biển giới'], 0.6)).toEqual({
      bien: 3,
      luat: 3,
      luật: 3,
    });
  });

  it('are listed on a shelf of any size', () => {
    expect(Object.keys(commonWords(['luật biên giới', 'luật']))).toEqual([
      'bien',
      'biên',
      'gioi',
      'giới',
      'luat',
      'luật',
    ]);
  });

  it('are left out of a query on a large shelf when it has rarer words; of one that has none, the two rarest are kept', () => {
    const common = { luat: 900, bien: 950, gioi: 700, quoc: 600 };
    expect(searchedWords(['moc', 'quoc', 'gioi'], common, LARGE_SHELF)).toEqual(['moc']);
    expect(searchedWords(['Luật', 'biên', 'giới', 'quốc'], common, LARGE_SHELF)).toEqual([
      'giới',
      'quốc',
    ]);
    expect(searchedWords(['Luật', 'biên'], {}, LARGE_SHELF)).toEqual(['Luật', 'biên']);
    // Pagefind reads "bi" as the start of "biên": as costly as the common word.
    expect(searchedWords(['bi', 'hu', 'moc'], common, LARGE_SHELF)).toEqual(['hu', 'moc']);
  });

  it('are all searched on a small shelf', () => {
    expect(
      searchedWords(['moc', 'quoc', 'gioi'], { quoc: 600, gioi: 700 }, LARGE_SHELF - 1),
    ).toEqual(['moc', 'quoc', 'gioi']);
  });

  it('are not marked on the page a hit opens when in more than half the records; a word typed with marks is judged as typed', () => {
    const common = {
      bien: 300,
      biên: 250,
      biển: 150,
      gioi: 280,
      giới: 280,
      cua: 290,
      của: 290,
      dan: 160,
    };
    expect(markedWords(['moc', 'quoc', 'gioi', 'cua', 'Bien', 'dan'], common, 400)).toEqual([
      'moc',
      'quoc',
      'dan',
    ]);
    expect(markedWords(['vùng', 'biển', 'biên'], common, 400)).toEqual(['vùng', 'biển']);
    expect(markedWords(['bien', 'gioi'], common, 400)).toEqual([]);
  });
});
