import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../src/lib/search/query/candidates.ts';
import type { PagefindResponse } from '../../src/lib/search/query/pagefind-api.ts';
import { closeQuestions } from '../../src/lib/search/query/questions.ts';
import { LAW_WORDS_WEIGHT, lawReadings } from '../../src/lib/search/query/residents-words.ts';

const LIST = [
  { words: 'lính biên phòng', law: 'Bộ đội Biên phòng' },
  { words: 'súng', law: 'vũ khí' },
];

describe("readings of a query with the law's words", () => {
  it("replace a resident's words, typed with or without marks", () => {
    expect(lawReadings(['linh', 'bien', 'phong', 'o', 'dau'], LIST)).toEqual([
      ['Bộ', 'đội', 'Biên', 'phòng', 'o', 'dau'],
    ]);
    expect(lawReadings(['Lính', 'biên', 'phòng'], LIST)).toEqual([['Bộ', 'đội', 'Biên', 'phòng']]);
    expect(lawReadings(['mang', 'sung'], LIST)).toEqual([['mang', 'vũ', 'khí']]);
  });

  it("are none when the query holds no resident's words, or holds them with other marks", () => {
    expect(lawReadings(['moc', 'quoc', 'gioi'], LIST)).toEqual([]);
    expect(lawReadings(['nổ', 'sùng'], LIST)).toEqual([]);
    expect(lawReadings(['lính', 'biển', 'phòng'], LIST)).toEqual([]);
  });
});

/** A word search over fixed answers: word -> [record id, score]. */
function searchOver(answers: Record<string, [string, number][]>) {
  return async (word: string): Promise<PagefindResponse> => {
    const results = (answers[word] ?? []).map(([id, score]) => ({ id, score, words: [0] }));
    return { results, unfilteredResultCount: results.length };
  };
}

describe("candidates found through the law's words", () => {
  const search = searchOver({
    súng: [['own', 2]],
    vũ: [
      ['law', 1],
      ['own', 0.1],
    ],
    khí: [['law', 1]],
  });
  const query = { words: ['súng'], readings: [['vũ', 'khí']], allowed: () => true, total: 100 };

  it("count a little less than what the query's own words find, and less again for each law's word more", async () => {
    const [own] = await candidatesFor(search, { ...query, readings: [] });
    expect(own.id).toBe('own');
    const both = await candidatesFor(search, query);
    expect(both.map((r) => r.id)).toEqual(['own', 'law']);
    // Ranked alone ("vũ khí" typed), the record scores `raw`; read from "súng" (one word for two), 0.8 × 1/2 of it.
    const [raw] = await candidatesFor(search, { ...query, words: ['vũ', 'khí'], readings: [] });
    expect(both[1].score).toBeCloseTo(raw.score * LAW_WORDS_WEIGHT * 0.5, 9);
    expect(LAW_WORDS_WEIGHT).toBeLessThan(1);
  });

  it("stand alone when the query's own words find nothing", async () => {
    const [law] = await candidatesFor(search, { ...query, words: ['x'] });
    expect(law.id).toBe('law');
  });

  it("keep a record's better score when both ways find it", async () => {
    const ranked = await candidatesFor(search, query);
    const own = (await candidatesFor(search, { ...query, readings: [] })).find(
      (r) => r.id === 'own',
    )!;
    expect(ranked.find((r) => r.id === 'own')!.score).toBe(own.score);
  });
});

describe('questions close to the query', () => {
  const questions = {
    a: 'Người dân có được vào vành đai biên giới không?',
    b: 'Vành đai biên giới rộng bao nhiêu?',
    c: 'Mốc quốc giới là gì?',
  };

  it('are those that share nearly all their words with it, typed with or without marks', () => {
    expect(closeQuestions('nguoi dan co duoc vao vanh dai bien gioi khong', questions)).toEqual([
      'a',
    ]);
    expect(closeQuestions('Mốc quốc giới là gì', questions)).toEqual(['c']);
  });

  it('are none for a query that only shares a topic', () => {
    expect(closeQuestions('vanh dai bien gioi la gi', questions)).toEqual([]);
    expect(closeQuestions('moc quoc gioi', questions)).toEqual([]);
  });
});
