import { describe, expect, it } from 'vitest';
import { keyMove } from '../../src/client/talk/presenter.ts';
import { clock, clockText } from '../../src/client/talk/timer.ts';
import { chosenParts, QUESTIONS, talkParts, totalMinutes } from '../../src/lib/talk/parts.ts';
import type { TalkPlan } from '../../src/lib/talk/plan.ts';

const SECTIONS = [
  ['Mốc quốc giới là gì', 8],
  ['Báo cho ai', 10],
] as const;
const PLAN: TalkPlan = {
  minutes: 20,
  questionsMinutes: 2,
  quoteCount: SECTIONS.length,
  sections: SECTIONS.map(([title, minutes], i) => ({ number: i + 1, title, minutes, quotes: [i] })),
};

describe('the parts of a talk', () => {
  const parts = talkParts(PLAN);

  it('are the sections, numbered, then the questions to the audience', () => {
    expect(parts.map((p) => [p.key, p.title, p.minutes])).toEqual([
      ['1', '1. Mốc quốc giới là gì', 8],
      ['2', '2. Báo cho ai', 10],
      [QUESTIONS, 'Câu hỏi cho người nghe', 2],
    ]);
    expect(totalMinutes(parts)).toBe(PLAN.minutes);
  });

  it('a choice keeps the outline order; choosing none is the whole talk', () => {
    expect(chosenParts(parts, [QUESTIONS, '2']).map((p) => p.key)).toEqual(['2', QUESTIONS]);
    expect(chosenParts(parts, [])).toEqual(parts);
    expect(chosenParts(parts, ['9'])).toEqual(parts);
  });
});

describe('the keys of the presentation view', () => {
  it('move a part, or scroll a long one first; Space on a button presses it', () => {
    expect(keyMove('ArrowRight', false, false)).toBe('next');
    expect(keyMove('ArrowLeft', false, true)).toBe('prev');
    expect(keyMove('PageDown', false, false)).toBe('forward');
    expect(keyMove('ArrowUp', false, false)).toBe('back');
    expect(keyMove(' ', false, false)).toBe('forward');
    expect(keyMove(' ', true, false)).toBe('back');
    expect(keyMove(' ', false, true)).toBeUndefined();
    expect(keyMove('Home', false, false)).toBe('first');
    expect(keyMove('End', false, false)).toBe('last');
    expect(keyMove('Enter', false, false)).toBeUndefined();
  });
});

describe('the clock', () => {
  it("counts down whole seconds from the part's minutes, then the time over", () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(725)).toBe('12:05');
    expect(clockText(7, 0)).toEqual({ text: 'Còn 7:00', over: false });
    expect(clockText(7, 400)).toEqual({ text: 'Còn 7:00', over: false });
    expect(clockText(7, 1000)).toEqual({ text: 'Còn 6:59', over: false });
    expect(clockText(7, 7 * 60_000)).toEqual({ text: 'Quá 0:00', over: true });
    expect(clockText(7, 7 * 60_000 + 61_000)).toEqual({ text: 'Quá 1:01', over: true });
  });
});
