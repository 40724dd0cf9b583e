/**
 * The parts of a talk an officer can choose from and the presentation view shows, one per screen:
 * the outline's sections, then the questions to the audience. Shared by the outline page (which
 * lists them with their minutes) and its script (src/client/talk/), so both name them alike.
 */
import { t } from '../../i18n/vi.ts';
import type { TalkPlan } from './plan.ts';

export interface TalkPart {
  /** "1", "2" … for the sections, QUESTIONS for the questions; what a stored choice holds. */
  key: string;
  /** "1. Mốc quốc giới là gì", or "Câu hỏi cho người nghe". */
  title: string;
  minutes: number;
  /** Indexes of the quotes under "## Điều luật cần đọc" the part reads. */
  quotes: number[];
}

export const QUESTIONS = 'cau-hoi';

export function talkParts(plan: TalkPlan): TalkPart[] {
  const sections = plan.sections.map((s) => ({
    key: String(s.number),
    title: `${s.number}. ${s.title}`,
    minutes: s.minutes,
    quotes: s.quotes,
  }));
  return [
    ...sections,
    { key: QUESTIONS, title: t('outline.questions'), minutes: plan.questionsMinutes, quotes: [] },
  ];
}

/** The parts a choice keeps, in outline order; choosing none (or all) means the whole talk. */
export function chosenParts(parts: TalkPart[], chosen: readonly string[]): TalkPart[] {
  const kept = parts.filter((p) => chosen.includes(p.key));
  return kept.length > 0 ? kept : parts;
}

export const totalMinutes = (parts: TalkPart[]) => parts.reduce((sum, p) => sum + p.minutes, 0);
