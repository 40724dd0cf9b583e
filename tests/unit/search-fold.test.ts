import { describe, expect, it } from 'vitest';
import { dReadings, fold, hasMarks, matchesTerm, words } from '../../src/lib/search/query/fold.ts';

describe('folding Vietnamese for search', () => {
  it('drops tone and vowel marks and reads đ as d', () => {
    expect(fold('Điều 14 mốc quốc giới')).toBe('dieu 14 moc quoc gioi');
    expect(fold('ĐỒN BIÊN PHÒNG')).toBe('don bien phong');
  });

  it('splits words at anything that is not a letter or digit', () => {
    expect(words('Luật số 06/2003/QH11, “mốc”')).toEqual([
      'Luật',
      'số',
      '06',
      '2003',
      'QH11',
      'mốc',
    ]);
  });

  it('knows whether a word was typed with marks', () => {
    expect(hasMarks('moc')).toBe(false);
    expect(hasMarks('mốc')).toBe(true);
    expect(hasMarks('dan')).toBe(false);
    expect(hasMarks('đan')).toBe(true);
  });
});

describe('matching a typed word', () => {
  it('without marks matches every marked form, đ included', () => {
    expect(matchesTerm('mốc', 'moc')).toBe(true);
    expect(matchesTerm('Điều', 'dieu')).toBe(true);
  });

  it('with marks matches only those marks', () => {
    expect(matchesTerm('biển', 'biển')).toBe(true);
    expect(matchesTerm('biên', 'biển')).toBe(false);
    expect(matchesTerm('Biển', 'biển')).toBe(true);
  });

  it('matches the start of a word only when asked', () => {
    expect(matchesTerm('giới', 'gi')).toBe(false);
    expect(matchesTerm('giới', 'gi', true)).toBe(true);
  });
});

describe('đ-readings of a query', () => {
  it('reads a plain word starting with d both ways, as typed first', () => {
    expect(dReadings('dieu')).toEqual(['dieu', 'đieu']);
    expect(dReadings('Dat')).toEqual(['Dat', 'Đat']);
    expect(dReadings('don bien phong')).toEqual(['don bien phong', 'đon bien phong']);
  });

  it('leaves words typed with marks as typed', () => {
    expect(dReadings('dân tộc')).toEqual(['dân tộc']);
    expect(dReadings('đất đai')).toEqual(['đất đai']);
  });

  it('reads every combination of a few d-words, and no more than three', () => {
    expect(dReadings('dat dai')).toEqual(['dat dai', 'đat dai', 'dat đai', 'đat đai']);
    expect(dReadings('da db dc dd')).toHaveLength(8);
  });
});
