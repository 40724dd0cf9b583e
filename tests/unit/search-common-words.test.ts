import { describe, expect, it } from 'vitest';
import { commonWords, LARGE_SHELF } from '../../src/lib/search/build/common-words.ts';
import { searchedWords } from '../../src/lib/search/query/common-words.ts';

describe('common words', () => {
  it('are the words, folded as queries are, in more than the given share of the texts', () => {
    // "biên" and "biển" fold alike: together they are in three texts of four.
    expect(commonWords(['Luật biên giới', 'luật biển', 'Điều 1 luật', 'biển giới'], { share: 0.6, minTexts: 1 })).toEqual({ bien: 3, luat: 3 });
  });

  it('are none on a small shelf, where every word is worth searching', () => {
    const texts = Array.from({ length: LARGE_SHELF - 1 }, () => 'luật biên giới');
    expect(commonWords(texts)).toEqual({});
    expect(Object.keys(commonWords([...texts, 'luật']))).toEqual(['bien', 'gioi', 'luat']);
  });

  it('are left out of a query that has rarer words; of one that has none, the two rarest are kept', () => {
    const common = { luat: 900, bien: 950, gioi: 700, quoc: 600 };
    expect(searchedWords(['moc', 'quoc', 'gioi'], common)).toEqual(['moc']);
    expect(searchedWords(['Luật', 'biên', 'giới', 'quốc'], common)).toEqual(['giới', 'quốc']);
    expect(searchedWords(['Luật', 'biên'], {})).toEqual(['Luật', 'biên']);
    // Pagefind reads "bi" as the start of "biên": as costly as the common word.
    expect(searchedWords(['bi', 'hu', 'moc'], common)).toEqual(['hu', 'moc']);
  });
});
